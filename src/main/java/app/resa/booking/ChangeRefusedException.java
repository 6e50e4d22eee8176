package app.resa.booking;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;

/**
 * One operation of a change set was refused, so none was applied. It keeps the refusal's code
 * and status and names the operation in the field: {@code add[1]}, {@code exchange[0].seatId},
 * {@code remove[2]}, {@code tariff[0].tariffId} — or, for a dossier opened with its lines, the line:
 * {@code lines[1]}.
 */
public final class ChangeRefusedException extends BusinessRuleViolation {

    private final BusinessRuleViolation refusal;
    private final String operation;
    private final int index;

    ChangeRefusedException(String operation, int index, BusinessRuleViolation refusal) {
        super(refusal.code(), operation + "[" + index + "]: " + refusal.getMessage());
        this.refusal = refusal;
        this.operation = operation;
        this.index = index;
    }

    /** {@code add}, {@code remove}, {@code exchange}, {@code tariff}, or {@code lines} when opening. */
    public String operation() {
        return operation;
    }

    /** The operation's place in its list, from 0. */
    public int index() {
        return index;
    }

    @Override
    public int status() {
        return refusal.status();
    }

    @Override
    public @Nullable String field() {
        String path = operation + "[" + index + "]";
        return refusal.field() == null ? path : path + "." + refusal.field();
    }
}
