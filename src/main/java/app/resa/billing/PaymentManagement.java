package app.resa.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.booking.Dossier;
import app.resa.booking.DossierStatus;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;

/**
 * Money in and out of a dossier's folios: payments (partial or not), settlement of the balance,
 * refunds. The folio is locked while its balance is read and the payment written, so a
 * settlement pays exactly what it read. Every refusal comes before anything is written, or rolls
 * back all of it.
 */
@Service
public class PaymentManagement {

    private final Folios folios;
    private final Payments payments;
    private final BilledDossiers dossiers;
    private final Clock clock;

    PaymentManagement(Folios folios, Payments payments, BilledDossiers dossiers, Clock clock) {
        this.folios = folios;
        this.payments = payments;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** What the counter records: an amount, how it was paid, and where it came from. */
    public record NewPayment(Money amount, PaymentMethod method, @Nullable String note, @Nullable UUID folioId,
                             @Nullable UUID cashSessionId, @Nullable String externalReference) {
    }

    /** A payment as recorded, the part of it moved to the credit balance if any, and the dossier's folios after it. */
    public record Recorded(Payment payment, @Nullable Payment toCredit, DossierFolios folios) {
    }

    /**
     * Records a payment on the dossier's main folio (or the folio named). Before confirmation it
     * is a deposit and stays whole on the folio; after, whatever exceeds the balance due goes
     * to the payer's credit balance.
     */
    @Transactional
    public Recorded pay(Caller caller, UUID dossierId, NewPayment request) {
        var dossier = dossiers.get(caller, dossierId);
        requirePositive(request.amount());
        requireOpen(dossier);
        var folio = lockFolio(caller, dossier, request.folioId(), request.amount().currency());
        return record(caller, dossier, folio, request);
    }

    /** Pays exactly what is due on the folio named, or on the dossier's main folio; 409 {@code nothing-due} otherwise. */
    @Transactional
    public Recorded settle(Caller caller, UUID dossierId, PaymentMethod method, @Nullable String note,
                           @Nullable UUID folioId) {
        var dossier = dossiers.get(caller, dossierId);
        requireOpen(dossier);
        var current = folios.ofDossier(caller.organisationId(), dossierId);
        var target = folioId != null ? current.folio(folioId)
                .orElseThrow(() -> NotFoundException.of("Folio", folioId))
                : current.folios().stream().filter(f -> f.kind() == FolioKind.MAIN)
                        .filter(f -> f.due().amount().signum() > 0).findFirst()
                        .orElseThrow(() -> BillingRefusedException.nothingDue(dossier.number()));
        folios.lock(caller.organisationId(), target.id());
        var folio = folios.folio(caller.organisationId(), target.id()).orElseThrow();
        if (folio.due().amount().signum() <= 0) {
            throw BillingRefusedException.nothingDue(dossier.number());
        }
        return record(caller, dossier, folio, new NewPayment(folio.due(), method, note, folio.id(), null, null));
    }

    /** Gives money back, up to what was paid on the folio; a refund to the credit balance credits the payer. */
    @Transactional
    public Recorded refund(Caller caller, UUID dossierId, Money amount, PaymentMethod method, String reason,
                           @Nullable UUID folioId) {
        var dossier = dossiers.get(caller, dossierId);
        requirePositive(amount);
        var folio = lockFolio(caller, dossier, folioId, amount.currency());
        if (amount.amount().compareTo(folio.paid().amount()) > 0) {
            throw BillingRefusedException.refundExceedsPaid(amount, folio.paid());
        }
        Instant now = clock.instant();
        UUID contact = method == PaymentMethod.CREDIT_BALANCE ? payer(dossier, folio) : null;
        var refund = new Payment(UUID.randomUUID(), folio.id(), dossier.id(), PaymentKind.REFUND, method,
                negated(amount), false, reason, contact, caller.pointOfSaleId(), null, null, now, caller.userId());
        payments.insert(caller.organisationId(), refund);
        if (contact != null) {
            payments.credit(caller.organisationId(), contact, amount, refund.id(), dossier.id(), now);
        }
        return new Recorded(refund, null, folios.ofDossier(caller.organisationId(), dossier.id()));
    }

    private Recorded record(Caller caller, Dossier dossier, Folio folio, NewPayment request) {
        Instant now = clock.instant();
        Money amount = request.amount();
        boolean deposit = dossier.status() != DossierStatus.CONFIRMED;
        UUID creditContact = request.method() == PaymentMethod.CREDIT_BALANCE ? payer(dossier, folio) : null;
        var payment = new Payment(UUID.randomUUID(), folio.id(), dossier.id(), PaymentKind.PAYMENT, request.method(),
                amount, deposit, blankToNull(request.note()), creditContact, caller.pointOfSaleId(),
                request.cashSessionId(), blankToNull(request.externalReference()), now, caller.userId());
        Money due = folio.due();
        Payment toCredit = null;
        if (!deposit && amount.amount().compareTo(due.amount()) > 0) {
            Money excess = amount.minus(due);
            toCredit = new Payment(UUID.randomUUID(), folio.id(), dossier.id(), PaymentKind.TO_CREDIT,
                    PaymentMethod.CREDIT_BALANCE, negated(excess), false, null, payer(dossier, folio),
                    caller.pointOfSaleId(), null, null, now, caller.userId());
        }
        payments.insert(caller.organisationId(), payment);
        if (creditContact != null
                && !payments.spend(caller.organisationId(), creditContact, amount, payment.id(), dossier.id(), now)) {
            throw BillingRefusedException.insufficientCredit(amount);
        }
        if (toCredit != null) {
            payments.insert(caller.organisationId(), toCredit);
            payments.credit(caller.organisationId(), toCredit.contactId(), negated(toCredit.amount()), toCredit.id(),
                    dossier.id(), now);
        }
        return new Recorded(payment, toCredit, folios.ofDossier(caller.organisationId(), dossier.id()));
    }

    /** The folio named (it must be the dossier's, in the currency paid) or the main folio of that currency, locked. */
    private Folio lockFolio(Caller caller, Dossier dossier, @Nullable UUID folioId, Currency currency) {
        var current = folios.ofDossier(caller.organisationId(), dossier.id());
        var currencies = dossiers.currencies(caller, dossier, current);
        if (!currencies.contains(currency)) {
            throw BillingRefusedException.currencyMismatch(currency, currencies.getFirst());
        }
        UUID id;
        if (folioId != null) {
            var named = current.folio(folioId).orElseThrow(() -> NotFoundException.of("Folio", folioId));
            if (!named.currency().equals(currency)) {
                throw BillingRefusedException.currencyMismatch(currency, named.currency());
            }
            id = folios.lock(caller.organisationId(), folioId).orElseThrow();
        } else {
            id = folios.lockMain(caller, dossier.id(), currency, clock.instant());
        }
        return folios.folio(caller.organisationId(), id).orElseThrow();
    }

    /** Whose credit balance a folio's money moves: its payer's, else the dossier's purchase contact's. */
    private static UUID payer(Dossier dossier, Folio folio) {
        UUID contact = folio.payerContactId() != null ? folio.payerContactId() : dossier.contactId();
        if (contact == null) {
            throw BillingRefusedException.noContactForCredit();
        }
        return contact;
    }

    private static void requirePositive(Money amount) {
        if (amount.amount().signum() <= 0) {
            throw BillingRefusedException.amountNotPositive(amount);
        }
    }

    private static void requireOpen(Dossier dossier) {
        if (dossier.status() == DossierStatus.CANCELLED) {
            throw BillingRefusedException.dossierCancelled(dossier.number());
        }
    }

    private static Money negated(Money amount) {
        return new Money(amount.amount().negate(), amount.currency());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
