package app.resa.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.PoolId;

/**
 * A dated performance of an event, as the rest of Resa sees it: its general-admission quotas
 * and, when it is seated, the inventory pool of its seats (one unit per seat of the plan; a
 * seat's id is its inventory unit id).
 */
public record Session(UUID id, UUID eventId, String eventName, @Nullable UUID seasonId, boolean seasonClosed,
                      Instant startsAt, List<Quota> quotas, @Nullable UUID seatingPlanId,
                      @Nullable PoolId seatPool) {

    public Optional<Quota> quota(UUID quotaId) {
        return quotas.stream().filter(quota -> quota.id().equals(quotaId)).findFirst();
    }

    /** A general-admission quota: a named, counted part of the session's capacity. */
    public record Quota(UUID id, String name, int capacity, @Nullable String priceCategory, PoolId pool) {
    }
}
