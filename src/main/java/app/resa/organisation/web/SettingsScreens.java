package app.resa.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.organisation.ApiKeyManagement;
import app.resa.organisation.Organisations;
import app.resa.organisation.Role;
import app.resa.organisation.UserManagement;
import app.resa.organisation.api.NewApiKey;
import app.resa.organisation.api.NewUserRequest;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Forms;
import app.resa.shared.web.Screen;

/** Settings: the organisation, its sites and counters, users and API keys. */
@Screen
@RequestMapping("/settings")
@PreAuthorize("hasRole('MANAGER')")
class SettingsScreens {

    private final Organisations organisations;
    private final UserManagement users;
    private final ApiKeyManagement keys;

    SettingsScreens(Organisations organisations, UserManagement users, ApiKeyManagement keys) {
        this.organisations = organisations;
        this.users = users;
        this.keys = keys;
    }

    @GetMapping
    String overview(Caller caller, Model model) {
        model.addAttribute("organisation", organisations.find(caller.organisationId()).orElseThrow());
        model.addAttribute("branches", organisations.branches(caller.organisationId()));
        model.addAttribute("pointsOfSale", organisations.pointsOfSale(caller.organisationId()));
        return "organisation/settings";
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Caller caller, Model model) {
        model.addAttribute("form", new NewUserRequest("", "", "", Role.AGENT, null, null));
        return usersPage(caller, model);
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    String addUser(Caller caller, @Valid @ModelAttribute("form") NewUserRequest form, BindingResult result, Model model,
                   RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                users.create(caller, form.toNewUser());
                flash.addFlashAttribute("message", "users.created");
                return "redirect:/settings/users";
            } catch (BusinessRuleViolation e) {
                Forms.reject(result, e);
            }
        }
        return usersPage(caller, model);
    }

    @GetMapping("/api-keys")
    @PreAuthorize("hasRole('ADMIN')")
    String apiKeys(Caller caller, Model model) {
        model.addAttribute("form", new NewApiKey("", Role.AGENT));
        return keysPage(caller, model);
    }

    @PostMapping("/api-keys")
    @PreAuthorize("hasRole('ADMIN')")
    String issueKey(Caller caller, @Valid @ModelAttribute("form") NewApiKey form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            // Shown once on this page, never stored in clear nor put in a redirect.
            model.addAttribute("issued", keys.issue(caller, form.name(), form.role(), form.pointOfSaleId()));
            model.addAttribute("form", new NewApiKey("", Role.AGENT));
        }
        return keysPage(caller, model);
    }

    @PostMapping("/api-keys/{id}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeKey(Caller caller, @PathVariable UUID id, RedirectAttributes flash) {
        keys.revoke(caller, id);
        flash.addFlashAttribute("message", "apiKeys.revoked");
        return "redirect:/settings/api-keys";
    }

    private String usersPage(Caller caller, Model model) {
        model.addAttribute("users", users.all(caller));
        model.addAttribute("roles", Role.values());
        model.addAttribute("pointsOfSale", organisations.pointsOfSale(caller.organisationId()));
        return "organisation/users";
    }

    private String keysPage(Caller caller, Model model) {
        model.addAttribute("keys", keys.all(caller));
        model.addAttribute("roles", Role.values());
        model.addAttribute("pointsOfSale", organisations.pointsOfSale(caller.organisationId()));
        return "organisation/api-keys";
    }
}
