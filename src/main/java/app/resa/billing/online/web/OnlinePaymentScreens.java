package app.resa.billing.online.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.online.OnlineCheckoutManagement;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.Forms;
import app.resa.shared.web.Screen;

/**
 * The dossier's "Payment link" panel, loaded into the dossier page by htmx: the link the agent
 * creates is shown at once, to copy or e-mail to the customer, with the dossier's earlier links
 * and what became of them.
 */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class OnlinePaymentScreens {

    private final OnlineCheckoutManagement checkouts;

    OnlinePaymentScreens(OnlineCheckoutManagement checkouts) {
        this.checkouts = checkouts;
    }

    /** The amount of the link; the balance due is offered, an agent may lower it to take a deposit. */
    record LinkForm(@Nullable @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 3) BigDecimal amount) {
    }

    @GetMapping("/dossiers/{id}/payment-link")
    String panel(Caller caller, @PathVariable UUID id, Model model) {
        Money due = checkouts.due(caller, id);
        model.addAttribute("form", new LinkForm(due.amount().signum() > 0 ? due.amount() : null));
        return panel(caller, id, due, model);
    }

    @PostMapping("/dossiers/{id}/payment-link")
    @PreAuthorize("hasRole('AGENT')")
    String create(Caller caller, @PathVariable UUID id, @Valid @ModelAttribute("form") LinkForm form,
                  BindingResult result, Model model, RedirectAttributes flash,
                  @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx) {
        Money due = checkouts.due(caller, id);
        if (!result.hasErrors()) {
            try {
                var amount = form.amount() == null ? null : new Money(form.amount(), due.currency());
                var created = checkouts.create(caller, id, amount);
                if (htmx == null) {
                    flash.addFlashAttribute("message", "online.linkCreated");
                    return "redirect:/dossiers/" + id;
                }
                model.addAttribute("created", created);
            } catch (BusinessRuleViolation e) {
                Forms.reject(result, e.field() != null && e.field().startsWith("amount") ? relabelled(e) : e);
            } catch (IllegalArgumentException tooManyDecimals) {
                result.rejectValue("amount", "error.amount-scale", tooManyDecimals.getMessage());
            }
        }
        return panel(caller, id, due, model);
    }

    private String panel(Caller caller, UUID id, Money due, Model model) {
        model.addAttribute("dossierId", id);
        model.addAttribute("due", due);
        model.addAttribute("available", checkouts.available(caller));
        model.addAttribute("checkouts", checkouts.ofDossier(caller, id));
        return "billing/online/payment-link :: panel";
    }

    /** The API names {@code amount.amount}; the form has one field, {@code amount}. */
    private static BusinessRuleViolation relabelled(BusinessRuleViolation e) {
        return new BusinessRuleViolation(e.code(), e.getMessage()) {
            @Override
            public @Nullable String field() {
                return "amount";
            }
        };
    }
}
