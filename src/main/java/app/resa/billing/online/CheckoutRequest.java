package app.resa.billing.online;

import java.util.UUID;

import app.resa.shared.Money;

/**
 * What a payment link is for.
 *
 * @param checkoutId our id for it, sent as the provider's idempotency key so a retried request
 *                   never opens two payment pages
 * @param description what the customer sees on the payment page ("Dossier 1042")
 */
public record CheckoutRequest(UUID checkoutId, UUID organisationId, UUID dossierId, String description,
                              Money amount) {
}
