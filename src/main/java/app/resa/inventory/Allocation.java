package app.resa.inventory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.DateRange;

/** A claim: a quantity of a pool (over nights, for a nightly pool) or one unit. */
public record Allocation(AllocationId id, UUID holderId, PoolId poolId, @Nullable UnitId unitId, int quantity,
                         @Nullable DateRange nights, AllocationState state, @Nullable Instant expiresAt,
                         @Nullable Instant optionUntil) {
}
