package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

/** A counter or a channel where sales are made; every write records the one it was made on. */
public record PointOfSale(UUID id, UUID organisationId, UUID branchId, String name, Instant createdAt) {
}
