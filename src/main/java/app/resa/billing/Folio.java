package app.resa.billing;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * An account of charges and payments in one currency, belonging to a dossier. Balance = live
 * charges − payments (refunds and transfers to credit count negatively): positive is still due,
 * negative is owed back.
 *
 * @param payerContactId who pays this folio when it is not the dossier's purchase contact (a company)
 */
public record Folio(UUID id, UUID dossierId, FolioKind kind, @Nullable String name, Currency currency,
                    @Nullable UUID payerContactId, Instant createdAt, List<Charge> charges, List<Payment> payments) {

    public Folio {
        charges = List.copyOf(charges);
        payments = List.copyOf(payments);
    }

    /** What the live charges come to. */
    public Money charged() {
        return charges.stream().filter(Charge::live).map(Charge::gross).reduce(Money.zero(currency), Money::plus);
    }

    /** What was paid, less what was refunded or moved to a credit balance. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(currency), Money::plus);
    }

    public Money balance() {
        return charged().minus(paid());
    }

    /** What is still due: the balance when positive, zero otherwise. */
    public Money due() {
        var balance = balance();
        return balance.amount().signum() > 0 ? balance : Money.zero(currency);
    }

    /** The net tax of the live charges, for the folio's summary. */
    public Money tax() {
        return charges.stream().filter(Charge::live).map(Charge::tax).reduce(Money.zero(currency), Money::plus);
    }
}
