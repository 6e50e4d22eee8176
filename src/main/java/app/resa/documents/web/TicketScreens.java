package app.resa.documents.web;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.documents.CheckInResult;
import app.resa.documents.CheckIns;
import app.resa.documents.TicketList;
import app.resa.documents.TicketPrinting;
import app.resa.documents.TicketStatus;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;
import app.resa.ticketing.SessionCatalog;

/**
 * The ticket list (the seed's "Liste des billets"), printing from the dossier detail, and the
 * check-in screen at the door: one field that a hand scanner types into, Enter, and a big result.
 */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class TicketScreens {

    private static final String RECENT = "documents.recentScans";
    private static final int RECENT_KEPT = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SCANNED = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TicketPrinting printing;
    private final TicketList list;
    private final CheckIns checkIns;
    private final SessionCatalog catalog;
    private final Organisations organisations;
    private final Clock clock;

    TicketScreens(TicketPrinting printing, TicketList list, CheckIns checkIns, SessionCatalog catalog,
                  Organisations organisations, Clock clock) {
        this.clock = clock;
        this.printing = printing;
        this.list = list;
        this.checkIns = checkIns;
        this.catalog = catalog;
        this.organisations = organisations;
    }

    /** The dossier detail's "Print tickets": the PDF, or back to the dossier saying why not. */
    @GetMapping("/dossiers/{id}/tickets.pdf")
    @PreAuthorize("hasRole('AGENT')")
    @Nullable String print(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> lineIds,
                           Locale locale, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        TicketPrinting.PrintedTickets printed;
        try {
            printed = printing.print(caller, id, lineIds == null ? List.of() : lineIds, locale);
        } catch (BusinessRuleViolation e) {
            if (e.status() == 404) {
                throw e;
            }
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/dossiers/" + id;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("tickets-" + printed.dossierNumber() + ".pdf").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(printed.pdf().length);
        response.getOutputStream().write(printed.pdf());
        // Written here: returning null tells Spring MVC there is no view to render.
        return null;
    }

    @GetMapping("/tickets")
    String tickets(Caller caller, @RequestParam(required = false) @Nullable UUID sessionId,
                   @RequestParam(required = false) @Nullable UUID eventId,
                   @RequestParam(required = false) @Nullable Long dossierNumber,
                   @RequestParam(required = false) @Nullable TicketStatus status,
                   @RequestParam(required = false) @Nullable Boolean checkedIn,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new TicketList.Filter(sessionId, eventId, dossierNumber, status, checkedIn);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("events", catalog.events(caller.organisationId()));
        model.addAttribute("tickets", list.page(caller, filter,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        return "documents/tickets";
    }

    @GetMapping("/check-in")
    @PreAuthorize("hasRole('AGENT')")
    String checkInScreen(HttpSession session, Model model) {
        model.addAttribute("recent", recent(session));
        return "documents/check-in";
    }

    @PostMapping("/check-in")
    @PreAuthorize("hasRole('AGENT')")
    String checkIn(Caller caller, @RequestParam(defaultValue = "") String secret, HttpSession session, Model model) {
        if (!secret.isBlank() && secret.length() <= 200) {
            var result = checkIns.checkIn(caller, secret);
            var scan = Scan.of(result, zone(caller), clock);
            var recent = recent(session);
            recent.addFirst(scan);
            while (recent.size() > RECENT_KEPT) {
                recent.removeLast();
            }
            session.setAttribute(RECENT, recent);
            model.addAttribute("scan", scan);
        }
        model.addAttribute("recent", recent(session));
        return "documents/check-in";
    }

    private ZoneId zone(Caller caller) {
        return organisations.zoneOf(caller.organisationId());
    }

    /**
     * The last scans of this operator, kept in the HTTP session: they only help the person at the
     * door see what just happened, and losing them loses nothing.
     */
    @SuppressWarnings("unchecked")
    private static ArrayList<Scan> recent(HttpSession session) {
        var kept = session.getAttribute(RECENT);
        return kept instanceof ArrayList<?> list ? new ArrayList<>((List<Scan>) list) : new ArrayList<>();
    }

    /** One scan as the screen shows it, times already in the organisation's zone. */
    record Scan(String outcome, @Nullable Long ticketNumber, @Nullable String eventName, @Nullable String sessionAt,
                @Nullable String place, @Nullable Long dossierNumber, @Nullable String at, @Nullable String by,
                @Nullable String pointOfSale, String scannedAt) implements java.io.Serializable {

        static Scan of(CheckInResult result, ZoneId zone, Clock clock) {
            var t = result.ticket();
            return new Scan(result.outcome().name(), t == null ? null : t.number(), t == null ? null : t.eventName(),
                    t == null ? null : WHEN.format(t.startsAt().atZone(zone)),
                    t == null ? null : t.seatLabel() != null ? t.seatLabel() : t.quotaName(),
                    t == null ? null : t.dossierNumber(),
                    result.at() == null ? null : WHEN.format(result.at().atZone(zone)), result.by(),
                    result.pointOfSale(), SCANNED.format(clock.instant().atZone(zone)));
        }
    }

}
