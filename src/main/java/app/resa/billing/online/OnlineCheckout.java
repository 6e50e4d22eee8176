package app.resa.billing.online;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A payment link sent for a dossier and what became of it.
 *
 * @param reference        the provider's id of the payment page
 * @param paymentReference the provider's id of the payment, once paid
 * @param paymentId        the folio payment it was recorded as
 * @param refunded         what the provider refunded of it so far
 * @param note             why a paid checkout could not be recorded ({@code UNAPPLIED})
 */
public record OnlineCheckout(UUID id, UUID dossierId, String provider, String reference, String url, Money amount,
                             Status status, @Nullable String paymentReference, @Nullable UUID paymentId,
                             Money refunded, @Nullable String note, Instant createdAt, @Nullable UUID createdBy) {

    public enum Status {
        OPEN, PAID, FAILED,
        /** Paid at the provider, but the dossier refused it (cancelled meanwhile): staff must refund or apply it. */
        UNAPPLIED
    }
}
