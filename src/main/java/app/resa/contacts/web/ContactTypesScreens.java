package app.resa.contacts.web;

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

import app.resa.contacts.ContactTypeManagement;
import app.resa.contacts.api.NewContactType;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Forms;
import app.resa.shared.web.Screen;

/** Settings → contact types: each organisation edits its own list. */
@Screen
@RequestMapping("/settings/contact-types")
@PreAuthorize("hasRole('MANAGER')")
class ContactTypesScreens {

    private final ContactTypeManagement types;

    ContactTypesScreens(ContactTypeManagement types) {
        this.types = types;
    }

    @GetMapping
    String list(Caller caller, Model model) {
        model.addAttribute("form", new NewContactType("", ""));
        return page(caller, model);
    }

    @PostMapping
    String create(Caller caller, @Valid @ModelAttribute("form") NewContactType form, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                types.create(caller, form.code(), form.name());
                flash.addFlashAttribute("message", "contactTypes.created");
                return "redirect:/settings/contact-types";
            } catch (BusinessRuleViolation e) {
                Forms.reject(result, e);
            }
        }
        return page(caller, model);
    }

    @PostMapping("/{id}/delete")
    String delete(Caller caller, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            types.delete(caller, id);
            flash.addFlashAttribute("message", "contactTypes.deleted");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/settings/contact-types";
    }

    private String page(Caller caller, Model model) {
        model.addAttribute("types", types.all(caller));
        return "contacts/types";
    }

}
