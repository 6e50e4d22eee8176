package app.resa.shared;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of the business, with a stable {@link #code()} that integrators can rely
 * on. The API turns it into a 409 problem detail unless a subclass says otherwise.
 *
 * <p>It carries no stack trace: it is an answer, not a fault, and in an on-sale thousands of
 * buyers a minute are told "sold out" — filling in a stack of ~150 framework frames for each was
 * CPU taken from the buyers still being served (docs/performance.md, fifth round).
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String code;
    private final int status;
    private final @Nullable String field;

    protected BusinessRuleViolation(String code, String message) {
        this(code, message, 409, null);
    }

    /** A refusal that says its own HTTP status and, for bad input, the field it is about. */
    protected BusinessRuleViolation(String code, String message, int status, @Nullable String field) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The HTTP status the API answers with; a conflict with the current state by default. */
    public int status() {
        return status;
    }

    /** The input field the refusal is about, when there is one. */
    public @Nullable String field() {
        return field;
    }
}
