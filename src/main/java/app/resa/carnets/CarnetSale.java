package app.resa.carnets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A sale of carnets to a contact: open, then paid (its folio owes nothing), then closed by the
 * operator, after which its coupons print.
 */
public record CarnetSale(UUID id, long number, LocalDate saleDate, UUID contactId, String beneficiaryType,
                         UUID modelId, String modelName, int couponsPerCarnet, UUID tariffId, int quantity,
                         int validityDays, Money unitPrice, UUID dossierId, State state, Instant soldAt,
                         @Nullable Instant closedAt, List<Carnet> carnets) {

    public enum State { OPEN, PAID, CLOSED }

    public Money total() {
        return unitPrice.times(quantity);
    }

    CarnetSale withCarnets(List<Carnet> carnets) {
        return new CarnetSale(id, number, saleDate, contactId, beneficiaryType, modelId, modelName, couponsPerCarnet,
                tariffId, quantity, validityDays, unitPrice, dossierId, state, soldAt, closedAt, carnets);
    }

    /** One book of coupons; its validity may be extended, its unused coupons cancelled. */
    public record Carnet(UUID id, UUID saleId, int position, String number, LocalDate lastDay, Instant expiresAt,
                         @Nullable UUID chargeId, List<Coupon> coupons) {

        public long couponsUsed() {
            return coupons.stream().filter(c -> c.state() == CouponState.USED).count();
        }

        public long couponsLeft() {
            return coupons.stream().filter(c -> c.state() == CouponState.VALID).count();
        }
    }

    public record Coupon(UUID id, int position, String number, CouponState state, @Nullable Instant usedAt,
                         @Nullable UUID eventId, @Nullable UUID sessionId) {
    }

    public enum CouponState { VALID, USED, CANCELLED }
}
