package app.resa.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.AllocationId;
import app.resa.inventory.Claims;
import app.resa.inventory.PoolId;
import app.resa.inventory.UnitId;

/**
 * A claim on inventory that an operation has decided on: places of a counted pool, or one unit
 * (a seat). Its allocation id is chosen first, so the line can name it and be written before
 * the capacity is taken, last (decision 27).
 */
record NewClaim(AllocationId id, @Nullable PoolId pool, @Nullable UnitId unit, int quantity) {

    static NewClaim places(PoolId pool, int quantity) {
        return new NewClaim(new AllocationId(UUID.randomUUID()), pool, null, quantity);
    }

    static NewClaim unit(UnitId unit) {
        return new NewClaim(new AllocationId(UUID.randomUUID()), null, unit, 1);
    }

    /** Holds it for the dossier until {@code until}; a refusal (409) is thrown before anything is written. */
    void hold(Claims claims, UUID organisationId, UUID dossierId, Instant until) {
        if (unit != null) {
            claims.holdUnit(id, organisationId, unit, null, dossierId, until, "seat-unavailable");
        } else {
            claims.holdQuantity(id, organisationId, java.util.Objects.requireNonNull(pool), quantity, null,
                    dossierId, until);
        }
    }

    /** Brings fresh holds to the state of their lines: a reserved line's claim is reserved, a sold one's confirmed. */
    static void settle(Claims claims, UUID organisationId, LineStatus state, @Nullable Instant optionUntil,
                       List<AllocationId> held) {
        if (held.isEmpty()) {
            return;
        }
        switch (state) {
            case RESERVED -> claims.reserve(organisationId, held, null);
            case OPTION -> claims.reserve(organisationId, held, optionUntil);
            case CONFIRMED -> claims.confirm(organisationId, held);
            default -> { }
        }
    }
}
