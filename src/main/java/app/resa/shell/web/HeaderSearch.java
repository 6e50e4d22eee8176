package app.resa.shell.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.resa.contacts.ContactSearch;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;

/**
 * The search box in the header. A single match opens it directly, so a counter agent typing a
 * number or a full name lands on the record without a second click. Dossier numbers join here
 * when the booking module lands.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class HeaderSearch {

    private final ContactSearch contacts;

    HeaderSearch(ContactSearch contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/search")
    String search(Caller caller, @RequestParam(defaultValue = "") String q, Model model) {
        String text = q.strip();
        if (text.isEmpty()) {
            return "redirect:/contacts";
        }
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        var found = contacts.find(caller.organisationId(), ContactSearch.ContactFilter.text(text), PageRequest.first(50));
        if (found.totalItems() == 1) {
            return "redirect:/contacts/" + found.items().getFirst().id();
        }
        model.addAttribute("q", text);
        model.addAttribute("contacts", found);
        return "shell/search";
    }
}
