package app.resa.carnets;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.SessionCatalog;

/**
 * Scanning a coupon exchanges it for an entry: a recorded use (who, when, where, for which event
 * or session), exactly once, before its carnet expires, for what its model allows (decision 65).
 */
@Service
public class CouponRedemption {

    private final CarnetSales sales;
    private final SessionCatalog sessions;
    private final Clock clock;

    CouponRedemption(CarnetSales sales, SessionCatalog sessions, Clock clock) {
        this.sales = sales;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The use recorded. */
    public record Redeemed(String number, Instant usedAt, @Nullable UUID eventId, @Nullable UUID sessionId) {
    }

    /**
     * Uses the coupon for the session named (its event then), or the event named, or nothing in
     * particular; refused with {@code coupon-unknown} (404), {@code coupon-used},
     * {@code coupon-cancelled}, {@code coupon-expired}, {@code coupon-not-valid-here} or
     * {@code coupon-not-paid} (409).
     */
    @Transactional
    public Redeemed redeem(Caller caller, String number, @Nullable UUID eventId, @Nullable UUID sessionId) {
        var coupon = sales.coupon(caller.organisationId(), number)
                .orElseThrow(() -> CarnetRefusedException.couponUnknown(number));
        UUID event = eventId;
        if (sessionId != null) {
            event = sessions.session(caller.organisationId(), sessionId)
                    .orElseThrow(() -> NotFoundException.of("Session", sessionId)).eventId();
        }
        Instant now = clock.instant();
        refuseIfNotUsable(coupon, now);
        if (!coupon.eventIds().isEmpty() && (event == null || !coupon.eventIds().contains(event))) {
            throw CarnetRefusedException.couponNotValidHere(number);
        }
        if (coupon.saleState() == CarnetSale.State.OPEN) {
            throw CarnetRefusedException.couponNotPaid(number);
        }
        if (!sales.use(caller, coupon.id(), event, sessionId, now)) {
            // Another scan won meanwhile (or the carnet was cancelled): say why, from the row as it is now.
            var current = sales.coupon(caller.organisationId(), number).orElseThrow();
            refuseIfNotUsable(current, now);
            throw CarnetRefusedException.couponUsed(number);
        }
        return new Redeemed(number, now, event, sessionId);
    }

    private static void refuseIfNotUsable(CarnetSales.CouponView coupon, Instant now) {
        switch (coupon.state()) {
            case USED -> throw CarnetRefusedException.couponUsed(coupon.number());
            case CANCELLED -> throw CarnetRefusedException.couponCancelled(coupon.number());
            case VALID -> {
                if (!coupon.expiresAt().isAfter(now)) {
                    throw CarnetRefusedException.couponExpired(coupon.number());
                }
            }
        }
    }
}
