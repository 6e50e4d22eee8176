package app.resa.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import app.resa.inventory.Allocation;
import app.resa.inventory.AllocationId;
import app.resa.inventory.Claims;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.StaleVersionException;

/**
 * A dossier taken back to be changed ("Reprendre"): a {@link ChangeSet} is applied all or
 * nothing in one transaction, at the version the operator read. The dossier is locked, the plan
 * worked out, the rows and one history entry written, and the inventory moved last — claims
 * given back, new places taken and brought to the dossier's state. Any refusal (capacity, a
 * taken seat, a stale version) rolls all of it back and names the operation that failed. Lines
 * the change set does not name keep their claims untouched throughout.
 */
@Service
public class DossierChanges {

    /** A claim brought to its line's state in the same transaction only needs to outlive it. */
    private static final Duration SETTLED_AT_ONCE = Duration.ofMinutes(5);

    private final Dossiers dossiers;
    private final ChangePlanning planning;
    private final Claims claims;
    private final DossierHistory history;
    private final CartTimer timer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierChanges(Dossiers dossiers, ChangePlanning planning, Claims claims, DossierHistory history,
                   CartTimer timer, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.planning = planning;
        this.claims = claims;
        this.history = history;
        this.timer = timer;
        this.clock = clock;
    }

    /**
     * What the change set would make of the dossier and the price difference. The capacity is
     * taken as applying would take it, so the preview already names the operation that would be
     * refused ({@code add[1]}: 409 {@code seat-unavailable}), and given back with everything else:
     * the transaction is rolled back, whatever happens. Applying checks again.
     */
    @Transactional
    public ChangePreview preview(Caller caller, UUID dossierId, @Nullable Long expectedVersion, ChangeSet changes) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        Instant now = clock.instant();
        UUID org = caller.organisationId();
        var dossier = dossiers.find(org, dossierId).orElseThrow(() -> NotFoundException.of("Dossier", dossierId));
        if (expectedVersion != null && dossier.version() != expectedVersion) {
            throw StaleVersionException.of("Dossier", dossierId, expectedVersion);
        }
        var held = claims.of(org, dossierId);
        var plan = planning.plan(caller, dossier, changes, held, now);
        claim(org, dossier, plan, held, now.plus(SETTLED_AT_ONCE));
        var after = dossier.totals();
        return new ChangePreview(dossier.version(), plan.before, after, ChangePreview.difference(plan.before, after),
                List.copyOf(plan.summary), dossier);
    }

    /** Applies the change set to the dossier at {@code expectedVersion} (412 otherwise); the dossier as it now stands. */
    @Transactional
    public Dossier apply(Caller caller, UUID dossierId, long expectedVersion, ChangeSet changes) {
        Instant now = clock.instant();
        UUID org = caller.organisationId();
        var dossier = dossiers.lockForChange(org, dossierId, expectedVersion);
        var held = claims.of(org, dossierId);
        var sold = dossier.lines().stream().filter(line -> line.status() == LineStatus.CONFIRMED)
                .map(DossierLine::id).toList();
        var plan = planning.plan(caller, dossier, changes, held, now);
        Instant until = holdUntil(caller, dossier, plan, now);

        dossier.touch(caller, now);
        dossiers.update(dossier);
        plan.added.forEach(added -> dossiers.insert(dossier, added.what().line()));
        plan.exchanged.forEach(exchanged -> dossiers.updateClaim(org, exchanged.what().line()));
        plan.retariffed.forEach(line -> dossiers.updateTariff(org, line));
        dossiers.updateStatus(org, plan.removed);
        history.record(caller, dossier.id(), "CHANGED", plan.describe(dossier.totals()), now);
        var exchanged = plan.exchanged.stream().map(planned -> planned.what().line().id()).toList();
        if (!exchanged.isEmpty()) {
            events.publishEvent(new DossierLinesExchanged(org, dossier.id(), exchanged));
        }
        charged(caller, dossier, plan, sold);

        if (plan.state == LineStatus.CART && dossier.holdsPlacesBesides(plan.added.stream()
                .map(added -> added.what().line()).toList())) {
            claims.renewHolds(org, dossier.id(), until);
        }
        claim(org, dossier, plan, held, until);
        return dossier;
    }

    /** New places of a cart are held to the cart's deadline; any other state's are settled at once. */
    /**
     * Billing's charges follow the sale as DossierOperations tells it: sold lines removed or
     * re-priced are no longer charged as they were, and lines added to a sale (or re-priced) are
     * charged at their new price — in this transaction, before the inventory moves.
     */
    private void charged(Caller caller, Dossier dossier, ChangePlanning.Plan plan, List<UUID> sold) {
        var uncharged = new ArrayList<UUID>();
        plan.removed.stream().map(DossierLine::id).filter(sold::contains).forEach(uncharged::add);
        var retariffed = plan.retariffed.stream().filter(line -> sold.contains(line.id())).toList();
        retariffed.forEach(line -> uncharged.add(line.id()));
        if (!uncharged.isEmpty()) {
            events.publishEvent(new DossierLinesCancelled(caller.organisationId(), dossier.id(), caller, uncharged));
        }
        var charged = new ArrayList<DossierLine>(retariffed);
        plan.added.stream().map(added -> added.what().line())
                .filter(line -> line.status() == LineStatus.CONFIRMED).forEach(charged::add);
        if (!charged.isEmpty()) {
            events.publishEvent(new DossierLinesConfirmed(caller.organisationId(), dossier.id(), dossier.contactId(),
                    caller, charged.stream().map(DossierLinesConfirmed.Line::of).toList()));
        }
    }

    private Instant holdUntil(Caller caller, Dossier dossier, ChangePlanning.Plan plan, Instant now) {
        if (plan.state != LineStatus.CART) {
            return now.plus(SETTLED_AT_ONCE);
        }
        Instant deadline = timer.deadline(caller, dossier.cartStartedAt(), now);
        if (!deadline.isAfter(now)) {
            // As when a line is added to a cart past its lifetime: the new places start a new cart.
            dossier.restartCart(now);
            deadline = timer.deadline(caller, now, now);
        }
        return deadline;
    }

    /**
     * Gives back, then takes. Seats lock no bucket, so their claims are released first; counted
     * pools are visited in pool-id order — each pool's releases before its holds, so places freed
     * serve this change set's additions — and seats are taken in seat-id order, so two change
     * sets never lock the same things in opposite orders.
     */
    private void claim(UUID org, Dossier dossier, ChangePlanning.Plan plan, List<Allocation> held, Instant until) {
        Map<AllocationId, Allocation> live = new LinkedHashMap<>();
        held.forEach(allocation -> live.put(allocation.id(), allocation));
        var giveBack = new ArrayList<AllocationId>();
        plan.removed.forEach(line -> giveBack.add(line.allocationId()));
        plan.exchanged.forEach(exchanged -> giveBack.add(exchanged.what().old()));

        var seats = new ArrayList<AllocationId>();
        var byPool = new TreeMap<String, PoolMoves>();
        for (AllocationId id : giveBack) {
            var allocation = live.get(id);
            if (allocation == null || allocation.unitId() != null) {
                seats.add(id);  // a seat, or a claim already gone (an expired hold): nothing counted to give back
            } else {
                byPool.computeIfAbsent(allocation.poolId().value().toString(), k -> new PoolMoves()).release.add(id);
            }
        }
        var takes = new ArrayList<Take>();
        plan.added.forEach(added -> takes.add(new Take(added.operation(), added.index(), added.what().claim(),
                added.what().line(), until)));
        plan.exchanged.forEach(exchanged -> takes.add(new Take(exchanged.operation(), exchanged.index(),
                exchanged.what().claim(), exchanged.what().line(), exchanged.what().until())));
        var unitTakes = new ArrayList<Take>();
        for (Take take : takes) {
            var pool = take.claim().pool();
            if (pool == null) {
                unitTakes.add(take);
            } else {
                byPool.computeIfAbsent(pool.value().toString(), k -> new PoolMoves()).take.add(take);
            }
        }

        claims.release(org, seats);
        byPool.values().forEach(moves -> {
            claims.release(org, moves.release);
            moves.take.forEach(take -> take.hold(claims, org, dossier.id()));
        });
        unitTakes.sort(Comparator.comparing(take -> java.util.Objects.requireNonNull(take.claim().unit()).value()));
        unitTakes.forEach(take -> take.hold(claims, org, dossier.id()));

        var byState = new LinkedHashMap<LineStatus, List<AllocationId>>();
        takes.forEach(take -> byState.computeIfAbsent(take.line().status(), k -> new ArrayList<>()).add(take.claim().id()));
        byState.forEach((state, ids) -> NewClaim.settle(claims, org, state, dossier.optionUntil(), ids));
    }

    private static final class PoolMoves {
        final List<AllocationId> release = new ArrayList<>();
        final List<Take> take = new ArrayList<>();
    }

    /** A claim to take for a line, and the operation that asked for it (named if it is refused). */
    private record Take(String operation, int index, NewClaim claim, DossierLine line, Instant until) {

        void hold(Claims claims, UUID org, UUID dossierId) {
            ChangePlanning.during(operation, index, () -> {
                claim.hold(claims, org, dossierId, until);
                return claim;
            });
        }
    }
}
