package app.resa.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** Events: created in a season or not, listed, read. */
@Service
public class EventManagement {

    private final JdbcClient jdbc;
    private final SeasonManagement seasons;
    private final Clock clock;

    EventManagement(JdbcClient jdbc, SeasonManagement seasons, Clock clock) {
        this.jdbc = jdbc;
        this.seasons = seasons;
        this.clock = clock;
    }

    @Transactional
    public Event create(Caller caller, String name, @Nullable UUID seasonId) {
        if (seasonId != null) {
            var season = seasons.find(caller.organisationId(), seasonId)
                    .orElseThrow(() -> NotFoundException.of("Season", seasonId));
            if (season.closed()) {
                throw TicketingRuleException.seasonClosed(season.name());
            }
        }
        var event = new Event(UUID.randomUUID(), name.strip(), seasonId);
        jdbc.sql("""
                insert into ticketing.event (id, organisation_id, name, season_id, created_at, created_by)
                values (:id, :org, :name, :season, :now, :by)
                """)
                .param("id", event.id()).param("org", caller.organisationId()).param("name", event.name())
                .param("season", seasonId).param("now", Timestamp.from(clock.instant())).param("by", caller.userId())
                .update();
        return event;
    }

    public Event get(UUID organisationId, UUID id) {
        return find(organisationId, id).orElseThrow(() -> NotFoundException.of("Event", id));
    }

    public Optional<Event> find(UUID organisationId, UUID id) {
        return jdbc.sql("select id, name, season_id from ticketing.event where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(Event.class).optional();
    }

    public Optional<Event> findByName(UUID organisationId, String name) {
        return jdbc.sql("""
                select id, name, season_id from ticketing.event where organisation_id = :org and name = :name
                 order by created_at, id limit 1
                """)
                .param("org", organisationId).param("name", name).query(Event.class).optional();
    }

    public List<Event> all(UUID organisationId) {
        return jdbc.sql("select id, name, season_id from ticketing.event where organisation_id = :org order by name, id")
                .param("org", organisationId).query(Event.class).list();
    }

    /** The events of the organisation's closed seasons (past seasons hidden from dossier lists). */
    public java.util.Set<UUID> ofClosedSeasons(UUID organisationId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select e.id from ticketing.event e
                  join ticketing.season s on s.id = e.season_id and s.organisation_id = e.organisation_id
                 where e.organisation_id = :org and s.closed
                """)
                .param("org", organisationId).query(UUID.class).list());
    }
}
