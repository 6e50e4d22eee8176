package app.resa.shared;

/**
 * The thing asked for does not exist in the caller's organisation. Deliberately the same answer
 * whether it exists elsewhere or nowhere, so one tenant learns nothing about another.
 */
public class NotFoundException extends BusinessRuleViolation {

    private NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what, id);
    }

    @Override
    public int status() {
        return 404;
    }
}
