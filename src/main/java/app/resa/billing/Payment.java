package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A movement of money on a folio. {@code amount} is signed as it counts against the charges: a
 * payment is positive, a refund or a transfer to the credit balance negative.
 *
 * @param deposit         paid before the dossier was confirmed (an "acompte"); it is a payment
 *                        like any other, so a settlement deducts it naturally
 * @param contactId       whose credit balance it moved, for {@code CREDIT_BALANCE} and {@code TO_CREDIT}
 * @param pointOfSaleId   the counter it was taken at (null for an API key)
 * @param cashSessionId   the cash register session it belongs to, when registers are in use
 * @param externalReference the payment provider's or the bank's reference
 */
public record Payment(UUID id, UUID folioId, UUID dossierId, PaymentKind kind, PaymentMethod method, Money amount,
                      boolean deposit, @Nullable String note, @Nullable UUID contactId, @Nullable UUID pointOfSaleId,
                      @Nullable UUID cashSessionId, @Nullable String externalReference, Instant createdAt,
                      @Nullable UUID createdBy) {
}
