package app.resa.organisation;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, their branches and points of sale. Every read is scoped by organisation. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(UUID organisationId) {
        return jdbc.sql("select * from organisation.organisation where id = :id")
                .param("id", organisationId).query(Organisation.class).optional();
    }

    /** The organisation's time zone: what "today" and a date typed on a screen mean there. */
    public ZoneId zoneOf(UUID organisationId) {
        return find(organisationId).map(organisation -> ZoneId.of(organisation.timeZone())).orElse(ZoneOffset.UTC);
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from organisation.organisation)").query(Boolean.class).single();
    }

    public List<Branch> branches(UUID organisationId) {
        return jdbc.sql("select * from organisation.branch where organisation_id = :org order by name")
                .param("org", organisationId).query(Branch.class).list();
    }

    public List<PointOfSale> pointsOfSale(UUID organisationId) {
        return jdbc.sql("select * from organisation.point_of_sale where organisation_id = :org order by name")
                .param("org", organisationId).query(PointOfSale.class).list();
    }

    public Optional<PointOfSale> pointOfSale(UUID organisationId, UUID id) {
        return jdbc.sql("select * from organisation.point_of_sale where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(PointOfSale.class).optional();
    }

    public Optional<Branch> branch(UUID organisationId, UUID id) {
        return jdbc.sql("select * from organisation.branch where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(Branch.class).optional();
    }

    void insert(Organisation organisation) {
        jdbc.sql("""
                insert into organisation.organisation (id, name, time_zone, default_language, currency, created_at)
                values (:id, :name, :timeZone, :defaultLanguage, :currency, :createdAt)
                """)
                .param("id", organisation.id()).param("name", organisation.name())
                .param("timeZone", organisation.timeZone()).param("defaultLanguage", organisation.defaultLanguage())
                .param("currency", organisation.currency()).param("createdAt", Timestamp.from(organisation.createdAt()))
                .update();
    }

    void insert(Branch branch) {
        jdbc.sql("""
                insert into organisation.branch (id, organisation_id, name, created_at)
                values (:id, :org, :name, :createdAt)
                """)
                .param("id", branch.id()).param("org", branch.organisationId()).param("name", branch.name())
                .param("createdAt", Timestamp.from(branch.createdAt()))
                .update();
    }

    boolean changeHoldDelays(UUID organisationId, UUID id, int holdDelaySeconds, int holdMaxLifetimeSeconds) {
        return jdbc.sql("""
                update organisation.point_of_sale
                   set hold_delay_seconds = :delay, hold_max_lifetime_seconds = :lifetime
                 where organisation_id = :org and id = :id
                """)
                .param("delay", holdDelaySeconds).param("lifetime", holdMaxLifetimeSeconds)
                .param("org", organisationId).param("id", id)
                .update() == 1;
    }

    void insert(PointOfSale pointOfSale) {
        jdbc.sql("""
                insert into organisation.point_of_sale (id, organisation_id, branch_id, name, created_at,
                       hold_delay_seconds, hold_max_lifetime_seconds)
                values (:id, :org, :branch, :name, :createdAt, :delay, :lifetime)
                """)
                .param("id", pointOfSale.id()).param("org", pointOfSale.organisationId())
                .param("branch", pointOfSale.branchId()).param("name", pointOfSale.name())
                .param("createdAt", Timestamp.from(pointOfSale.createdAt()))
                .param("delay", pointOfSale.holdDelaySeconds()).param("lifetime", pointOfSale.holdMaxLifetimeSeconds())
                .update();
    }
}
