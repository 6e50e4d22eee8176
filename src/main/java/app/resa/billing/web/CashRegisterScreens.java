package app.resa.billing.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.CashRegisterManagement;
import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentMethod;
import app.resa.booking.DossierOperations;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/**
 * The seed's "Caisses": registers and their sessions; open one with a float, take payments at
 * the desk while it is open, close it with what was counted, and print the closing report.
 */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class CashRegisterScreens {

    private final CashRegisterManagement registers;
    private final PaymentManagement payments;
    private final DossierOperations dossiers;
    private final Organisations organisations;

    CashRegisterScreens(CashRegisterManagement registers, PaymentManagement payments, DossierOperations dossiers,
                        Organisations organisations) {
        this.registers = registers;
        this.payments = payments;
        this.dossiers = dossiers;
        this.organisations = organisations;
    }

    @GetMapping("/accounts/cash-registers")
    String registers(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("registers", registers.registers(caller));
        model.addAttribute("pointsOfSale", organisations.pointsOfSale(caller.organisationId()));
        model.addAttribute("sessions", registers.sessions(caller,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        model.addAttribute("openHere", registers.openHere(caller).orElse(null));
        model.addAttribute("currency", currency(caller).getCurrencyCode());
        return "billing/cash-registers";
    }

    @PostMapping("/accounts/cash-registers")
    @PreAuthorize("hasRole('MANAGER')")
    String create(Caller caller, @RequestParam UUID pointOfSaleId, @RequestParam String name, RedirectAttributes flash) {
        if (name.isBlank() || name.length() > 100) {
            flash.addFlashAttribute("error", "cash.nameRequired");
            return "redirect:/accounts/cash-registers";
        }
        return act(flash, "/accounts/cash-registers", "cash.created",
                () -> registers.create(caller, pointOfSaleId, name));
    }

    @PostMapping("/accounts/cash-registers/{id}/open")
    @PreAuthorize("hasRole('AGENT')")
    String open(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable BigDecimal openingFloat,
                RedirectAttributes flash) {
        try {
            var session = registers.open(caller, id, money(caller, openingFloat));
            flash.addFlashAttribute("message", "cash.opened");
            return "redirect:/accounts/cash-sessions/" + session.id();
        } catch (BusinessRuleViolation | IllegalArgumentException e) {
            flash.addFlashAttribute("error", error(e));
            return "redirect:/accounts/cash-registers";
        }
    }

    /** The session's report: expected so far while open (with the desk's forms), the closing report once closed. */
    @GetMapping("/accounts/cash-sessions/{id}")
    String session(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("cashSession", registers.report(caller, id));
        model.addAttribute("methods", new PaymentMethod[] {PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.CHEQUE});
        model.addAttribute("here", caller.pointOfSaleId());
        return "billing/cash-session";
    }

    /**
     * A payment taken at the desk, for a dossier named by its number. It joins the open session
     * of the caller's point of sale (V11's trigger), which the screen offers only on that session.
     */
    @PostMapping("/accounts/cash-sessions/{id}/payments")
    @PreAuthorize("hasRole('AGENT')")
    String pay(Caller caller, @PathVariable UUID id, @RequestParam long dossierNumber,
               @RequestParam(required = false) @Nullable BigDecimal amount, @RequestParam PaymentMethod method,
               RedirectAttributes flash) {
        return act(flash, "/accounts/cash-sessions/" + id, "cash.paymentTaken", () -> payments.pay(caller,
                dossiers.idOfNumber(caller, dossierNumber),
                new PaymentManagement.NewPayment(money(caller, amount), method, null, null, null, null)));
    }

    @PostMapping("/accounts/cash-sessions/{id}/close")
    @PreAuthorize("hasRole('AGENT')")
    String close(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        var counted = new EnumMap<PaymentMethod, Money>(PaymentMethod.class);
        try {
            for (PaymentMethod method : PaymentMethod.values()) {
                String value = form.get("counted." + method.name());
                if (value != null && !value.isBlank()) {
                    counted.put(method, money(caller, new BigDecimal(value.strip().replace(',', '.'))));
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            flash.addFlashAttribute("error", "cash.invalidAmount");
            return "redirect:/accounts/cash-sessions/" + id;
        }
        return act(flash, "/accounts/cash-sessions/" + id, "cash.closed",
                () -> registers.close(caller, id, counted, form.get("note")));
    }

    private String act(RedirectAttributes flash, String to, String message, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", message);
        } catch (BusinessRuleViolation | IllegalArgumentException e) {
            flash.addFlashAttribute("error", error(e));
        }
        return "redirect:" + to;
    }

    private static String error(RuntimeException e) {
        return e instanceof BusinessRuleViolation violation ? "error." + violation.code() : "cash.invalidAmount";
    }

    /** An amount typed at the desk, in the organisation's currency; blank is zero. */
    private Money money(Caller caller, @Nullable BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency(caller));
    }

    private Currency currency(Caller caller) {
        return Currency.getInstance(organisations.find(caller.organisationId()).orElseThrow().currency());
    }
}
