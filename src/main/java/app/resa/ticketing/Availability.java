package app.resa.ticketing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.Capacity;

/** How a session sells: each quota's use and, when seated, its seats' use; how many tickets were checked in. */
public record Availability(UUID sessionId, List<QuotaUse> quotas, @Nullable Capacity seats, long checkedIn) {

    public record QuotaUse(Session.Quota quota, Capacity use) {
    }

    public int free() {
        return quotas.stream().mapToInt(quota -> quota.use().free()).sum() + (seats == null ? 0 : seats.free());
    }
}
