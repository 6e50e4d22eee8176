package app.resa.shared;

import org.jspecify.annotations.Nullable;

/**
 * An expected refusal of the business, with a stable {@link #code()} that integrators can rely
 * on. The API turns it into a 409 problem detail unless a subclass says otherwise.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String code;

    protected BusinessRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The HTTP status the API answers with; a conflict with the current state by default. */
    public int status() {
        return 409;
    }

    /** The input field the refusal is about, when there is one. */
    public @Nullable String field() {
        return null;
    }
}
