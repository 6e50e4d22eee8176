package app.resa.booking.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.booking.ChangePreview;
import app.resa.booking.ChangeRefusedException;
import app.resa.booking.Dossier;
import app.resa.booking.DossierChanges;
import app.resa.booking.DossierLine;
import app.resa.booking.DossierOperations;
import app.resa.booking.LineStatus;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.StaleVersionException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;
import app.resa.ticketing.SessionCatalog;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.Tariff;

/**
 * The change screen ("Reprendre"): the lines taken back from the dossier detail, each with its
 * removal, exchange and tariff controls; the sale screen's session, quota and seat pickers to add
 * places or choose an exchange's new place; the price difference; "Apply changes" sends the whole
 * queue at once to {@link DossierChanges}, which re-checks everything.
 */
@Screen
@RequestMapping("/dossiers/{id}/changes")
@PreAuthorize("hasRole('AGENT')")
class ChangeScreens {

    private final DossierOperations operations;
    private final DossierChanges changes;
    private final SessionPlanning sessions;
    private final SessionCatalog catalog;

    ChangeScreens(DossierOperations operations, DossierChanges changes, SessionPlanning sessions,
                  SessionCatalog catalog) {
        this.operations = operations;
        this.changes = changes;
        this.sessions = sessions;
        this.catalog = catalog;
    }

    /** Every live line resumed, at the version just read. */
    @GetMapping
    String resume(Caller caller, @PathVariable UUID id, Model model, RedirectAttributes flash) {
        var dossier = operations.get(caller, id);
        var queue = new ChangeQueue(dossier.version(), resumable(dossier, null), null, null, null, null);
        return render(caller, dossier, queue, null, null, null, model, flash);
    }

    /** Each step of the editing: the page comes back with its queue and one command to apply to it. */
    @PostMapping("/edit")
    String edit(Caller caller, @PathVariable UUID id, ChangeForm form, Model model, RedirectAttributes flash) {
        var dossier = operations.get(caller, id);
        var queue = form.queue(dossier);
        UUID session = form.session();
        UUID exchangeLine = form.exchangeLine();
        String command = form.command() == null ? "refresh" : form.command();
        String queued = null;
        int queuedFrom = 0;
        List<String> before = List.of();
        if (command.startsWith("exchange:")) {
            var line = dossier.lines().stream().filter(l -> l.id().toString().equals(command.substring(9)))
                    .findFirst().orElse(null);
            if (line != null) {
                exchangeLine = line.id();
                session = line.sessionId();
            }
        } else if (command.equals("cancelExchange")) {
            exchangeLine = null;
        } else if (command.equals("queueAdd") && session != null) {
            queued = "add";
            before = List.copyOf(queue.additions);
            queuedFrom = queue.additions.size();
            queue.add(session, form.quota(), form.quantity(), form.seatIds(), form.tariff());
        } else if (command.equals("queueExchange") && session != null && exchangeLine != null) {
            queued = "exchange";
            before = List.copyOf(queue.exchanges);
            queue.exchange(exchangeLine, session, form.quota(), form.seatIds());
            queuedFrom = queue.exchanges.size() - 1;
            exchangeLine = null;
        } else if (command.matches("drop:(add|exchange):\\d{1,3}")) {
            var parts = command.split(":");
            queue.drop(parts[1], Integer.parseInt(parts[2]));
        }
        var undo = queued == null ? null : new Undo(queued, queuedFrom, before);
        return render(caller, dossier, queue, session, exchangeLine, undo, model, flash);
    }

    @PostMapping("/apply")
    String apply(Caller caller, @PathVariable UUID id, ChangeForm form, Model model, RedirectAttributes flash) {
        var dossier = operations.get(caller, id);
        var queue = form.queue(dossier);
        try {
            changes.apply(caller, id, queue.version, queue.toChangeSet());
            flash.addFlashAttribute("message", "changes.applied");
            return "redirect:/dossiers/" + id;
        } catch (StaleVersionException e) {
            flash.addFlashAttribute("error", "error.stale-version");
            return "redirect:/dossiers/" + id;
        } catch (BusinessRuleViolation e) {
            model.addAttribute("refusal", Refusal.of(e));
            return render(caller, dossier, queue, form.session(), form.exchangeLine(), null, model, flash);
        }
    }

    private String render(Caller caller, Dossier dossier, ChangeQueue queue, @Nullable UUID session,
                          @Nullable UUID exchangeLine, @Nullable Undo undo, Model model, RedirectAttributes flash) {
        UUID org = caller.organisationId();
        ChangePreview preview = null;
        if (!queue.isEmpty()) {
            try {
                preview = changes.preview(caller, dossier.id(), queue.version, queue.toChangeSet());
            } catch (StaleVersionException e) {
                flash.addFlashAttribute("error", "error.stale-version");
                return "redirect:/dossiers/" + dossier.id();
            } catch (BusinessRuleViolation e) {
                model.addAttribute("refusal", Refusal.of(e));
                if (undo != null && e instanceof ChangeRefusedException refused && undo.undoes(refused, queue)
                        && !queue.isEmpty()) {
                    // The operation just queued cannot be: it is not kept, and the rest is shown again.
                    preview = previewOrNull(caller, dossier, queue);
                }
            }
        }
        var after = preview == null ? dossier : preview.dossier();
        model.addAttribute("dossier", dossier);
        model.addAttribute("queue", queue);
        model.addAttribute("preview", preview);
        model.addAttribute("after", after);
        model.addAttribute("marks", marks(dossier, after));
        model.addAttribute("labels", labels(dossier, queue, preview));
        model.addAttribute("tariffsByEvent", tariffsByEvent(org, dossier, queue));
        model.addAttribute("exchangeLine", exchangeLine == null ? null : dossier.lines().stream()
                .filter(l -> l.id().equals(exchangeLine)).findFirst().orElse(null));
        model.addAttribute("sessions", sessions.find(org, null, Instant.now().minusSeconds(6 * 3600), null,
                PageRequest.first(50)).items());
        if (session != null) {
            var chosen = sessions.get(org, session);
            model.addAttribute("chosen", chosen);
            model.addAttribute("availability", sessions.availability(org, session));
            model.addAttribute("seats", sessions.seats(org, session));
            model.addAttribute("tariffs", catalog.tariffs(org, chosen.eventId()));
        }
        return "booking/changes";
    }

    private @Nullable ChangePreview previewOrNull(Caller caller, Dossier dossier, ChangeQueue queue) {
        try {
            return changes.preview(caller, dossier.id(), queue.version, queue.toChangeSet());
        } catch (BusinessRuleViolation e) {
            return null;
        }
    }

    /** The lines ticked on the detail, or all of them; only live lines can be changed. */
    static Set<UUID> resumable(Dossier dossier, @Nullable List<UUID> chosen) {
        var resumed = new LinkedHashSet<UUID>();
        dossier.lines().stream().filter(l -> l.status() != LineStatus.CANCELLED && l.status() != LineStatus.EXPIRED)
                .filter(l -> chosen == null || chosen.isEmpty() || chosen.contains(l.id()))
                .forEach(l -> resumed.add(l.id()));
        return resumed;
    }

    /** How each line of the result differs from the dossier as it stands: new, removed, exchanged, re-priced. */
    private static Map<UUID, String> marks(Dossier dossier, Dossier after) {
        var current = new HashMap<UUID, DossierLine>();
        dossier.lines().forEach(l -> current.put(l.id(), l));
        var marks = new HashMap<UUID, String>();
        for (DossierLine line : after.lines()) {
            var was = current.get(line.id());
            String mark = was == null ? "new"
                    : was.status() != line.status() ? "removed"
                    : !was.allocationId().equals(line.allocationId()) ? "exchanged"
                    : !was.unitPrice().equals(line.unitPrice()) || !java.util.Objects.equals(was.tariffId(), line.tariffId())
                    ? "repriced" : "kept";
            marks.put(line.id(), mark);
        }
        return marks;
    }

    /** What each queued addition and exchange reads as, from the preview (one new line per addition). */
    private static Map<String, List<String>> labels(Dossier dossier, ChangeQueue queue, @Nullable ChangePreview preview) {
        var additions = new ArrayList<String>();
        var exchanges = new ArrayList<String>();
        if (preview != null) {
            var ids = dossier.lines().stream().map(DossierLine::id).toList();
            preview.dossier().lines().stream().filter(l -> !ids.contains(l.id())).forEach(l -> additions.add(describe(l)));
            for (String token : queue.exchanges) {
                var exchange = ChangeQueue.exchange(token);
                preview.dossier().lines().stream().filter(l -> exchange != null && l.id().equals(exchange.lineId()))
                        .findFirst().ifPresent(l -> exchanges.add(describe(l)));
            }
        }
        while (additions.size() < queue.additions.size()) {
            additions.add("#" + (additions.size() + 1));
        }
        while (exchanges.size() < queue.exchanges.size()) {
            exchanges.add("#" + (exchanges.size() + 1));
        }
        return Map.of("add", additions, "exchange", exchanges);
    }

    private static String describe(DossierLine line) {
        return line.quantity() + " × " + line.product() + (line.seatLabel() == null ? "" : " " + line.seatLabel())
                + (line.tariffName() == null ? "" : " — " + line.tariffName());
    }

    private Map<UUID, List<Tariff>> tariffsByEvent(UUID org, Dossier dossier, ChangeQueue queue) {
        var byEvent = new LinkedHashMap<UUID, List<Tariff>>();
        dossier.lines().stream().filter(l -> queue.resumed.contains(l.id()))
                .forEach(l -> byEvent.computeIfAbsent(l.eventId(), event -> catalog.tariffs(org, event)));
        return byEvent;
    }

    /** A refusal as the page shows it: which operation (1-based), and the reason's message key. */
    record Refusal(@Nullable String operation, int number, String code) {
        static Refusal of(BusinessRuleViolation e) {
            return e instanceof ChangeRefusedException refused
                    ? new Refusal(refused.operation(), refused.index() + 1, e.code())
                    : new Refusal(null, 0, e.code());
        }
    }

    /** How to take back an operation just queued if the preview refuses it. */
    record Undo(String operation, int from, List<String> before) {
        boolean undoes(ChangeRefusedException refused, ChangeQueue queue) {
            if (!refused.operation().equals(operation) || refused.index() < from) {
                return false;
            }
            var list = operation.equals("add") ? queue.additions : queue.exchanges;
            list.clear();
            list.addAll(before);
            return true;
        }
    }

    /** The page's fields as they come back: the queue, and the picker's choices. */
    record ChangeForm(@Nullable Long version, @Nullable List<UUID> lineIds, @Nullable List<UUID> resumed,
                      @Nullable List<UUID> remove, @Nullable List<String> retariff, @Nullable List<String> add,
                      @Nullable List<String> exchange, @Nullable UUID session, @Nullable UUID exchangeLine,
                      @Nullable UUID quota, @Nullable Integer quantity, @Nullable List<UUID> seatIds,
                      @Nullable UUID tariff, @Nullable String command) {

        /** From the detail: the lines ticked there; later steps carry the resumed lines themselves. */
        ChangeQueue queue(Dossier dossier) {
            var chosen = resumed != null && !resumed.isEmpty() ? new LinkedHashSet<>(resumed) : resumable(dossier, lineIds);
            return new ChangeQueue(version == null ? dossier.version() : version, chosen, remove, retariff, add,
                    exchange);
        }
    }
}
