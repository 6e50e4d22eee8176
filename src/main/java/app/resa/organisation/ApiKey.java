package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A key an integrator's program sends as {@code Authorization: Bearer resa_<prefix>_<secret>}.
 * Only a hash of the secret is stored; the whole key is shown once, when it is issued. A key may
 * sell for a point of sale (a web shop): its writes are recorded there and its carts follow that
 * point of sale's hold delays.
 */
public record ApiKey(UUID id, UUID organisationId, String name, String prefix, Role role, Instant createdAt,
                     @Nullable UUID createdBy, @Nullable Instant revokedAt, @Nullable UUID pointOfSaleId) {

    public boolean active() {
        return revokedAt == null;
    }
}
