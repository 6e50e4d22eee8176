package app.resa.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.inventory.AllocationId;
import app.resa.inventory.Claims;
import app.resa.inventory.HoldsExpired;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/**
 * What a counter does to a dossier once it has lines: reserve, put on option, confirm, cancel,
 * split — on the chosen lines or on all of them. Each operation is all or nothing: the dossier
 * is locked, the lines move, the history is written, and the inventory moves last; any refusal
 * rolls the whole of it back.
 */
@Service
public class DossierOperations {

    private final Dossiers dossiers;
    private final Claims claims;
    private final DossierHistory history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierOperations(Dossiers dossiers, Claims claims, DossierHistory history, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.claims = claims;
        this.history = history;
        this.clock = clock;
    }

    public Dossier get(Caller caller, UUID dossierId) {
        return dossiers.find(caller.organisationId(), dossierId)
                .orElseThrow(() -> NotFoundException.of("Dossier", dossierId));
    }

    public UUID idOfNumber(Caller caller, long number) {
        return dossiers.idOfNumber(caller.organisationId(), number)
                .orElseThrow(() -> NotFoundException.of("Dossier number", number));
    }

    /** Blocks the places; an option carries its own deadline. Tickets are not printable yet. */
    @Transactional
    public Dossier reserve(Caller caller, UUID dossierId, @Nullable Long expectedVersion, Collection<UUID> lineIds,
                           @Nullable Instant optionUntil) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var lines = dossier.reserve(lineIds, optionUntil, now);
        save(caller, dossier, lines, optionUntil == null ? "RESERVED" : "OPTION",
                optionUntil == null ? "" : " until " + optionUntil, now);
        claims.reserve(caller.organisationId(), allocations(lines), optionUntil);
        return dossier;
    }

    @Transactional
    public Dossier confirm(Caller caller, UUID dossierId, @Nullable Long expectedVersion, Collection<UUID> lineIds) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var lines = dossier.confirm(lineIds);
        save(caller, dossier, lines, "CONFIRMED", "", now);
        // Listeners (billing's charges) run here, in this transaction, and before the inventory
        // moves: the pool rows are locked only from that last statement to the commit (§4b).
        events.publishEvent(new DossierLinesConfirmed(caller.organisationId(), dossier.id(), dossier.contactId(),
                caller, lines.stream().map(DossierLinesConfirmed.Line::of).toList()));
        claims.confirm(caller.organisationId(), allocations(lines));
        return dossier;
    }

    @Transactional
    public Dossier cancel(Caller caller, UUID dossierId, @Nullable Long expectedVersion, Collection<UUID> lineIds) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var wasSold = dossier.lines().stream().filter(l -> l.status() == LineStatus.CONFIRMED)
                .map(DossierLine::id).toList();
        var lines = dossier.cancel(lineIds);
        save(caller, dossier, lines, "CANCELLED", "", now);
        var sold = lines.stream().map(DossierLine::id).filter(wasSold::contains).toList();
        if (!sold.isEmpty()) {
            events.publishEvent(new DossierLinesCancelled(caller.organisationId(), dossier.id(), caller, sold));
        }
        claims.release(caller.organisationId(), allocations(lines));
        return dossier;
    }

    /** The chosen lines move, with their claims, to a new dossier of the same contact. */
    @Transactional
    public Dossier split(Caller caller, UUID dossierId, @Nullable Long expectedVersion, Collection<UUID> lineIds) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var moved = dossier.splitOff(lineIds);
        var other = Dossier.open(caller, dossiers.nextNumber(caller.organisationId()), dossier.contactId(), now);
        other.receive(moved);
        dossiers.insert(other);
        dossiers.move(caller.organisationId(), moved, other.id());
        dossier.touch(caller, now);
        dossiers.update(dossier);
        history.record(caller, dossier.id(), "SPLIT", describe(moved) + " moved to dossier " + other.number(), now);
        history.record(caller, other.id(), "SPLIT", describe(moved) + " moved from dossier " + dossier.number(), now);
        events.publishEvent(new DossierLinesSplit(caller.organisationId(), dossier.id(), other.id(),
                other.number(), dossier.contactId(), caller, moved.stream().map(DossierLine::id).toList()));
        claims.transfer(caller.organisationId(), allocations(moved), other.id());
        return other;
    }

    /** Cart lines whose holds ran out are marked expired, so the dossier says what it still has. */
    @ApplicationModuleListener
    void on(HoldsExpired event) {
        var system = new Caller(event.organisationId(), null, "system", null, Set.of());
        var allocations = event.allocations().stream().map(AllocationId::value).toList();
        for (UUID dossierId : dossiers.holdingAllocations(event.organisationId(), allocations)) {
            dossiers.lock(event.organisationId(), dossierId).ifPresent(dossier -> {
                var expired = dossier.expire(event.allocations());
                if (!expired.isEmpty()) {
                    save(system, dossier, expired, "EXPIRED", "", clock.instant());
                }
            });
        }
    }

    private void save(Caller caller, Dossier dossier, List<DossierLine> lines, String action, String more, Instant now) {
        dossier.touch(caller, now);
        dossiers.update(dossier);
        dossiers.updateStatus(caller.organisationId(), lines);
        history.record(caller, dossier.id(), action, describe(lines) + more, now);
    }


    private static List<AllocationId> allocations(List<DossierLine> lines) {
        return lines.stream().map(DossierLine::allocationId).toList();
    }

    private static String describe(List<DossierLine> lines) {
        return lines.size() + " line(s): " + String.join(", ", lines.stream()
                .map(l -> l.quantity() + " × " + l.product() + (l.seatLabel() == null ? "" : " " + l.seatLabel()))
                .toList());
    }
}
