package app.resa.billing.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.PaymentMethod;
import app.resa.billing.PaymentSchedules;
import app.resa.billing.WaitingAccount;
import app.resa.booking.DossierOperations;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/** The seed's "Compte d'attente" (money waiting for its dossier) and the overdue instalments. */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class WaitingAccountScreens {

    private final WaitingAccount account;
    private final PaymentSchedules schedules;
    private final DossierOperations dossiers;
    private final Organisations organisations;

    WaitingAccountScreens(WaitingAccount account, PaymentSchedules schedules, DossierOperations dossiers,
                          Organisations organisations) {
        this.account = account;
        this.schedules = schedules;
        this.dossiers = dossiers;
        this.organisations = organisations;
    }

    @GetMapping("/accounts/waiting")
    String waiting(Caller caller, @RequestParam(defaultValue = "false") boolean all,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("waiting", account.list(caller, all,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        model.addAttribute("all", all);
        model.addAttribute("methods", new PaymentMethod[] {PaymentMethod.BANK_TRANSFER, PaymentMethod.CHEQUE,
                PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.ONLINE});
        model.addAttribute("currency", currency(caller).getCurrencyCode());
        return "billing/waiting";
    }

    @PostMapping("/accounts/waiting")
    @PreAuthorize("hasRole('AGENT')")
    String receive(Caller caller, @RequestParam(required = false) @Nullable BigDecimal amount,
                   @RequestParam PaymentMethod method, @RequestParam(required = false) @Nullable String reference,
                   @RequestParam(required = false) @Nullable String note, RedirectAttributes flash) {
        try {
            account.receive(caller, new Money(amount == null ? BigDecimal.ZERO : amount, currency(caller)), method,
                    cut(reference, 100), cut(note, 500));
            flash.addFlashAttribute("message", "waiting.received");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", "cash.invalidAmount");
        }
        return "redirect:/accounts/waiting";
    }

    @PostMapping("/accounts/waiting/{id}/assign")
    @PreAuthorize("hasRole('AGENT')")
    String assign(Caller caller, @PathVariable UUID id, @RequestParam long dossierNumber, RedirectAttributes flash) {
        try {
            account.assign(caller, id, dossiers.idOfNumber(caller, dossierNumber));
            flash.addFlashAttribute("message", "waiting.done");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/accounts/waiting";
    }

    @GetMapping("/accounts/overdue")
    String overdue(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("instalments", schedules.overdue(caller,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        return "billing/overdue";
    }

    private Currency currency(Caller caller) {
        return Currency.getInstance(organisations.find(caller.organisationId()).orElseThrow().currency());
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null ? null : text.substring(0, Math.min(text.length(), max));
    }
}
