package app.resa.shared;

/** Someone changed the thing since the caller read it (optimistic locking, {@code If-Match}). */
public class StaleVersionException extends BusinessRuleViolation {

    private StaleVersionException(String what, Object id, long expected) {
        super("stale-version", what + " " + id + " was changed since version " + expected);
    }

    public static StaleVersionException of(String what, Object id, long expected) {
        return new StaleVersionException(what, id, expected);
    }

    @Override
    public int status() {
        return 412;
    }
}
