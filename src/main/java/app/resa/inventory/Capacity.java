package app.resa.inventory;

/** How a pool (or one night of it) is used: what is held, reserved, confirmed, consumed, free. */
public record Capacity(int capacity, int held, int reserved, int confirmed, int consumed) {

    public int free() {
        return capacity - held - reserved - confirmed - consumed;
    }
}
