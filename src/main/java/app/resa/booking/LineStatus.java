package app.resa.booking;

/** A line's state: in a cart (held), reserved, on option, confirmed, cancelled, or expired. */
public enum LineStatus {
    CART, RESERVED, OPTION, CONFIRMED, CANCELLED, EXPIRED;

    boolean live() {
        return this != CANCELLED && this != EXPIRED;
    }
}
