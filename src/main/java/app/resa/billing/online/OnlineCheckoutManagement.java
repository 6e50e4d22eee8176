package app.resa.billing.online;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.resa.booking.DossierOperations;
import app.resa.booking.DossierStatus;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * Payment links: a hosted payment page for a dossier's balance, or for an amount named (a
 * deposit). The provider is called outside any transaction, so no database connection or lock
 * is held while it answers; the link is recorded once it exists.
 */
@Service
public class OnlineCheckoutManagement {

    private final DossierOperations dossiers;
    private final AmountDue due;
    private final ProviderAccounts accounts;
    private final PaymentProviders providers;
    private final OnlineCheckouts checkouts;
    private final Clock clock;

    OnlineCheckoutManagement(DossierOperations dossiers, AmountDue due, ProviderAccounts accounts,
                             PaymentProviders providers, OnlineCheckouts checkouts, Clock clock) {
        this.dossiers = dossiers;
        this.due = due;
        this.accounts = accounts;
        this.providers = providers;
        this.checkouts = checkouts;
        this.clock = clock;
    }

    /**
     * Opens a payment page for the amount named, or for what the dossier owes. Refusals: 404 for
     * a dossier of another organisation, 409 {@code online-payments-not-configured},
     * {@code nothing-due}, {@code dossier-cancelled},
     * {@code no-contact-for-credit} (more than due, nobody to credit the rest to), 400 for an amount not positive or in
     * another currency, 502 {@code provider-unavailable}.
     */
    public OnlineCheckout create(Caller caller, UUID dossierId, @Nullable Money amount) {
        var dossier = dossiers.get(caller, dossierId);
        if (dossier.status() == DossierStatus.CANCELLED) {
            throw OnlinePaymentRefusedException.dossierCancelled(dossier.number());
        }
        var account = accounts.find(caller.organisationId())
                .orElseThrow(OnlinePaymentRefusedException::notConfigured);
        Money asked;
        if (amount != null) {
            if (amount.amount().signum() <= 0) {
                throw OnlinePaymentRefusedException.amountNotPositive(amount);
            }
            var currencies = due.currencies(caller, dossier);
            if (!currencies.contains(amount.currency())) {
                throw OnlinePaymentRefusedException.currencyMismatch(amount.currency(), currencies.getFirst());
            }
            // More than due on a sold dossier goes to a credit balance, which needs someone to hold
            // it: refused now rather than when the customer has paid.
            if (dossier.status() == DossierStatus.CONFIRMED && dossier.contactId() == null
                    && amount.amount().compareTo(due.of(caller, dossier).amount()) > 0) {
                throw OnlinePaymentRefusedException.noContactForCredit();
            }
            asked = amount;
        } else {
            asked = due.of(caller, dossier);
            if (asked.amount().signum() <= 0) {
                throw OnlinePaymentRefusedException.nothingDue(dossier.number());
            }
        }
        UUID id = UUID.randomUUID();
        var provider = providers.of(account);
        var created = provider.createCheckout(account, new CheckoutRequest(id, caller.organisationId(), dossierId,
                "Dossier " + dossier.number(), asked));
        var checkout = new OnlineCheckout(id, dossierId, provider.name(), created.reference(), created.url(), asked,
                OnlineCheckout.Status.OPEN, null, null, Money.zero(asked.currency()), null, clock.instant(),
                caller.userId());
        checkouts.insert(caller.organisationId(), checkout);
        return checkout;
    }

    /** What a link would ask when no amount is named (zero when nothing is due), in the dossier's currency. */
    public Money due(Caller caller, UUID dossierId) {
        return due.of(caller, dossiers.get(caller, dossierId));
    }

    /** The dossier's latest payment links, newest first. */
    public List<OnlineCheckout> ofDossier(Caller caller, UUID dossierId) {
        dossiers.get(caller, dossierId);
        return checkouts.ofDossier(caller.organisationId(), dossierId);
    }

    /** Whether the caller's organisation has a provider account (the screens offer links only then). */
    public boolean available(Caller caller) {
        return accounts.find(caller.organisationId()).isPresent();
    }
}
