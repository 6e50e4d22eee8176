package app.resa.carnets.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.PaymentMethod;
import app.resa.carnets.CarnetUpkeep;
import app.resa.carnets.CouponRedemption;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Screen;

/**
 * The desk's other forms: a coupon scanned (or typed) at the desk, and, for a manager, a
 * carnet's validity extended or its unused coupons cancelled and refunded.
 */
@Screen
@RequestMapping("/carnets")
@PreAuthorize("hasRole('AGENT')")
class CarnetUpkeepScreens {

    private final CouponRedemption redemption;
    private final CarnetUpkeep upkeep;

    CarnetUpkeepScreens(CouponRedemption redemption, CarnetUpkeep upkeep) {
        this.redemption = redemption;
        this.upkeep = upkeep;
    }

    @PostMapping("/redeem")
    String redeem(Caller caller, @RequestParam(defaultValue = "") String coupon, RedirectAttributes flash) {
        try {
            redemption.redeem(caller, coupon.strip(), null, null);
            flash.addFlashAttribute("message", "carnets.redeemed");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/carnets";
    }

    @PostMapping("/sales/{id}/carnets/{number}/extend")
    @PreAuthorize("hasRole('MANAGER')")
    String extend(Caller caller, @PathVariable UUID id, @PathVariable String number,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        if (until == null || reason.isBlank()) {
            flash.addFlashAttribute("error", "carnets.extend.incomplete");
            return "redirect:/carnets/sales/" + id;
        }
        try {
            upkeep.extend(caller, number, until, reason);
            flash.addFlashAttribute("message", "carnets.extended");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/carnets/sales/" + id;
    }

    @PostMapping("/sales/{id}/carnets/{number}/cancel")
    @PreAuthorize("hasRole('MANAGER')")
    String cancel(Caller caller, @PathVariable UUID id, @PathVariable String number,
                  @RequestParam(defaultValue = "CASH") String method, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes flash) {
        if (reason.isBlank()) {
            flash.addFlashAttribute("error", "carnets.cancel.incomplete");
            return "redirect:/carnets/sales/" + id;
        }
        try {
            upkeep.cancel(caller, number, PaymentMethod.named(method), reason);
            flash.addFlashAttribute("message", "carnets.cancelled");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/carnets/sales/" + id;
    }
}
