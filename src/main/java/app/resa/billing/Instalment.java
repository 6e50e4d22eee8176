package app.resa.billing;

import java.time.LocalDate;
import java.util.UUID;

import app.resa.shared.Money;

/**
 * One due date of a dossier's payment schedule. What is paid of it is computed from the
 * dossier's payments, oldest due date first: money received covers the first instalment, then
 * the next.
 *
 * @param paid        the part of {@code amount} the dossier's payments cover
 * @param dossierNumber the dossier's number, for lists
 */
public record Instalment(UUID id, UUID dossierId, long dossierNumber, int position, LocalDate dueOn, Money amount,
                         Money paid, Status status) {

    public enum Status {
        PAID, PARTLY_PAID, DUE, OVERDUE
    }

    /** What is still to pay of it. */
    public Money outstanding() {
        return amount.minus(paid);
    }

    static Status status(Money amount, Money paid, LocalDate dueOn, LocalDate today) {
        if (paid.amount().compareTo(amount.amount()) >= 0) {
            return Status.PAID;
        }
        if (dueOn.isBefore(today)) {
            return Status.OVERDUE;
        }
        return paid.amount().signum() > 0 ? Status.PARTLY_PAID : Status.DUE;
    }
}
