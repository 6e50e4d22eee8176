package app.resa.contacts.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.contacts.Contact;
import app.resa.contacts.ContactManagement;
import app.resa.contacts.ContactSearch.ContactFilter;
import app.resa.contacts.ContactSearch;
import app.resa.contacts.ContactTypeManagement;
import app.resa.contacts.api.ContactRequest;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Forms;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/** Contact list with filters, detail, create and edit: form → validate → redirect. */
@Screen
@RequestMapping("/contacts")
@PreAuthorize("hasRole('VIEWER')")
class ContactsScreens {

    private final ContactManagement contacts;
    private final ContactSearch search;
    private final ContactTypeManagement types;

    ContactsScreens(ContactManagement contacts, ContactSearch search, ContactTypeManagement types) {
        this.contacts = contacts;
        this.search = search;
        this.types = types;
    }

    @GetMapping
    String list(Caller caller, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) Contact.@Nullable Kind kind,
                @RequestParam(required = false) @Nullable UUID type,
                @RequestParam(required = false) @Nullable String city,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var filter = new ContactFilter(q, kind, type, city);
        model.addAttribute("filter", filter);
        model.addAttribute("types", types.all(caller));
        model.addAttribute("contacts", search.find(caller.organisationId(), filter,
                new PageRequest(Math.max(page, 0), PageRequest.DEFAULT_SIZE)));
        return htmx != null ? "contacts/list :: results" : "contacts/list";
    }

    @GetMapping("/{id}")
    String show(Caller caller, @PathVariable UUID id, Model model) {
        var contact = contacts.get(caller, id);
        model.addAttribute("contact", contact);
        model.addAttribute("type", contact.contactTypeId() == null ? null : types.get(caller, contact.contactTypeId()));
        return "contacts/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('AGENT')")
    String createForm(Caller caller, Model model) {
        model.addAttribute("form", new ContactRequest(Contact.Kind.PERSON, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
        return form(caller, model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    String create(Caller caller, @Valid @ModelAttribute("form") ContactRequest form, BindingResult result, Model model,
                  RedirectAttributes flash) {
        if (result.hasErrors()) {
            return form(caller, model, null);
        }
        try {
            var contact = contacts.create(caller, form.kind(), form.contactTypeId(), form.details());
            flash.addFlashAttribute("message", "contacts.created");
            return "redirect:/contacts/" + contact.id();
        } catch (BusinessRuleViolation e) {
            Forms.reject(result, e);
            return form(caller, model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('AGENT')")
    String editForm(Caller caller, @PathVariable UUID id, Model model) {
        var contact = contacts.get(caller, id);
        model.addAttribute("form", ContactRequest.of(contact));
        model.addAttribute("version", contact.version());
        return form(caller, model, contact);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    String update(Caller caller, @PathVariable UUID id, @RequestParam long version,
                  @Valid @ModelAttribute("form") ContactRequest form, BindingResult result, Model model,
                  RedirectAttributes flash) {
        var contact = contacts.get(caller, id);
        model.addAttribute("version", version);
        if (result.hasErrors()) {
            return form(caller, model, contact);
        }
        try {
            contacts.change(caller, id, version, form.kind(), form.contactTypeId(), form.details());
            flash.addFlashAttribute("message", "contacts.saved");
            return "redirect:/contacts/" + id;
        } catch (BusinessRuleViolation e) {
            Forms.reject(result, e);
            return form(caller, model, contact);
        }
    }

    private String form(Caller caller, Model model, @Nullable Contact contact) {
        model.addAttribute("types", types.all(caller));
        model.addAttribute("contact", contact);
        model.addAttribute("kinds", Contact.Kind.values());
        return "contacts/form";
    }
}
