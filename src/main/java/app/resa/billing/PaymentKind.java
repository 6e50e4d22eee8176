package app.resa.billing;

/**
 * What a movement of money on a folio is: money received (positive), money given back
 * (negative), or the part of a payment above what was due, moved to the contact's credit balance
 * (negative on the folio, positive on the credit ledger).
 */
public enum PaymentKind {
    PAYMENT, REFUND, TO_CREDIT
}
