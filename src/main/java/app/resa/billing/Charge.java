package app.resa.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * One thing charged on a folio: a sold dossier line, or an extra service. Its amounts are fixed
 * when posted (see {@link Taxation}). A charge is never deleted: it is voided, with who, when and
 * why, and stops counting in the balance; a move to another folio is kept in its history.
 *
 * @param dossierId the dossier it is sold on: where it was posted, or the new dossier its line was split into
 *                  (a move to another dossier's folio, a transfer, keeps it)
 * @param lineId    the dossier line it charges, null for an extra service
 * @param eventId   the product (an event) of that line, which routing rules match
 * @param discount  taken off {@code quantity × unitPrice} before tax
 */
public record Charge(UUID id, UUID folioId, UUID dossierId, @Nullable UUID lineId, @Nullable UUID eventId,
                     String description, int quantity, Money unitPrice, Money discount, Money net, Money tax,
                     Money gross, @Nullable String taxName, BigDecimal taxRate, boolean taxInclusive, Instant postedAt,
                     @Nullable UUID postedBy, @Nullable Voided voided) {

    /** A new charge with its amounts worked out from the price, the quantity, the discount and the tax. */
    public static Charge post(UUID folioId, UUID dossierId, @Nullable UUID lineId, @Nullable UUID eventId,
                              String description, int quantity, Money unitPrice, Money discount, Taxation taxation,
                              Instant at, @Nullable UUID by) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a charge is for a positive quantity, not " + quantity);
        }
        if (discount.isNegative() || unitPrice.times(quantity).minus(discount).isNegative()) {
            throw BillingRefusedException.discountTooLarge(discount);
        }
        var amounts = taxation.apply(unitPrice, quantity, discount);
        return new Charge(UUID.randomUUID(), folioId, dossierId, lineId, eventId, description, quantity, unitPrice,
                discount, amounts.net(), amounts.tax(), amounts.gross(), taxation.name(), taxation.rate(),
                taxation.inclusive(), at, by, null);
    }

    /** Counts in the balance: not voided. */
    public boolean live() {
        return voided == null;
    }

    /** The same charge on another folio. */
    Charge on(UUID otherFolioId) {
        return new Charge(id, otherFolioId, dossierId, lineId, eventId, description, quantity, unitPrice, discount, net,
                tax, gross, taxName, taxRate, taxInclusive, postedAt, postedBy, voided);
    }

    Charge voidedBy(@Nullable UUID by, Instant at, String reason) {
        if (voided != null) {
            throw BillingRefusedException.chargeVoided(id);
        }
        return new Charge(id, folioId, dossierId, lineId, eventId, description, quantity, unitPrice, discount, net,
                tax, gross, taxName, taxRate, taxInclusive, postedAt, postedBy, new Voided(at, by, reason));
    }

    /** Who voided a charge, when and why. */
    public record Voided(Instant at, @Nullable UUID by, String reason) {
    }
}
