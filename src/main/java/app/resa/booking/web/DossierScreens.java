package app.resa.booking.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.booking.DossierCsv;
import app.resa.booking.DossierHistory;
import app.resa.booking.DossierList;
import app.resa.booking.DossierOperations;
import app.resa.booking.DossierSearch;
import app.resa.booking.DossierStatus;
import app.resa.booking.PrintStatus;
import app.resa.booking.RecentDossiers;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/** The dossier list (the seed's "Liste des dossiers") and the dossier detail with its operations. */
@Screen
@RequestMapping("/dossiers")
@PreAuthorize("hasRole('VIEWER')")
class DossierScreens {

    private final DossierList list;
    private final DossierOperations operations;
    private final DossierHistory history;
    private final RecentDossiers recent;
    private final DossierCsv csv;
    private final Organisations organisations;
    private final ListChoices choices;

    DossierScreens(DossierList list, DossierOperations operations, DossierHistory history, RecentDossiers recent,
                   DossierCsv csv, Organisations organisations, ListChoices choices) {
        this.choices = choices;
        this.list = list;
        this.operations = operations;
        this.history = history;
        this.recent = recent;
        this.csv = csv;
        this.organisations = organisations;
    }

    private ZoneId zone(Caller caller) {
        return organisations.zoneOf(caller.organisationId());
    }

    @GetMapping
    String list(Caller caller, @Valid ListForm form, @RequestParam(defaultValue = "CREATED_DESC") DossierSearch.Sort sort,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sort", sort);
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("printStatuses", PrintStatus.values());
        model.addAttribute("contactTypes", choices.contactTypes(caller));
        model.addAttribute("events", choices.events(caller));
        model.addAttribute("dossiers", list.page(caller, form.toFilter(zone(caller)), sort,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        return "booking/list";
    }

    @GetMapping("/export.csv")
    void export(Caller caller, @Valid ListForm form, @RequestParam(defaultValue = "CREATED_DESC") DossierSearch.Sort sort,
                HttpServletResponse response) throws IOException {
        csv.write(caller, form.toFilter(zone(caller)), sort, response);
    }

    /** The last dossier handled, as the seed's "Détail d'un dossier" opens by default. */
    @GetMapping("/last")
    String last(Caller caller) {
        var recents = caller.userId() == null ? List.<RecentDossiers.Recent>of()
                : recent.of(caller.organisationId(), caller.userId());
        return recents.isEmpty() ? "redirect:/dossiers" : "redirect:/dossiers/" + recents.getFirst().id();
    }

    @GetMapping("/{id}")
    String show(Caller caller, @PathVariable UUID id, Model model) {
        var dossier = operations.get(caller, id);
        if (caller.userId() != null) {
            recent.visited(caller.organisationId(), caller.userId(), id, Instant.now());
            model.addAttribute("recent", recent.of(caller.organisationId(), caller.userId()));
        } else {
            model.addAttribute("recent", List.of());
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("history", history.of(caller.organisationId(), id));
        return "booking/detail";
    }

    /** Reserve, option, confirm, cancel or split the lines ticked on the detail (none ticked: all). */
    @PostMapping("/{id}/{operation}")
    @PreAuthorize("hasRole('AGENT')")
    String operate(Caller caller, @PathVariable UUID id, @PathVariable String operation, @RequestParam long version,
                   @RequestParam(required = false) @Nullable List<UUID> lineIds,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
                   RedirectAttributes flash) {
        var lines = lineIds == null ? List.<UUID>of() : lineIds;
        try {
            var target = switch (operation) {
                case "reserve" -> operations.reserve(caller, id, version, lines, null);
                case "option" -> operations.reserve(caller, id, version, lines, endOf(until, zone(caller)));
                case "confirm" -> operations.confirm(caller, id, version, lines);
                case "cancel" -> operations.cancel(caller, id, version, lines);
                case "split" -> operations.split(caller, id, version, lines);
                default -> throw app.resa.shared.NotFoundException.of("Operation", operation);
            };
            flash.addFlashAttribute("message", "dossiers.done." + operation);
            return "redirect:/dossiers/" + target.id();
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/dossiers/" + id;
        }
    }

    /** An option runs to the end of the chosen day in the organisation's time zone. */
    private static Instant endOf(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? Instant.EPOCH : LocalDateTime.of(day, LocalTime.of(23, 59)).atZone(zone).toInstant();
    }

    /** The list's filters as the form sends them. */
    record ListForm(@Nullable Long number, @Nullable DossierStatus status, @Nullable PrintStatus printStatus,
                    @Nullable UUID contactId,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate createdFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate createdTo,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate modifiedFrom,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate modifiedTo,
                    @Nullable UUID product, @Size(max = 200) @Nullable String contact, @Nullable UUID contactTypeId,
                    @Nullable Boolean includeClosedSeasons) {

        /** Days are the organisation's days: "created on the 3rd" means in its time zone. */
        DossierSearch.DossierFilter toFilter(ZoneId zone) {
            return new DossierSearch.DossierFilter(number, status, printStatus, contactId, start(createdFrom, zone),
                    start(createdTo == null ? null : createdTo.plusDays(1), zone), null, null,
                    start(modifiedFrom, zone), start(modifiedTo == null ? null : modifiedTo.plusDays(1), zone),
                    null, null, product, contact, contactTypeId, Boolean.TRUE.equals(includeClosedSeasons));
        }

        private static @Nullable Instant start(@Nullable LocalDate day, ZoneId zone) {
            return day == null ? null : day.atStartOfDay(zone).toInstant();
        }
    }
}
