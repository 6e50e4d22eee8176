package app.resa.billing.online;

import org.jspecify.annotations.Nullable;

/**
 * A payment provider as billing needs it: it makes a payment link for an amount, and it turns
 * the provider's signed notifications into {@link ProviderEvent}s. Everything specific to one
 * provider (its API, its event types, its signature scheme) stays behind this port.
 */
public interface PaymentProvider {

    /** The provider's name as stored with an account ({@code STRIPE}). */
    String name();

    /**
     * Asks the provider for a hosted payment page for the amount; the answer's URL is what the
     * customer is sent.
     *
     * @throws OnlinePaymentRefusedException {@code provider-unavailable} (502) when the provider
     *         cannot be reached or refuses the account's key
     */
    CreatedCheckout createCheckout(ProviderAccount account, CheckoutRequest request);

    /**
     * Verifies a notification's signature with the account's signing secret and reads it.
     *
     * @throws OnlinePaymentRefusedException {@code invalid-signature} (400) when the signature is
     *         missing, wrong, stale, or the payload unreadable: nothing of it may be trusted
     */
    ProviderEvent parseEvent(ProviderAccount account, String payload, @Nullable String signature);
}
