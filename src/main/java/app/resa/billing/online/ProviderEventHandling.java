package app.resa.billing.online;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentMethod;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * What the provider tells us, applied to the folios. Trust comes from the signature alone
 * (there is no user); idempotency from the event id, recorded in the same transaction as the
 * payment, so an event delivered twice — or twice at once — records one payment.
 */
@Service
public class ProviderEventHandling {

    private static final Logger log = LoggerFactory.getLogger(ProviderEventHandling.class);

    private final ProviderAccounts accounts;
    private final PaymentProviders providers;
    private final OnlineCheckouts checkouts;
    private final PaymentManagement payments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProviderEventHandling(ProviderAccounts accounts, PaymentProviders providers, OnlineCheckouts checkouts,
                          PaymentManagement payments, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.checkouts = checkouts;
        this.payments = payments;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What became of a notification. */
    public enum Handled {
        RECORDED, REFUNDED, FAILED, IGNORED, DUPLICATE,
        /** Paid at the provider but refused by the dossier (cancelled meanwhile): left for staff. */
        UNAPPLIED
    }

    /**
     * Verifies and applies one notification for the organisation. An organisation without an
     * account gets the same 400 {@code invalid-signature} as a forged one: the answer says
     * nothing of which organisations exist.
     */
    public Handled receive(UUID organisationId, String payload, @Nullable String signature) {
        var account = accounts.find(organisationId).orElseThrow(OnlinePaymentRefusedException::invalidSignature);
        var event = providers.of(account).parseEvent(account, payload, signature);
        var caller = new Caller(organisationId, null, account.provider(), null, Set.of());
        try {
            return transaction.execute(status -> apply(caller, account.provider(), event));
        } catch (BusinessRuleViolation refused) {
            // The first transaction rolled back whole; this one records the event and the refusal.
            log.warn("{} event {} for organisation {} not applied: {} {}", account.provider(), event.id(),
                    organisationId, refused.code(), refused.getMessage());
            return transaction.execute(status -> unapplied(caller, event, refused));
        }
    }

    private Handled apply(Caller caller, String provider, ProviderEvent event) {
        UUID org = caller.organisationId();
        Instant now = clock.instant();
        if (!checkouts.firstTime(org, event.id(), event.type(), event.outcome().name(), now)) {
            return Handled.DUPLICATE;
        }
        return switch (event.outcome()) {
            case SUCCEEDED -> paid(caller, provider, event, now);
            case FAILED -> {
                if (event.reference() != null) {
                    checkouts.settle(org, event.reference(), OnlineCheckout.Status.FAILED, null, null, null, now);
                }
                yield Handled.FAILED;
            }
            case REFUNDED -> refunded(caller, event, now);
            case IGNORED -> Handled.IGNORED;
        };
    }

    private Handled paid(Caller caller, String provider, ProviderEvent event, Instant now) {
        UUID org = caller.organisationId();
        String reference = event.reference();
        if (reference == null) {
            return Handled.IGNORED;
        }
        var checkout = checkouts.byReference(org, reference).orElse(null);
        if (checkout == null) {
            if (event.dossierId() == null || event.amount() == null) {
                return Handled.IGNORED;
            }
            // A page our record of which was lost (the provider answered, the insert did not
            // happen): the money is real, so the checkout is recorded from the event.
            checkout = new OnlineCheckout(UUID.randomUUID(), event.dossierId(), provider, reference, "",
                    event.amount(), OnlineCheckout.Status.OPEN, null, null, Money.zero(event.amount().currency()),
                    null, now, null);
            checkouts.insert(org, checkout);
        }
        if (!checkouts.settle(org, reference, OnlineCheckout.Status.PAID, event.paymentReference(), null, null, now)) {
            return Handled.DUPLICATE;
        }
        Money amount = event.amount() != null ? event.amount() : checkout.amount();
        var recorded = payments.pay(caller, checkout.dossierId(), new PaymentManagement.NewPayment(amount,
                PaymentMethod.ONLINE, null, null, null, reference));
        checkouts.linkPayment(org, reference, recorded.payment().id());
        return Handled.RECORDED;
    }

    private Handled refunded(Caller caller, ProviderEvent event, Instant now) {
        if (event.paymentReference() == null || event.amount() == null) {
            return Handled.IGNORED;
        }
        var refunded = checkouts.refundedUpTo(caller.organisationId(), event.paymentReference(), event.amount(), now);
        if (refunded.isEmpty()) {
            return Handled.DUPLICATE;
        }
        payments.refund(caller, refunded.get().dossierId(), refunded.get().more(), PaymentMethod.ONLINE,
                "Refunded at the payment provider", null);
        return Handled.REFUNDED;
    }

    private Handled unapplied(Caller caller, ProviderEvent event, BusinessRuleViolation refused) {
        UUID org = caller.organisationId();
        Instant now = clock.instant();
        if (!checkouts.firstTime(org, event.id(), event.type(), "REFUSED " + refused.code(), now)) {
            return Handled.DUPLICATE;
        }
        if (event.outcome() == ProviderEvent.Outcome.SUCCEEDED && event.reference() != null) {
            checkouts.settle(org, event.reference(), OnlineCheckout.Status.UNAPPLIED, event.paymentReference(), null,
                    refused.code() + ": " + refused.getMessage(), now);
        }
        return Handled.UNAPPLIED;
    }
}
