package app.resa.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.inventory.PoolId;
import app.resa.inventory.Pools;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Plans sessions and tells how they sell. A session's capacity is opened in the inventory engine
 * in the session's own transaction, so a session never exists without its pools, nor pools
 * without their session.
 */
@Service
public class SessionPlanning {

    private final Sessions sessions;
    private final EventManagement events;
    private final SeasonManagement seasons;
    private final VenueManagement venues;
    private final Pools pools;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<CheckInCounts> checkIns;

    SessionPlanning(Sessions sessions, EventManagement events, SeasonManagement seasons, VenueManagement venues,
                    Pools pools, JdbcClient jdbc, Clock clock, ObjectProvider<CheckInCounts> checkIns) {
        this.checkIns = checkIns;
        this.sessions = sessions;
        this.events = events;
        this.seasons = seasons;
        this.venues = venues;
        this.pools = pools;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Session plan(Caller caller, NewSession command) {
        UUID org = caller.organisationId();
        var event = events.get(org, command.eventId());
        if (event.seasonId() != null) {
            seasons.find(org, event.seasonId()).filter(Season::closed).ifPresent(season -> {
                throw TicketingRuleException.seasonClosed(season.name());
            });
        }
        var quotas = command.quotaList();
        if (quotas.isEmpty() && command.seatingPlanId() == null) {
            throw TicketingRuleException.nothingToSell();
        }
        var names = new HashSet<String>();
        for (var quota : quotas) {
            if (!names.add(quota.name().strip().toLowerCase())) {
                throw TicketingRuleException.duplicateQuota(quota.name());
            }
        }
        String title = event.name() + " " + command.startsAt();
        PoolId seatPool = null;
        if (command.seatingPlanId() != null) {
            var plan = venues.plan(org, command.seatingPlanId());
            var units = plan.sections().stream().flatMap(section -> section.rows().stream()
                    .flatMap(row -> row.seats().stream().map(seat -> new Pools.NewUnit(
                            SeatingPlan.label(section.name(), row.name(), seat.number()), seat.priceCategory(),
                            seat.blocked())))).toList();
            seatPool = pools.openUnits(org, title + " — " + plan.name(), units);
        }
        UUID sessionId = UUID.randomUUID();
        jdbc.sql("""
                insert into ticketing.session (id, organisation_id, event_id, starts_at, seating_plan_id, seat_pool_id,
                                               created_at, created_by)
                values (:id, :org, :event, :startsAt, :plan, :pool, :now, :by)
                """)
                .param("id", sessionId).param("org", org).param("event", event.id())
                .param("startsAt", Timestamp.from(command.startsAt())).param("plan", command.seatingPlanId())
                .param("pool", seatPool == null ? null : seatPool.value())
                .param("now", Timestamp.from(clock.instant())).param("by", caller.userId())
                .update();
        for (int i = 0; i < quotas.size(); i++) {
            var quota = quotas.get(i);
            var pool = pools.openCounted(org, title + " — " + quota.name().strip(), quota.capacity());
            String category = quota.priceCategory() == null || quota.priceCategory().isBlank()
                    ? null : quota.priceCategory().strip();
            jdbc.sql("""
                    insert into ticketing.quota (id, organisation_id, session_id, name, capacity, price_category,
                                                 pool_id, position)
                    values (:id, :org, :session, :name, :capacity, :category, :pool, :position)
                    """)
                    .param("id", UUID.randomUUID()).param("org", org).param("session", sessionId)
                    .param("name", quota.name().strip()).param("capacity", quota.capacity())
                    .param("category", category).param("pool", pool.value()).param("position", i)
                    .update();
        }
        return get(org, sessionId);
    }

    public Session get(UUID organisationId, UUID sessionId) {
        return sessions.find(organisationId, sessionId).orElseThrow(() -> NotFoundException.of("Session", sessionId));
    }

    public PageResponse<Session> find(UUID organisationId, @Nullable UUID eventId, @Nullable Instant from,
                                      @Nullable Instant to, PageRequest page) {
        return sessions.find(organisationId, eventId, from, to, page);
    }

    /** Read from the inventory counters, never by scanning claims (DESIGN.md §4b). */
    public Availability availability(UUID organisationId, UUID sessionId) {
        var session = get(organisationId, sessionId);
        var quotas = session.quotas().stream()
                .map(quota -> new Availability.QuotaUse(quota, pools.capacity(organisationId, quota.pool()))).toList();
        var seats = session.seatPool() == null ? null : pools.unitCapacity(organisationId, session.seatPool());
        // Without a module that checks tickets in (a test of ticketing alone), nobody came in.
        var counts = checkIns.getIfAvailable();
        long checkedIn = counts == null ? 0
                : counts.checkedInBySession(organisationId, List.of(sessionId)).getOrDefault(sessionId, 0L);
        return new Availability(session.id(), quotas, seats, checkedIn);
    }

    /** The seats of a seated session with their state, for a seat map; empty when not seated. */
    public List<SeatStatus> seats(UUID organisationId, UUID sessionId) {
        var session = get(organisationId, sessionId);
        if (session.seatPool() == null) {
            return List.of();
        }
        return pools.units(organisationId, session.seatPool()).stream()
                .map(unit -> new SeatStatus(unit.id().value(), unit.label(), unit.category(), unit.blocked(),
                        unit.free(), unit.state() == null ? null : unit.state().name()))
                .toList();
    }
}
