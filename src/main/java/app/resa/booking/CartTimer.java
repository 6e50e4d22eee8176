package app.resa.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.resa.organisation.Organisations;
import app.resa.organisation.PointOfSale;
import app.resa.shared.Caller;

/**
 * When a cart's holds run out: the point of sale's delay after the last change, but never later
 * than its maximum lifetime after the cart started (DESIGN.md §4.3).
 */
@Component
class CartTimer {

    private final Organisations organisations;

    CartTimer(Organisations organisations) {
        this.organisations = organisations;
    }

    Instant deadline(Caller caller, @Nullable Instant cartStartedAt, Instant now) {
        int delay = PointOfSale.DEFAULT_HOLD_DELAY_SECONDS;
        int lifetime = PointOfSale.DEFAULT_HOLD_MAX_LIFETIME_SECONDS;
        UUID pointOfSale = caller.pointOfSaleId();
        if (pointOfSale != null) {
            var settings = organisations.pointOfSale(caller.organisationId(), pointOfSale);
            if (settings.isPresent()) {
                delay = settings.get().holdDelaySeconds();
                lifetime = settings.get().holdMaxLifetimeSeconds();
            }
        }
        Instant sliding = now.plus(Duration.ofSeconds(delay));
        Instant cap = (cartStartedAt == null ? now : cartStartedAt).plus(Duration.ofSeconds(lifetime));
        return sliding.isBefore(cap) ? sliding : cap;
    }
}
