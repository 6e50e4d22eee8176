package app.resa.inventory;

import java.util.List;
import java.util.UUID;

/** Holds of one holder passed their deadline and were released. */
public record HoldsExpired(UUID organisationId, UUID holderId, List<AllocationId> allocations) {
}
