package app.resa.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.contacts.ContactManagement;
import app.resa.inventory.AllocationId;
import app.resa.inventory.Claims;
import app.resa.inventory.UnitId;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionCatalog;

/**
 * Opening dossiers and putting places in their cart. The dossier's own rows are written first
 * and the capacity claimed last, so a pool row stays locked only until the commit; and as these
 * transactions only fill carts, that commit does not wait for the disk ({@link Claims#cartOnly()}).
 */
@Service
public class CartManagement {

    private final Dossiers dossiers;
    private final Claims claims;
    private final SessionCatalog catalog;
    private final ContactManagement contacts;
    private final LineQuotes quotes;
    private final DossierHistory history;
    private final CartTimer timer;
    private final Clock clock;

    CartManagement(Dossiers dossiers, Claims claims, SessionCatalog catalog, ContactManagement contacts,
                   LineQuotes quotes, DossierHistory history, CartTimer timer, Clock clock) {
        this.dossiers = dossiers;
        this.claims = claims;
        this.catalog = catalog;
        this.contacts = contacts;
        this.quotes = quotes;
        this.history = history;
        this.timer = timer;
        this.clock = clock;
    }

    @Transactional
    public Dossier open(Caller caller, @Nullable UUID contactId) {
        if (contactId != null) {
            contacts.get(caller, contactId);
        }
        var dossier = Dossier.open(caller, dossiers.nextNumber(caller.organisationId()), contactId, clock.instant());
        dossiers.insert(dossier);
        history.record(caller, dossier.id(), "OPENED", "Dossier " + dossier.number() + " opened", clock.instant());
        return dossier;
    }

    /**
     * A new dossier with its first places or seats, in one transaction: all of them are held or
     * the dossier is not opened at all. This is a web shop's "add to cart" for a new buyer — one
     * request instead of two, and no empty dossier left behind when the places are gone. A
     * refusal names the line: {@code lines[1]}.
     */
    @Transactional
    public Dossier open(Caller caller, @Nullable UUID contactId, List<ChangeSet.Addition> lines) {
        claims.cartOnly();
        // The dossier just inserted is invisible to others until commit: no need to lock and read it back.
        var dossier = open(caller, contactId);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            ChangePlanning.during("lines", i, () -> line.seatIds().isEmpty()
                    ? addPlaces(caller, dossier, line.sessionId(), Objects.requireNonNull(line.quotaId()),
                            line.quantity(), line.tariffId())
                    : addSeats(caller, dossier, line.sessionId(), line.seatIds(), line.tariffId()));
        }
        return dossier;
    }

    /** Places of a general-admission quota; the dossier as it now stands. */
    @Transactional
    public Dossier addPlaces(Caller caller, UUID dossierId, @Nullable Long expectedVersion, UUID sessionId,
                                 UUID quotaId, int quantity, @Nullable UUID tariffId) {
        claims.cartOnly();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        return addPlaces(caller, dossier, sessionId, quotaId, quantity, tariffId);
    }

    private Dossier addPlaces(Caller caller, Dossier dossier, UUID sessionId, UUID quotaId, int quantity,
                              @Nullable UUID tariffId) {
        Instant now = clock.instant();
        var session = session(caller, sessionId);
        var quota = session.quota(quotaId).orElseThrow(() -> NotFoundException.of("Quota", quotaId));
        var price = quotes.price(caller, session, quota.priceCategory(), tariffId);
        var line = new DossierLine(UUID.randomUUID(), LineStatus.CART, session.id(), session.eventId(),
                quotes.product(caller, session) + " — " + quota.name(), quota.id(), null, null, quantity, price.tariffId(),
                price.tariffName(), price.unitPrice(), new AllocationId(UUID.randomUUID()), now);
        dossier.add(line, now);
        Instant deadline = save(caller, dossier, List.of(line), now);
        claims.holdQuantity(line.allocationId(), caller.organisationId(), quota.pool(), quantity, null, dossier.id(),
                deadline);
        return dossier;
    }

    /** Chosen seats of a seated session, one line each; the dossier as it now stands. */
    @Transactional
    public Dossier addSeats(Caller caller, UUID dossierId, @Nullable Long expectedVersion, UUID sessionId,
                                      List<UUID> seatIds, @Nullable UUID tariffId) {
        claims.cartOnly();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        return addSeats(caller, dossier, sessionId, seatIds, tariffId);
    }

    private Dossier addSeats(Caller caller, Dossier dossier, UUID sessionId, List<UUID> seatIds,
                             @Nullable UUID tariffId) {
        Instant now = clock.instant();
        var session = session(caller, sessionId);
        if (session.seatPool() == null) {
            throw new UnseatedSessionException(sessionId);
        }
        // Seats are claimed in id order, so two buyers of overlapping seats never deadlock.
        var sorted = seatIds.stream().distinct().sorted().toList();
        var lines = new ArrayList<DossierLine>();
        String product = quotes.product(caller, session);
        var seats = catalog.seats(caller.organisationId(), session, sorted).stream()
                .collect(Collectors.toMap(SessionCatalog.Seat::id, seat -> seat));
        var prices = new HashMap<Optional<String>, LineQuotes.Price>();
        for (UUID seatId : sorted) {
            var seat = seats.get(seatId);
            if (seat == null) {
                throw NotFoundException.of("Seat", seatId);
            }
            // Seats of one price category cost the same: quote each category once.
            var price = prices.computeIfAbsent(Optional.ofNullable(seat.priceCategory()),
                    category -> quotes.price(caller, session, category.orElse(null), tariffId));
            var line = new DossierLine(UUID.randomUUID(), LineStatus.CART, session.id(), session.eventId(),
                    product, null, seat.id(), seat.label(), 1, price.tariffId(), price.tariffName(),
                    price.unitPrice(), new AllocationId(UUID.randomUUID()), now);
            dossier.add(line, now);
            lines.add(line);
        }
        Instant deadline = save(caller, dossier, lines, now);
        for (DossierLine line : lines) {
            claims.holdUnit(line.allocationId(), caller.organisationId(), new UnitId(line.seatId()), null, dossier.id(),
                    deadline, "seat-unavailable");
        }
        return dossier;
    }

    private Instant save(Caller caller, Dossier dossier, List<DossierLine> lines, Instant now) {
        Instant deadline = timer.deadline(caller, dossier.cartStartedAt(), now);
        if (!deadline.isAfter(now)) {
            // The cart outlived its maximum lifetime: none of its holds is renewed past it, so all
            // ran out (swept or not). The new line starts a new cart instead of a hold born expired.
            dossier.restartCart(now);
            deadline = timer.deadline(caller, now, now);
        }
        dossier.touch(caller, now);
        dossiers.update(dossier);
        lines.forEach(line -> dossiers.insert(dossier, line));
        history.record(caller, dossier.id(), "ADDED", lines.stream()
                .map(l -> l.quantity() + " × " + l.product() + (l.seatLabel() == null ? "" : " " + l.seatLabel()))
                .reduce((a, b) -> a + ", " + b).orElse(""), now);
        // The cart's other holds slide to the new deadline before the new places are claimed, so
        // nothing runs while the pool row is locked (DESIGN.md §4b); a first line has none to move.
        if (dossier.holdsPlacesBesides(lines)) {
            claims.renewHolds(caller.organisationId(), dossier.id(), deadline);
        }
        return deadline;
    }


    private Session session(Caller caller, UUID sessionId) {
        return catalog.session(caller.organisationId(), sessionId)
                .orElseThrow(() -> NotFoundException.of("Session", sessionId));
    }


    static final class UnseatedSessionException extends BusinessRuleViolation {
        UnseatedSessionException(UUID sessionId) {
            super("session-not-seated", "Session " + sessionId + " has no seating plan; choose a quota");
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String field() {
            return "seatIds";
        }
    }
}
