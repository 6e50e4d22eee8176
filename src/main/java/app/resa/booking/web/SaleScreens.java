package app.resa.booking.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.booking.CartManagement;
import app.resa.booking.DossierOperations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;
import app.resa.ticketing.SessionCatalog;
import app.resa.ticketing.SessionPlanning;

/**
 * The sale cart ("Vente - réservation"): pick a session, a quantity of a quota or seats on the
 * seat map, a tariff; the places go into the cart of the dossier being sold, which is then
 * reserved or confirmed from the same page.
 */
@Screen
@RequestMapping("/sale")
@PreAuthorize("hasRole('AGENT')")
class SaleScreens {

    private final SessionPlanning sessions;
    private final SessionCatalog catalog;
    private final CartManagement carts;
    private final DossierOperations dossiers;

    SaleScreens(SessionPlanning sessions, SessionCatalog catalog, CartManagement carts, DossierOperations dossiers) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.carts = carts;
        this.dossiers = dossiers;
    }

    @GetMapping
    String sale(Caller caller, @RequestParam(required = false) @Nullable UUID dossier,
                @RequestParam(required = false) @Nullable UUID session, Model model) {
        model.addAttribute("sessions", sessions.find(caller.organisationId(), null, Instant.now().minusSeconds(6 * 3600),
                null, PageRequest.first(50)).items());
        if (session != null) {
            var chosen = sessions.get(caller.organisationId(), session);
            model.addAttribute("chosen", chosen);
            model.addAttribute("availability", sessions.availability(caller.organisationId(), session));
            model.addAttribute("seats", sessions.seats(caller.organisationId(), session));
            model.addAttribute("tariffs", catalog.tariffs(caller.organisationId(), chosen.eventId()));
        }
        if (dossier != null) {
            model.addAttribute("dossier", dossiers.get(caller, dossier));
        }
        return "booking/sale";
    }

    @PostMapping("/lines")
    String add(Caller caller, @RequestParam(required = false) @Nullable UUID dossier, @RequestParam UUID session,
               @RequestParam(required = false) @Nullable UUID quota,
               @RequestParam(required = false) @Nullable Integer quantity,
               @RequestParam(required = false) @Nullable List<UUID> seatIds,
               @RequestParam(required = false) @Nullable UUID tariff, RedirectAttributes flash) {
        UUID target = dossier;
        try {
            if (target == null) {
                target = carts.open(caller, null).id();
            }
            if (seatIds != null && !seatIds.isEmpty()) {
                carts.addSeats(caller, target, null, session, seatIds, tariff);
            } else if (quota != null && quantity != null && quantity > 0 && quantity <= 100) {
                carts.addPlaces(caller, target, null, session, quota, quantity, tariff);
            } else {
                flash.addFlashAttribute("error", "sale.chooseSomething");
            }
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
        }
        return "redirect:/sale?session=" + session + (target == null ? "" : "&dossier=" + target);
    }
}
