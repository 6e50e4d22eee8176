package app.resa.ticketing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.Capacity;
import app.resa.ticketing.Availability;
import app.resa.ticketing.Session;

/** What the ticketing API answers: sessions, quotas and availability without inventory internals. */
final class Responses {

    private Responses() {
    }

    record SessionResponse(UUID id, UUID eventId, String eventName, @Nullable UUID seasonId, Instant startsAt,
                           @Nullable UUID seatingPlanId, boolean seated, List<QuotaResponse> quotas) {
        static SessionResponse of(Session session) {
            return new SessionResponse(session.id(), session.eventId(), session.eventName(), session.seasonId(),
                    session.startsAt(), session.seatingPlanId(), session.seatPool() != null,
                    session.quotas().stream().map(q -> new QuotaResponse(q.id(), q.name(), q.capacity(),
                            q.priceCategory())).toList());
        }
    }

    record QuotaResponse(UUID id, String name, int capacity, @Nullable String priceCategory) {
    }

    /** {@code checkedIn}: tickets of the session scanned at the entrance. */
    record AvailabilityResponse(UUID sessionId, List<QuotaUse> quotas, @Nullable Use seats, long checkedIn) {
        static AvailabilityResponse of(Availability availability) {
            return new AvailabilityResponse(availability.sessionId(), availability.quotas().stream()
                    .map(q -> new QuotaUse(q.quota().id(), q.quota().name(), q.quota().priceCategory(),
                            q.use().capacity(), q.use().held(), q.use().reserved(), q.use().confirmed(),
                            q.use().consumed(), q.use().free())).toList(),
                    availability.seats() == null ? null : Use.of(availability.seats()), availability.checkedIn());
        }
    }

    record QuotaUse(UUID id, String name, @Nullable String priceCategory, int capacity, int held, int reserved,
                    int confirmed, int consumed, int free) {
    }

    record Use(int capacity, int held, int reserved, int confirmed, int consumed, int free) {
        static Use of(Capacity capacity) {
            return new Use(capacity.capacity(), capacity.held(), capacity.reserved(), capacity.confirmed(),
                    capacity.consumed(), capacity.free());
        }
    }
}
