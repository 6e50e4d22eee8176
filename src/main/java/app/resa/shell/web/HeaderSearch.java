package app.resa.shell.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.resa.booking.DossierSearch;
import app.resa.contacts.ContactSearch;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/**
 * The search box in the header. A single match opens it directly, so a counter agent typing a
 * number or a full name lands on the record without a second click. Digits are tried as a
 * dossier number first, then as a contact's number or phone.
 */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class HeaderSearch {

    private final ContactSearch contacts;
    private final DossierSearch dossiers;

    HeaderSearch(ContactSearch contacts, DossierSearch dossiers) {
        this.contacts = contacts;
        this.dossiers = dossiers;
    }

    @GetMapping("/search")
    String search(Caller caller, @RequestParam(defaultValue = "") String q, Model model) {
        String text = q.strip();
        if (text.isEmpty()) {
            return "redirect:/contacts";
        }
        // A number is first a dossier number: the box office's way back to a reservation.
        if (text.matches("\\d{1,15}")) {
            var dossier = dossiers.find(caller.organisationId(), DossierSearch.DossierFilter.ofNumber(Long.parseLong(text)),
                    DossierSearch.Sort.NUMBER_ASC, PageRequest.first(1));
            if (dossier.totalItems() == 1) {
                return "redirect:/dossiers/" + dossier.items().getFirst().id();
            }
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
