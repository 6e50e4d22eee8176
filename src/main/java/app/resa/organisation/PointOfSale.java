package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A counter or a channel where sales are made; every write records the one it was made on. It
 * decides how long a cart holds its places: {@code holdDelaySeconds} after the last change,
 * never more than {@code holdMaxLifetimeSeconds} after the cart started.
 */
public record PointOfSale(UUID id, UUID organisationId, UUID branchId, String name, Instant createdAt,
                          int holdDelaySeconds, int holdMaxLifetimeSeconds) {

    public static final int DEFAULT_HOLD_DELAY_SECONDS = 900;
    public static final int DEFAULT_HOLD_MAX_LIFETIME_SECONDS = 3600;
}
