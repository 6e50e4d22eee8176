package app.resa.billing;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;

/**
 * What invoicing, the cash registers, the waiting account and payment schedules refuse, each
 * with its stable code and a factory that says what happened: 400 naming the field for input
 * that can never be right, 409 for a conflict with the current state.
 */
public final class AccountingRefusedException extends BusinessRuleViolation {

    private AccountingRefusedException(String code, String message, int status, @Nullable String field) {
        super(code, message, status, field);
    }

    static AccountingRefusedException nothingToInvoice(long dossierNumber) {
        return conflict("nothing-to-invoice", "Dossier " + dossierNumber + " has no charge left to invoice");
    }

    static AccountingRefusedException notAnInvoice(String number) {
        return conflict("not-an-invoice", number + " is a credit note; only an invoice is credited");
    }

    static AccountingRefusedException nothingToCredit(String number) {
        return conflict("nothing-to-credit", "Every chosen line of invoice " + number + " is already credited");
    }

    static AccountingRefusedException lineNotOnInvoice(String number) {
        return new AccountingRefusedException("line-not-on-invoice", "A chosen line is not on invoice " + number, 400,
                "lineIds");
    }

    static AccountingRefusedException registerNameTaken(String name) {
        return new AccountingRefusedException("register-name-taken", "A cash register named " + name + " exists", 409,
                "name");
    }

    static AccountingRefusedException sessionAlreadyOpen() {
        return conflict("cash-session-open",
                "This register, or another one of its point of sale, already has an open session");
    }

    static AccountingRefusedException sessionClosed() {
        return conflict("cash-session-closed", "This cash session is already closed");
    }

    static AccountingRefusedException amountNotPositive(String field) {
        return new AccountingRefusedException("amount-not-positive", "An amount must be more than zero", 400, field);
    }

    static AccountingRefusedException negativeAmount(String field) {
        return new AccountingRefusedException("amount-negative", "An amount cannot be negative", 400, field);
    }

    static AccountingRefusedException currencyMismatch(String expected, String field) {
        return new AccountingRefusedException("currency-mismatch", "The amount must be in " + expected, 400, field);
    }

    static AccountingRefusedException methodNotReceivable(PaymentMethod method) {
        return new AccountingRefusedException("unknown-method", method + " is not money received", 400, "method");
    }

    static AccountingRefusedException alreadyAssigned() {
        return conflict("already-assigned", "This money was already assigned to a dossier");
    }

    static AccountingRefusedException scheduleSumMismatch(String total) {
        return new AccountingRefusedException("schedule-sum-mismatch",
                "The instalments must add up to the dossier's total, " + total, 400, "instalments");
    }

    static AccountingRefusedException dueDatesOutOfOrder() {
        return new AccountingRefusedException("due-dates-out-of-order",
                "Instalments are given in the order of their due dates, one per date", 400, "instalments");
    }

    private static AccountingRefusedException conflict(String code, String message) {
        return new AccountingRefusedException(code, message, 409, null);
    }
}
