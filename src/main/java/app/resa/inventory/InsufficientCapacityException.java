package app.resa.inventory;

import app.resa.shared.BusinessRuleViolation;

/** Not enough left in a pool for the quantity asked. */
public class InsufficientCapacityException extends BusinessRuleViolation {

    private InsufficientCapacityException(PoolId pool, int requested, int free) {
        super("insufficient-capacity", "Only " + Math.max(free, 0) + " left in pool " + pool.value()
                + ", " + requested + " requested");
    }

    public static InsufficientCapacityException of(PoolId pool, int requested, int free) {
        return new InsufficientCapacityException(pool, requested, free);
    }
}
