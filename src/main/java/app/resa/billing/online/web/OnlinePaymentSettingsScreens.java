package app.resa.billing.online.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import app.resa.billing.online.OnlineAccountManagement;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Forms;
import app.resa.shared.web.Screen;

/**
 * Settings → Online payments: the organisation's Stripe keys (entered, never shown back: only
 * their last four characters) and its return pages, with the webhook address to give Stripe.
 */
@Screen
@RequestMapping("/settings/online-payments")
@PreAuthorize("hasRole('ADMIN')")
class OnlinePaymentSettingsScreens {

    private final OnlineAccountManagement accounts;

    OnlinePaymentSettingsScreens(OnlineAccountManagement accounts) {
        this.accounts = accounts;
    }

    /** Blank keys keep the ones set; the fields are never filled in from the stored secrets. */
    record AccountForm(
            @Nullable @Pattern(regexp = "^((sk|rk)_[A-Za-z0-9_]{8,250})?$", message = "must be a secret key (sk_… or rk_…)") String secretKey,
            @Nullable @Pattern(regexp = "^(whsec_[A-Za-z0-9_+/=]{8,250})?$", message = "must be a webhook signing secret (whsec_…)") String webhookSecret,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") String successUrl,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") String cancelUrl,
            long version) {

        @Override
        public String toString() {
            return "AccountForm[successUrl=" + successUrl + ", cancelUrl=" + cancelUrl + "]";
        }
    }

    @GetMapping
    String show(Caller caller, Model model) {
        var view = accounts.view(caller);
        model.addAttribute("form", new AccountForm(null, null, view.successUrl() == null ? "" : view.successUrl(),
                view.cancelUrl() == null ? "" : view.cancelUrl(), view.version()));
        return page(caller, model);
    }

    @PostMapping
    String save(Caller caller, @Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
                RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                accounts.set(caller, new OnlineAccountManagement.NewSettings(form.secretKey(), form.webhookSecret(),
                        form.successUrl(), form.cancelUrl()), form.version());
                flash.addFlashAttribute("message", "online.settings.saved");
                return "redirect:/settings/online-payments";
            } catch (BusinessRuleViolation e) {
                Forms.reject(result, e);
            }
        }
        // the secret fields are password inputs without a value: a typed secret is never echoed back
        return page(caller, model);
    }

    private String page(Caller caller, Model model) {
        var view = accounts.view(caller);
        model.addAttribute("account", view);
        model.addAttribute("webhookUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(view.webhookPath()).toUriString());
        return "billing/online/settings";
    }
}
