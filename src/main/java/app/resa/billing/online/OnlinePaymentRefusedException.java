package app.resa.billing.online;

import java.util.Currency;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Money;

/** What online payments refuse, each with its stable code and status. */
public final class OnlinePaymentRefusedException extends BusinessRuleViolation {

    private final int status;
    private final @Nullable String field;

    private OnlinePaymentRefusedException(String code, String message, int status, @Nullable String field) {
        super(code, message);
        this.status = status;
        this.field = field;
    }

    static OnlinePaymentRefusedException notConfigured() {
        return new OnlinePaymentRefusedException("online-payments-not-configured",
                "Online payments are not set up for this organisation; an administrator enters its provider keys",
                409, null);
    }

    static OnlinePaymentRefusedException secretRequired(String field) {
        return new OnlinePaymentRefusedException("secret-required",
                "The first settings need both the secret key and the webhook signing secret", 400, field);
    }

    static OnlinePaymentRefusedException nothingDue(long dossierNumber) {
        return new OnlinePaymentRefusedException("nothing-due", "Nothing is due on dossier " + dossierNumber
                + "; name the amount of the payment link", 409, "amount");
    }

    static OnlinePaymentRefusedException amountNotPositive(Money amount) {
        return new OnlinePaymentRefusedException("amount-not-positive",
                "An amount must be more than zero, not " + amount.amount(), 400, "amount.amount");
    }

    static OnlinePaymentRefusedException currencyMismatch(Currency given, Currency expected) {
        return new OnlinePaymentRefusedException("currency-mismatch", "This dossier is paid in "
                + expected.getCurrencyCode() + ", not " + given.getCurrencyCode(), 400, "amount.currency");
    }

    static OnlinePaymentRefusedException noContactForCredit() {
        return new OnlinePaymentRefusedException("no-contact-for-credit", "This is more than is due, and the dossier"
                + " has no purchase contact to hold the rest as credit", 409, "amount.amount");
    }

    static OnlinePaymentRefusedException dossierCancelled(long dossierNumber) {
        return new OnlinePaymentRefusedException("dossier-cancelled",
                "Dossier " + dossierNumber + " is cancelled; it takes no payment", 409, null);
    }

    /** Deliberately says nothing of why: a forger learns nothing from the answer. */
    static OnlinePaymentRefusedException invalidSignature() {
        return new OnlinePaymentRefusedException("invalid-signature",
                "The notification's signature does not verify", 400, "Stripe-Signature");
    }

    static OnlinePaymentRefusedException providerUnavailable(String provider, String reason) {
        return new OnlinePaymentRefusedException("provider-unavailable",
                provider + " did not open the payment page: " + reason, 502, null);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public @Nullable String field() {
        return field;
    }
}
