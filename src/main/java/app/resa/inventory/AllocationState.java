package app.resa.inventory;

/**
 * {@code HELD} in a cart (expires) → {@code RESERVED} (blocked; an option has a deadline) →
 * {@code CONFIRMED} (sold) → {@code CONSUMED} (used, checked in, shipped); or {@code RELEASED}.
 */
public enum AllocationState {
    HELD, RESERVED, CONFIRMED, CONSUMED, RELEASED;

    boolean live() {
        return this != RELEASED;
    }
}
