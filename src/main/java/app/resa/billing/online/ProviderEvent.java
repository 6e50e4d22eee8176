package app.resa.billing.online;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A provider's notification, read and verified, in billing's words.
 *
 * @param id               the provider's event id: the same event delivered twice has the same id
 * @param type             the provider's own name of the event, kept for the record
 * @param reference        the checkout it is about (null for a refund, which names the payment)
 * @param paymentReference the provider's id of the payment itself (a Stripe PaymentIntent id)
 * @param amount           what was paid; for {@link Outcome#REFUNDED}, everything refunded so far
 *                         on that payment (providers report the running total)
 * @param dossierId        the dossier named in the checkout's metadata, when present
 */
public record ProviderEvent(String id, String type, Outcome outcome, @Nullable String reference,
                            @Nullable String paymentReference, @Nullable Money amount, @Nullable UUID dossierId) {

    public enum Outcome {
        SUCCEEDED, FAILED, REFUNDED,
        /** An event this port has no use for; acknowledged so the provider stops sending it. */
        IGNORED
    }
}
