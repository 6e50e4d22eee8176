package app.resa.booking.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.booking.CartSuspension;
import app.resa.booking.DossierList;
import app.resa.booking.DossierSearch;
import app.resa.booking.DossierStatus;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/** The seed's "Dossiers suspendus": carts set aside, most recently parked first, to take back. */
@Screen
@RequestMapping("/dossiers")
@PreAuthorize("hasRole('VIEWER')")
class SuspendedDossierScreens {

    private final DossierList list;
    private final CartSuspension suspension;

    SuspendedDossierScreens(DossierList list, CartSuspension suspension) {
        this.list = list;
        this.suspension = suspension;
    }

    @GetMapping("/suspended")
    String suspended(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new DossierSearch.DossierFilter(null, DossierStatus.SUSPENDED, null, null, null, null, null, null,
                null, null, null, null, null, null, null, true);
        model.addAttribute("dossiers", list.page(caller, filter, DossierSearch.Sort.MODIFIED_DESC,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        return "booking/suspended";
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasRole('AGENT')")
    String suspend(Caller caller, @PathVariable UUID id, @RequestParam long version, RedirectAttributes flash) {
        try {
            suspension.suspend(caller, id, version);
            flash.addFlashAttribute("message", "dossiers.done.suspend");
            return "redirect:/dossiers/suspended";
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/dossiers/" + id;
        }
    }

    /** Taken back into the sale screen, where the cart goes on. */
    @PostMapping("/{id}/unsuspend")
    @PreAuthorize("hasRole('AGENT')")
    String takeBack(Caller caller, @PathVariable UUID id, @RequestParam(required = false) Long version,
                    RedirectAttributes flash) {
        try {
            suspension.takeBack(caller, id, version);
            flash.addFlashAttribute("message", "dossiers.done.unsuspend");
            return "redirect:/sale?dossier=" + id;
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/dossiers/suspended";
        }
    }
}
