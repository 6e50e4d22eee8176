package app.resa.billing.online;

/**
 * A payment page opened by the provider.
 *
 * @param url       where the customer pays
 * @param reference the provider's id for it (a Stripe Checkout Session id), which its events name
 */
public record CreatedCheckout(String url, String reference) {
}
