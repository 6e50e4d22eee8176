package app.resa.carnets.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.PaymentMethod;
import app.resa.carnets.CarnetUpkeep;
import app.resa.carnets.CouponRedemption;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * A carnet by its number (coupons used and left, history), its validity extended, its unused
 * coupons cancelled; and a coupon scanned: 200 with the use, or 409 with the reason.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class CarnetsApi {

    private final CarnetUpkeep upkeep;
    private final CouponRedemption redemption;

    CarnetsApi(CarnetUpkeep upkeep, CouponRedemption redemption) {
        this.upkeep = upkeep;
        this.redemption = redemption;
    }

    @GetMapping("/api/v1/carnets/{number}")
    @PreAuthorize("hasRole('VIEWER')")
    CarnetView get(Caller caller, @PathVariable String number) {
        return new CarnetView(CarnetSalesApi.CarnetResponse.of(upkeep.carnet(caller, number)),
                upkeep.history(caller, number));
    }

    /** Audited: who extended, when, from which last day to which, why. */
    @PostMapping("/api/v1/carnets/{number}/extend")
    @PreAuthorize("hasRole('MANAGER')")
    CarnetView extend(Caller caller, @PathVariable String number, @Valid @RequestBody Extension request) {
        var carnet = upkeep.extend(caller, number, request.until(), request.reason());
        return new CarnetView(CarnetSalesApi.CarnetResponse.of(carnet), upkeep.history(caller, number));
    }

    @PostMapping("/api/v1/carnets/{number}/cancel")
    @PreAuthorize("hasRole('MANAGER')")
    Cancellation cancel(Caller caller, @PathVariable String number, @Valid @RequestBody CancelRequest request) {
        var cancelled = upkeep.cancel(caller, number, PaymentMethod.named(request.method()), request.reason());
        return new Cancellation(CarnetSalesApi.CarnetResponse.of(cancelled.carnet()), cancelled.couponsCancelled(),
                cancelled.refunded());
    }

    @PostMapping("/api/v1/carnet-coupons/{number}/redeem")
    @PreAuthorize("hasRole('AGENT')")
    CouponRedemption.Redeemed redeem(Caller caller, @PathVariable String number,
                                     @Valid @RequestBody(required = false) @Nullable Redemption request) {
        return redemption.redeem(caller, number, request == null ? null : request.eventId(),
                request == null ? null : request.sessionId());
    }

    /** @param until the new last day of validity, in the organisation's time zone */
    record Extension(@NotNull LocalDate until, @NotBlank @Size(max = 500) String reason) {
    }

    /** @param method how the pro-rata part is given back: CASH, CARD, … CREDIT_BALANCE */
    record CancelRequest(@NotBlank @Size(max = 40) String method, @NotBlank @Size(max = 500) String reason) {
    }

    record Redemption(@Nullable UUID eventId, @Nullable UUID sessionId) {
    }

    record CarnetView(CarnetSalesApi.CarnetResponse carnet, List<String> history) {
    }

    record Cancellation(CarnetSalesApi.CarnetResponse carnet, int couponsCancelled, Money refunded) {
    }
}
