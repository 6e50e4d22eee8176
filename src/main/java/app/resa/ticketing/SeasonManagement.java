package app.resa.ticketing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** Seasons: opened, listed, closed. */
@Service
public class SeasonManagement {

    private final JdbcClient jdbc;
    private final Clock clock;

    SeasonManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Season open(Caller caller, String name) {
        var season = new Season(UUID.randomUUID(), name.strip(), false);
        jdbc.sql("""
                insert into ticketing.season (id, organisation_id, name, closed, created_at, created_by)
                values (:id, :org, :name, false, :now, :by)
                """)
                .param("id", season.id()).param("org", caller.organisationId()).param("name", season.name())
                .param("now", Timestamp.from(clock.instant())).param("by", caller.userId())
                .update();
        return season;
    }

    @Transactional
    public Season close(Caller caller, UUID id) {
        int changed = jdbc.sql("update ticketing.season set closed = true where organisation_id = :org and id = :id")
                .param("org", caller.organisationId()).param("id", id).update();
        if (changed == 0) {
            throw NotFoundException.of("Season", id);
        }
        return find(caller.organisationId(), id).orElseThrow();
    }

    public List<Season> all(UUID organisationId) {
        return jdbc.sql("select id, name, closed from ticketing.season where organisation_id = :org order by name, id")
                .param("org", organisationId).query(Season.class).list();
    }

    public Optional<Season> find(UUID organisationId, UUID id) {
        return jdbc.sql("select id, name, closed from ticketing.season where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(Season.class).optional();
    }
}
