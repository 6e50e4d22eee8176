package app.resa.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.AllocationId;
import app.resa.shared.Audit;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * The order file: numbered per organisation, with a purchase contact and lines. It guards which
 * moves each line allows; its status follows from its lines. Every operation acts on the lines
 * chosen, or on all live lines when none are named.
 */
public final class Dossier {

    private final UUID id;
    private final UUID organisationId;
    private final long number;
    private DossierStatus status;
    private PrintStatus printStatus;
    private @Nullable UUID contactId;
    private @Nullable Instant optionUntil;
    private @Nullable Instant cartStartedAt;
    private long version;
    private Audit audit;
    private final List<DossierLine> lines;

    Dossier(UUID id, UUID organisationId, long number, DossierStatus status, PrintStatus printStatus,
            @Nullable UUID contactId, @Nullable Instant optionUntil, @Nullable Instant cartStartedAt, long version,
            Audit audit, List<DossierLine> lines) {
        this.id = id;
        this.organisationId = organisationId;
        this.number = number;
        this.status = status;
        this.printStatus = printStatus;
        this.contactId = contactId;
        this.optionUntil = optionUntil;
        this.cartStartedAt = cartStartedAt;
        this.version = version;
        this.audit = audit;
        this.lines = new ArrayList<>(lines);
    }

    static Dossier open(Caller caller, long number, @Nullable UUID contactId, Instant now) {
        return new Dossier(UUID.randomUUID(), caller.organisationId(), number, DossierStatus.CART,
                PrintStatus.NOT_PRINTED, contactId, null, null, 0, Audit.createdBy(caller, now), List.of());
    }

    /** A new line goes into the cart; a cart's clock starts with its first live line. */
    void add(DossierLine line, Instant now) {
        requireNot(DossierStatus.CANCELLED);
        requireNotSuspended();
        if (lines.stream().noneMatch(l -> l.status() == LineStatus.CART)) {
            cartStartedAt = now;
        }
        lines.add(line);
        refreshStatus();
    }

    /** A cart past its maximum lifetime holds nothing any more: its clock starts again. */
    void restartCart(Instant now) {
        cartStartedAt = now;
    }

    List<DossierLine> reserve(Collection<UUID> lineIds, @Nullable Instant optionUntil, Instant now) {
        requireNotSuspended();
        if (optionUntil != null && !optionUntil.isAfter(now)) {
            throw DossierRefusedException.optionDeadlinePassed();
        }
        var chosen = chosen(lineIds, LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION);
        chosen.forEach(line -> line.moveTo(optionUntil == null ? LineStatus.RESERVED : LineStatus.OPTION));
        this.optionUntil = optionUntil;
        refreshStatus();
        return chosen;
    }

    List<DossierLine> confirm(Collection<UUID> lineIds) {
        requireNotSuspended();
        var chosen = chosen(lineIds, LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION);
        chosen.forEach(line -> line.moveTo(LineStatus.CONFIRMED));
        refreshStatus();
        return chosen;
    }

    List<DossierLine> cancel(Collection<UUID> lineIds) {
        requireNotSuspended();
        var chosen = chosen(lineIds, LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION, LineStatus.CONFIRMED);
        chosen.forEach(line -> line.moveTo(LineStatus.CANCELLED));
        refreshStatus();
        return chosen;
    }

    /** Lines leave for a new dossier; at least one live line must stay behind. */
    List<DossierLine> splitOff(Collection<UUID> lineIds) {
        requireNotSuspended();
        if (lineIds.isEmpty()) {
            throw DossierRefusedException.nothingChosen();
        }
        var chosen = chosen(lineIds, LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION, LineStatus.CONFIRMED);
        if (lines.stream().filter(l -> l.status().live()).count() == chosen.size()) {
            throw DossierRefusedException.splitLeavesNothing();
        }
        lines.removeAll(chosen);
        refreshStatus();
        return chosen;
    }

    /** Joins lines split off another dossier. */
    void receive(List<DossierLine> moved) {
        lines.addAll(moved);
        refreshStatus();
    }

    /** The cart holds of these allocations ran out. */
    List<DossierLine> expire(Collection<AllocationId> allocations) {
        var expired = lines.stream()
                .filter(l -> l.status() == LineStatus.CART && allocations.contains(l.allocationId())).toList();
        expired.forEach(line -> line.moveTo(LineStatus.EXPIRED));
        refreshStatus();
        return expired;
    }

    /**
     * Tickets of these lines were printed: a first print marks the dossier printed, any print of
     * a line printed before marks it reprinted. Only confirmed lines print.
     */
    List<DossierLine> printed(Collection<UUID> lineIds, boolean reprint) {
        var chosen = chosen(lineIds, LineStatus.values());
        var notPrintable = chosen.stream().filter(line -> !line.printable()).findFirst();
        if (notPrintable.isPresent()) {
            throw DossierRefusedException.notPrintable(notPrintable.get());
        }
        if (reprint) {
            printStatus = PrintStatus.REPRINTED;
        } else if (printStatus == PrintStatus.NOT_PRINTED) {
            printStatus = PrintStatus.PRINTED;
        }
        return chosen;
    }

    /** The header was written: the stored version moved on by one. */
    void saved() {
        version++;
    }

    /** Whether the cart holds other places than those being added now. */
    boolean holdsPlacesBesides(List<DossierLine> added) {
        return lines.stream().anyMatch(l -> l.status() == LineStatus.CART && !added.contains(l));
    }

    /**
     * A cart set aside ("Dossiers suspendus"): only a dossier whose live lines are all in the
     * cart. Its holds are left alone and still expire on their own.
     */
    List<DossierLine> suspend() {
        requireNotSuspended();
        var live = lines.stream().filter(l -> l.status().live()).toList();
        if (live.isEmpty() || live.stream().anyMatch(l -> l.status() != LineStatus.CART)) {
            throw DossierRefusedException.notACart(this);
        }
        status = DossierStatus.SUSPENDED;
        return live;
    }

    /** A suspended cart taken back: a cart again, with whatever lines have not expired meanwhile. */
    List<DossierLine> takeBack() {
        if (status != DossierStatus.SUSPENDED) {
            throw DossierRefusedException.notSuspended(this);
        }
        status = DossierStatus.CART;
        refreshStatus();
        return lines.stream().filter(l -> l.status() == LineStatus.CART).toList();
    }

    /**
     * A live line exchanged for another seat, quota or session of the same event: it keeps its
     * state and its price. The caller claims the new place and releases the old one.
     */
    DossierLine exchange(UUID lineId, UUID eventId, UUID sessionId, String product, @Nullable UUID quotaId,
                         @Nullable UUID seatId, @Nullable String seatLabel, AllocationId allocationId) {
        requireNot(DossierStatus.CANCELLED);
        requireNotSuspended();
        var line = chosen(List.of(lineId), LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION,
                LineStatus.CONFIRMED).getFirst();
        if (!line.eventId().equals(eventId)) {
            throw DossierRefusedException.otherEvent();
        }
        if (seatId != null && line.quantity() != 1) {
            throw DossierRefusedException.placesForASeat(line);
        }
        if (line.sessionId().equals(sessionId) && java.util.Objects.equals(line.seatId(), seatId)
                && java.util.Objects.equals(line.quotaId(), quotaId)) {
            throw DossierRefusedException.samePlace();
        }
        line.reclaim(sessionId, product, quotaId, seatId, seatLabel, allocationId);
        return line;
    }

    /**
     * The state a change set's new lines take: the dossier's own — held in a cart, reserved, on
     * option or sold — so a confirmed dossier's additions are confirmed at once.
     */
    LineStatus stateForNewLines() {
        requireNotSuspended();
        return switch (status) {
            case CART -> LineStatus.CART;
            case RESERVED -> LineStatus.RESERVED;
            case OPTION -> LineStatus.OPTION;
            case CONFIRMED -> LineStatus.CONFIRMED;
            default -> throw DossierRefusedException.closed(this);
        };
    }

    /** A live line sold at another tariff; the caller has checked the tariff fits the line. */
    DossierLine retariff(UUID lineId, @Nullable UUID tariffId, @Nullable String tariffName, Money unitPrice) {
        requireNotSuspended();
        var line = chosen(List.of(lineId), LineStatus.CART, LineStatus.RESERVED, LineStatus.OPTION,
                LineStatus.CONFIRMED).getFirst();
        line.retariff(tariffId, tariffName, unitPrice);
        return line;
    }

    void touch(Caller caller, Instant now) {
        audit = audit.modifiedBy(caller, now);
    }

    private List<DossierLine> chosen(Collection<UUID> lineIds, LineStatus... allowed) {
        var allowedList = List.of(allowed);
        List<DossierLine> chosen;
        if (lineIds.isEmpty()) {
            chosen = lines.stream().filter(l -> allowedList.contains(l.status())).toList();
        } else {
            chosen = new ArrayList<>();
            for (UUID lineId : lineIds) {
                var line = lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                        .orElseThrow(() -> DossierRefusedException.lineNotFound(lineId));
                if (!allowedList.contains(line.status())) {
                    throw DossierRefusedException.lineStatus(line);
                }
                chosen.add(line);
            }
        }
        if (chosen.isEmpty()) {
            throw DossierRefusedException.nothingChosen();
        }
        return chosen;
    }

    private void requireNot(DossierStatus forbidden) {
        if (status == forbidden) {
            throw DossierRefusedException.closed(this);
        }
    }

    private void requireNotSuspended() {
        if (status == DossierStatus.SUSPENDED) {
            throw DossierRefusedException.suspended(this);
        }
    }

    private void refreshStatus() {
        if (status == DossierStatus.SUSPENDED) {
            // Only taking it back ends a suspension; its lines can only expire meanwhile.
            return;
        }
        var live = lines.stream().map(DossierLine::status).filter(LineStatus::live).toList();
        if (live.isEmpty()) {
            status = lines.stream().anyMatch(l -> l.status() == LineStatus.CANCELLED)
                    ? DossierStatus.CANCELLED : DossierStatus.CART;
        } else if (live.contains(LineStatus.CART)) {
            status = DossierStatus.CART;
        } else if (live.contains(LineStatus.OPTION)) {
            status = DossierStatus.OPTION;
        } else if (live.contains(LineStatus.RESERVED)) {
            status = DossierStatus.RESERVED;
        } else {
            status = DossierStatus.CONFIRMED;
        }
        if (status != DossierStatus.OPTION) {
            optionUntil = null;
        }
        if (!live.contains(LineStatus.CART)) {
            cartStartedAt = null;
        }
    }

    /** The total of the live lines, per currency (a session's tariffs share one currency). */
    public List<Money> totals() {
        var totals = new java.util.LinkedHashMap<java.util.Currency, Money>();
        lines.stream().filter(l -> l.status().live()).map(DossierLine::total)
                .forEach(m -> totals.merge(m.currency(), m, Money::plus));
        return List.copyOf(totals.values());
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public long number() { return number; }
    public DossierStatus status() { return status; }
    public PrintStatus printStatus() { return printStatus; }
    public @Nullable UUID contactId() { return contactId; }
    public @Nullable Instant optionUntil() { return optionUntil; }
    public @Nullable Instant cartStartedAt() { return cartStartedAt; }
    public long version() { return version; }
    public Audit audit() { return audit; }
    public List<DossierLine> lines() { return List.copyOf(lines); }
}
