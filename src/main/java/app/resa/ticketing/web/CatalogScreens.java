package app.resa.ticketing.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.Forms;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;
import app.resa.ticketing.Availability;
import app.resa.ticketing.Event;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.NewTariff;
import app.resa.ticketing.SeasonManagement;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.TariffManagement;
import app.resa.ticketing.VenueManagement;

/** The catalog: events with their sessions and what is left to sell; forms to plan more; attendance per session. */
@Screen
@RequestMapping("/catalog")
@PreAuthorize("hasRole('VIEWER')")
class CatalogScreens {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EventManagement events;
    private final SeasonManagement seasons;
    private final SessionPlanning sessions;
    private final TariffManagement tariffs;
    private final VenueManagement venues;
    private final Organisations organisations;

    CatalogScreens(EventManagement events, SeasonManagement seasons, SessionPlanning sessions,
                   TariffManagement tariffs, VenueManagement venues, Organisations organisations) {
        this.events = events;
        this.seasons = seasons;
        this.sessions = sessions;
        this.tariffs = tariffs;
        this.venues = venues;
        this.organisations = organisations;
    }

    @GetMapping
    String catalog(Caller caller, Model model) {
        return page(caller, model, new EventForm(null, null), new SessionForm(null, null, null, null, null, null,
                null, null, null), new TariffForm(null, null, "full", null, null, currency(caller)));
    }

    @GetMapping("/sessions/{id}")
    String attendance(Caller caller, @PathVariable UUID id, Model model) {
        var session = sessions.get(caller.organisationId(), id);
        model.addAttribute("planned", session);
        model.addAttribute("when", when(caller, session));
        model.addAttribute("availability", sessions.availability(caller.organisationId(), id));
        return "ticketing/attendance";
    }

    @PostMapping("/events")
    @PreAuthorize("hasRole('MANAGER')")
    String createEvent(Caller caller, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
                       Model model, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                events.create(caller, form.name(), form.seasonId());
                flash.addFlashAttribute("message", "catalog.event.created");
                return "redirect:/catalog";
            } catch (BusinessRuleViolation e) {
                reject(result, e);
            }
        }
        return page(caller, model, form, null, null);
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasRole('MANAGER')")
    String createSession(Caller caller, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
                         Model model, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                var session = sessions.plan(caller, form.toCommand(zone(caller)));
                flash.addFlashAttribute("message", "catalog.session.created");
                return "redirect:/catalog/sessions/" + session.id();
            } catch (BusinessRuleViolation e) {
                reject(result, e);
            }
        }
        return page(caller, model, null, form, null);
    }

    @PostMapping("/tariffs")
    @PreAuthorize("hasRole('MANAGER')")
    String createTariff(Caller caller, @Valid @ModelAttribute("tariffForm") TariffForm form, BindingResult result,
                        Model model, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                tariffs.create(caller, form.toCommand());
                flash.addFlashAttribute("message", "catalog.tariff.created");
                return "redirect:/catalog";
            } catch (BusinessRuleViolation e) {
                reject(result, e);
            }
        }
        return page(caller, model, null, null, form);
    }

    private String page(Caller caller, Model model, @Nullable EventForm eventForm, @Nullable SessionForm sessionForm,
                        @Nullable TariffForm tariffForm) {
        UUID org = caller.organisationId();
        if (eventForm != null) {
            model.addAttribute("eventForm", eventForm);
        } else if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", new EventForm(null, null));
        }
        if (sessionForm != null) {
            model.addAttribute("sessionForm", sessionForm);
        } else if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm(null, null, null, null, null, null, null, null, null));
        }
        if (tariffForm != null) {
            model.addAttribute("tariffForm", tariffForm);
        } else if (!model.containsAttribute("tariffForm")) {
            model.addAttribute("tariffForm", new TariffForm(null, null, "full", null, null, currency(caller)));
        }
        var all = events.all(org);
        var rows = new ArrayList<EventRow>();
        for (Event event : all) {
            var planned = sessions.find(org, event.id(), null, null, PageRequest.first(200)).items();
            var sessionRows = planned.stream().map(session -> new SessionRow(session, when(caller, session),
                    sessions.availability(org, session.id()))).toList();
            rows.add(new EventRow(event, sessionRows, tariffs.ofEvent(org, event.id()).size()));
        }
        model.addAttribute("events", rows);
        model.addAttribute("seasons", seasons.all(org));
        model.addAttribute("plans", venues.plans(org));
        return "ticketing/catalog";
    }

    /** A refusal names the API's field (quotas, price.amount); the form shows it by itself when it has no such field. */
    private static void reject(BindingResult result, BusinessRuleViolation e) {
        try {
            Forms.reject(result, e);
        } catch (RuntimeException notAFieldOfTheForm) {
            result.reject("error." + e.code(), e.getMessage());
        }
    }

    private String currency(Caller caller) {
        return organisations.find(caller.organisationId()).map(o -> o.currency()).orElse("EUR");
    }

    private ZoneId zone(Caller caller) {
        return organisations.zoneOf(caller.organisationId());
    }

    private String when(Caller caller, Session session) {
        return WHEN.format(session.startsAt().atZone(zone(caller)));
    }

    record EventRow(Event event, List<SessionRow> sessions, int tariffCount) {
    }

    record SessionRow(Session session, String when, Availability availability) {
    }

    record EventForm(@NotBlank @Size(max = 200) @Nullable String name, @Nullable UUID seasonId) {
    }

    /** A session with up to two quotas, as counter staff plan it; the time is the organisation's. */
    record SessionForm(@NotNull @Nullable UUID eventId,
                       @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
                       @Nullable UUID seatingPlanId,
                       @Size(max = 60) @Nullable String quotaName,
                       @PositiveOrZero @Max(1_000_000) @Nullable Integer quotaCapacity,
                       @Size(max = 20) @Nullable String quotaCategory,
                       @Size(max = 60) @Nullable String quota2Name,
                       @PositiveOrZero @Max(1_000_000) @Nullable Integer quota2Capacity,
                       @Size(max = 20) @Nullable String quota2Category) {

        NewSession toCommand(ZoneId zone) {
            var quotas = new ArrayList<NewSession.NewQuota>();
            if (quotaName != null && !quotaName.isBlank()) {
                quotas.add(new NewSession.NewQuota(quotaName, quotaCapacity == null ? 0 : quotaCapacity, quotaCategory));
            }
            if (quota2Name != null && !quota2Name.isBlank()) {
                quotas.add(new NewSession.NewQuota(quota2Name, quota2Capacity == null ? 0 : quota2Capacity, quota2Category));
            }
            return new NewSession(eventId, startsAt.atZone(zone).toInstant(), quotas, seatingPlanId);
        }
    }

    record TariffForm(@NotNull @Nullable UUID eventId, @NotBlank @Size(max = 100) @Nullable String name,
                      @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9-]{1,40}") @Nullable String audience,
                      @Size(max = 20) @Nullable String priceCategory,
                      @NotNull @jakarta.validation.constraints.DecimalMin("0") @Nullable BigDecimal amount,
                      @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{3}") @Nullable String currency) {

        NewTariff toCommand() {
            return new NewTariff(eventId, name, audience, priceCategory, new NewTariff.Price(amount, currency));
        }
    }
}
