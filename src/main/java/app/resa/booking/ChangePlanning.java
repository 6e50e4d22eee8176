package app.resa.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.resa.inventory.Allocation;
import app.resa.inventory.UnitId;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionCatalog;

/**
 * Works a change set out on the dossier, in memory: the new lines with their prices, the lines
 * exchanged (as {@link LineExchange} does it), re-priced and cancelled, and the claims to take
 * and give back. Nothing is written and nothing claimed here, so the same plan serves the
 * preview and the change itself; a refusal names the operation it came from.
 */
@Component
class ChangePlanning {

    private final SessionCatalog catalog;
    private final LineQuotes quotes;
    private final LineExchange exchange;

    ChangePlanning(SessionCatalog catalog, LineQuotes quotes, LineExchange exchange) {
        this.catalog = catalog;
        this.quotes = quotes;
        this.exchange = exchange;
    }

    /**
     * Exchanges and tariffs first, on the lines as they stand; then additions, while the
     * dossier still has the lines that give it its state; removals last.
     *
     * @param held the dossier's live claims
     */
    Plan plan(Caller caller, Dossier dossier, ChangeSet changes, List<Allocation> held, Instant now) {
        if (changes.isEmpty()) {
            throw DossierRefusedException.noChanges();
        }
        var plan = new Plan(dossier.stateForNewLines(), dossier.totals());
        Set<UUID> removed = new HashSet<>(changes.removals());
        Set<UUID> exchanged = new HashSet<>();
        Set<UUID> retariffed = new HashSet<>();

        for (int i = 0; i < changes.exchanges().size(); i++) {
            var change = changes.exchanges().get(i);
            var replacement = during("exchange", i, () -> {
                if (removed.contains(change.lineId()) || !exchanged.add(change.lineId())) {
                    throw DossierRefusedException.changedTwice(change.lineId());
                }
                return exchange.replace(caller, dossier, change.lineId(), change.sessionId(), change.quotaId(),
                        change.seatId(), held, now);
            });
            plan.exchanged.add(new Planned<>("exchange", i, replacement));
            plan.summary.add("exchanged " + replacement.describe());
        }
        for (int i = 0; i < changes.tariffChanges().size(); i++) {
            var change = changes.tariffChanges().get(i);
            var line = during("tariff", i, () -> {
                if (removed.contains(change.lineId()) || !retariffed.add(change.lineId())) {
                    throw DossierRefusedException.changedTwice(change.lineId());
                }
                return retariff(caller, dossier, change);
            });
            plan.retariffed.add(line);
            plan.summary.add("tariff of " + describe(line));
        }
        for (int i = 0; i < changes.additions().size(); i++) {
            var addition = changes.additions().get(i);
            int index = i;
            var lines = during("add", i, () -> add(caller, dossier, addition, plan.state, now));
            lines.forEach(line -> {
                plan.added.add(new Planned<>("add", index, line));
                plan.summary.add("added " + describe(line.line()));
            });
        }
        var removals = changes.removals();
        for (int i = 0; i < removals.size(); i++) {
            UUID lineId = removals.get(i);
            int index = i;
            var line = during("remove", i, () -> {
                if (removals.indexOf(lineId) != index) {
                    throw DossierRefusedException.changedTwice(lineId);
                }
                return dossier.cancel(List.of(lineId)).getFirst();
            });
            plan.removed.add(line);
            plan.summary.add("removed " + describe(line));
        }
        return plan;
    }

    private List<NewLine> add(Caller caller, Dossier dossier, ChangeSet.Addition addition, LineStatus state,
                              Instant now) {
        UUID org = caller.organisationId();
        var session = catalog.session(org, addition.sessionId())
                .orElseThrow(() -> NotFoundException.of("Session", addition.sessionId()));
        String product = quotes.product(caller, session);
        var lines = new ArrayList<NewLine>();
        if (addition.seatIds().isEmpty()) {
            UUID quotaId = addition.quotaId();
            var quota = quotaId == null ? null : session.quota(quotaId).orElse(null);
            if (quota == null) {
                throw NotFoundException.of("Quota", String.valueOf(quotaId));
            }
            if (addition.quantity() < 1 || addition.quantity() > 100) {
                throw DossierRefusedException.quantity(addition.quantity());
            }
            var price = quotes.price(caller, session, quota.priceCategory(), addition.tariffId());
            var claim = NewClaim.places(quota.pool(), addition.quantity());
            lines.add(new NewLine(line(state, session, product + " — " + quota.name(), quota.id(), null, null,
                    addition.quantity(), price, claim, now), claim));
        } else {
            if (session.seatPool() == null) {
                throw new CartManagement.UnseatedSessionException(session.id());
            }
            for (UUID seatId : addition.seatIds().stream().distinct().sorted().toList()) {
                var seat = catalog.seat(org, session.id(), seatId).orElseThrow(() -> NotFoundException.of("Seat", seatId));
                var price = quotes.price(caller, session, seat.priceCategory(), addition.tariffId());
                var claim = NewClaim.unit(new UnitId(seat.id()));
                lines.add(new NewLine(line(state, session, product, null, seat.id(), seat.label(), 1, price, claim,
                        now), claim));
            }
        }
        lines.forEach(line -> dossier.add(line.line(), now));
        return lines;
    }

    private DossierLine retariff(Caller caller, Dossier dossier, ChangeSet.TariffChange change) {
        UUID org = caller.organisationId();
        var line = dossier.lines().stream().filter(l -> l.id().equals(change.lineId())).findFirst()
                .orElseThrow(() -> DossierRefusedException.lineNotFound(change.lineId()));
        var session = catalog.session(org, line.sessionId())
                .orElseThrow(() -> NotFoundException.of("Session", line.sessionId()));
        UUID seatId = line.seatId();
        UUID quotaId = line.quotaId();
        String category = seatId != null
                ? catalog.seat(org, session.id(), seatId).map(SessionCatalog.Seat::priceCategory).orElse(null)
                : quotaId == null ? null : session.quota(quotaId).map(Session.Quota::priceCategory).orElse(null);
        var price = quotes.price(caller, session, category, change.tariffId());
        return dossier.retariff(line.id(), price.tariffId(), price.tariffName(), price.unitPrice());
    }

    private static DossierLine line(LineStatus state, Session session, String product, @Nullable UUID quotaId,
                                    @Nullable UUID seatId, @Nullable String seatLabel, int quantity,
                                    LineQuotes.Price price, NewClaim claim, Instant now) {
        return new DossierLine(UUID.randomUUID(), state, session.id(), session.eventId(), product, quotaId, seatId,
                seatLabel, quantity, price.tariffId(), price.tariffName(), price.unitPrice(), claim.id(), now);
    }

    /** Runs one operation of the change set; its refusal names it. */
    static <T> T during(String operation, int index, Supplier<T> step) {
        try {
            return step.get();
        } catch (ChangeRefusedException e) {
            throw e;
        } catch (BusinessRuleViolation e) {
            throw new ChangeRefusedException(operation, index, e);
        }
    }

    static String describe(DossierLine line) {
        return line.quantity() + " × " + line.product() + (line.seatLabel() == null ? "" : " " + line.seatLabel())
                + (line.tariffName() == null ? "" : " (" + line.tariffName() + ")");
    }

    /** A new line and the claim it needs. */
    record NewLine(DossierLine line, NewClaim claim) {
    }

    /** Something planned, with the operation it came from. */
    record Planned<T>(String operation, int index, T what) {
    }

    /** What the change set does to the dossier, to be written and then claimed. */
    static final class Plan {

        final LineStatus state;
        final List<Money> before;
        final List<Planned<NewLine>> added = new ArrayList<>();
        final List<Planned<LineExchange.Replacement>> exchanged = new ArrayList<>();
        final List<DossierLine> retariffed = new ArrayList<>();
        final List<DossierLine> removed = new ArrayList<>();
        final List<String> summary = new ArrayList<>();

        Plan(LineStatus state, List<Money> before) {
            this.state = state;
            this.before = before;
        }

        /** One history entry says it all: what changed, and the totals before and after. */
        String describe(List<Money> after) {
            return String.join("; ", summary) + "; total " + totals(before) + " → " + totals(after);
        }

        private static String totals(List<Money> totals) {
            return totals.isEmpty() ? "0" : String.join(" + ", totals.stream()
                    .map(m -> m.amount().toPlainString() + " " + m.currency().getCurrencyCode()).toList());
        }
    }
}
