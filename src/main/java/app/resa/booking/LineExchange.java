package app.resa.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.inventory.Allocation;
import app.resa.inventory.AllocationId;
import app.resa.inventory.AllocationState;
import app.resa.inventory.AllocationStateException;
import app.resa.inventory.Claims;
import app.resa.inventory.UnitId;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.SessionCatalog;

/**
 * Exchanging a line's place ("échange"): another seat of its session, or another session of its
 * event (a quota or a seat there). The line keeps its state and its price. As everywhere, the
 * dossier's rows are written first and the inventory claimed last — hold the new place under a
 * new allocation, bring it to the line's state, release the old one — so a refusal (409
 * {@code seat-unavailable}, {@code insufficient-capacity}) rolls all of it back.
 */
@Service
public class LineExchange {

    /** A hold that becomes a reservation or a sale in the same transaction only needs to outlive it. */
    private static final Duration MOVED_AT_ONCE = Duration.ofMinutes(5);

    private final Dossiers dossiers;
    private final Claims claims;
    private final SessionCatalog catalog;
    private final LineQuotes quotes;
    private final DossierHistory history;
    private final CartTimer timer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LineExchange(Dossiers dossiers, Claims claims, SessionCatalog catalog, LineQuotes quotes, DossierHistory history,
                 CartTimer timer, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.claims = claims;
        this.catalog = catalog;
        this.quotes = quotes;
        this.history = history;
        this.timer = timer;
        this.clock = clock;
    }

    /**
     * @param sessionId the new session, of the line's event; null keeps the line's session
     * @param quotaId   places of this quota of the session, or
     * @param seatId    this seat of the session (a line of one place only)
     */
    @Transactional
    public Dossier exchange(Caller caller, UUID dossierId, @Nullable Long expectedVersion, UUID lineId,
                            @Nullable UUID sessionId, @Nullable UUID quotaId, @Nullable UUID seatId) {
        Instant now = clock.instant();
        UUID org = caller.organisationId();
        var dossier = dossiers.lockForChange(org, dossierId, expectedVersion);
        var replacement = replace(caller, dossier, lineId, sessionId, quotaId, seatId, claims.of(org, dossierId), now);
        var line = replacement.line();

        dossier.touch(caller, now);
        dossiers.update(dossier);
        dossiers.updateClaim(org, line);
        history.record(caller, dossier.id(), "EXCHANGED", replacement.describe(), now);
        events.publishEvent(new DossierLinesExchanged(org, dossier.id(), List.of(line.id())));

        // Two counted buckets (quota to quota) are locked in a fixed order, as every claim on
        // several buckets is, so two opposite exchanges cannot deadlock. Seats lock no bucket.
        var oldClaim = replacement.oldClaim();
        var newPool = replacement.claim().pool();
        boolean releaseFirst = newPool != null && oldClaim != null && oldClaim.unitId() == null
                && oldClaim.poolId().value().toString().compareTo(newPool.value().toString()) < 0;
        if (releaseFirst) {
            claims.release(org, List.of(replacement.old()));
        }
        replacement.claim().hold(claims, org, dossierId, replacement.until());
        NewClaim.settle(claims, org, line.status(), dossier.optionUntil(), List.of(replacement.claim().id()));
        if (!releaseFirst) {
            claims.release(org, List.of(replacement.old()));
        }
        return dossier;
    }

    /**
     * Moves the line to its new place on the dossier (in memory) and says which claim to take
     * and which to give back; the caller writes the dossier, then claims. A change set reuses it.
     *
     * @param held the dossier's live claims ({@link Claims#of})
     */
    Replacement replace(Caller caller, Dossier dossier, UUID lineId, @Nullable UUID sessionId, @Nullable UUID quotaId,
                        @Nullable UUID seatId, List<Allocation> held, Instant now) {
        UUID org = caller.organisationId();
        var before = dossier.lines().stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> DossierRefusedException.lineNotFound(lineId));
        String was = place(before);
        AllocationId old = before.allocationId();
        UUID targetSession = sessionId == null ? before.sessionId() : sessionId;
        var session = catalog.session(org, targetSession).orElseThrow(() -> NotFoundException.of("Session", targetSession));
        var oldClaim = held.stream().filter(a -> a.id().equals(old)).findFirst().orElse(null);
        Instant until = holdUntil(caller, dossier, before.status(), oldClaim, now);

        NewClaim claim;
        DossierLine line;
        if (seatId != null) {
            if (session.seatPool() == null) {
                throw new CartManagement.UnseatedSessionException(session.id());
            }
            var seat = catalog.seat(org, session.id(), seatId).orElseThrow(() -> NotFoundException.of("Seat", seatId));
            claim = NewClaim.unit(new UnitId(seat.id()));
            line = dossier.exchange(lineId, session.eventId(), session.id(), quotes.product(caller, session), null,
                    seat.id(), seat.label(), claim.id());
        } else {
            UUID chosenQuota = quotaId == null ? before.quotaId() : quotaId;
            if (chosenQuota == null) {
                throw NotFoundException.of("Quota", lineId);
            }
            var quota = session.quota(chosenQuota).orElseThrow(() -> NotFoundException.of("Quota", chosenQuota));
            claim = NewClaim.places(quota.pool(), before.quantity());
            line = dossier.exchange(lineId, session.eventId(), session.id(),
                    quotes.product(caller, session) + " — " + quota.name(), quota.id(), null, null, claim.id());
        }
        return new Replacement(line, was, old, oldClaim, claim, until);
    }

    /** A line moved to a new place: the claim to take for it, and its old one to release. */
    record Replacement(DossierLine line, String was, AllocationId old, @Nullable Allocation oldClaim, NewClaim claim,
                       Instant until) {

        String describe() {
            return line.quantity() + " × " + was + " → " + place(line);
        }
    }

    /**
     * A cart line's new hold runs to the cart's deadline; a cart whose hold already ran out has
     * nothing to exchange (409 {@code allocation-state}: take the place again).
     */
    private Instant holdUntil(Caller caller, Dossier dossier, LineStatus status, @Nullable Allocation old,
                              Instant now) {
        if (status != LineStatus.CART) {
            return now.plus(MOVED_AT_ONCE);
        }
        Instant deadline = timer.deadline(caller, dossier.cartStartedAt(), now);
        boolean held = old != null && old.expiresAt() != null && old.expiresAt().isAfter(now);
        if (!deadline.isAfter(now) || !held) {
            throw AllocationStateException.of(AllocationState.HELD,
                    old == null ? List.of() : List.of(old.id()));
        }
        return deadline;
    }

    private static String place(DossierLine line) {
        return line.product() + (line.seatLabel() == null ? "" : " " + line.seatLabel());
    }
}
