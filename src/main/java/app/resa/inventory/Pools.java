package app.resa.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.DateRange;
import app.resa.shared.NotFoundException;

/** Opens capacity: counted pools, nightly pools, pools of identified units. */
@Service
public class Pools {

    private final JdbcClient jdbc;
    private final Clock clock;

    Pools(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A counted capacity with no time of its own: a session's quota, stock on hand. */
    @Transactional
    public PoolId openCounted(UUID organisationId, String name, int capacity) {
        var pool = insertPool(organisationId, name, "COUNTED");
        insertBucket(organisationId, pool, null, capacity);
        return pool;
    }

    /** A counted capacity per night over a range: the rooms of one type of a hotel. */
    @Transactional
    public PoolId openNightly(UUID organisationId, String name, int capacity, DateRange nights) {
        var pool = insertPool(organisationId, name, "NIGHTLY");
        for (LocalDate night = nights.start(); night.isBefore(nights.end()); night = night.plusDays(1)) {
            insertBucket(organisationId, pool, night, capacity);
        }
        return pool;
    }

    /** A set of identified units: the seats of a session, rooms, rental equipment. */
    @Transactional
    public PoolId openUnits(UUID organisationId, String name, List<NewUnit> units) {
        var pool = insertPool(organisationId, name, "UNITS");
        addUnits(organisationId, pool, units);
        return pool;
    }

    @Transactional
    public List<UnitId> addUnits(UUID organisationId, PoolId pool, List<NewUnit> units) {
        requirePool(organisationId, pool);
        var ids = new ArrayList<UnitId>(units.size());
        for (int i = 0; i < units.size(); i++) {
            ids.add(new UnitId(UUID.randomUUID()));
        }
        // One statement for all units: a 20,000-seat plan is opened in one round trip.
        jdbc.sql("""
                insert into inventory.unit (id, organisation_id, pool_id, label, category, blocked)
                select u.id, :org, :pool, u.label, u.category, u.blocked
                  from unnest(:ids, :labels, :categories, :blocked) as u(id, label, category, blocked)
                """)
                .param("org", organisationId).param("pool", pool.value())
                .param("ids", ids.stream().map(UnitId::value).toArray(UUID[]::new))
                .param("labels", units.stream().map(NewUnit::label).toArray(String[]::new))
                .param("categories", units.stream().map(NewUnit::category).toArray(String[]::new))
                .param("blocked", units.stream().map(NewUnit::blocked).toArray(Boolean[]::new))
                .update();
        return ids;
    }

    /** A blocked unit (a seat kept by the venue) cannot be claimed; claims already made stay. */
    @Transactional
    public void block(UUID organisationId, UnitId unit, boolean blocked) {
        int changed = jdbc.sql("update inventory.unit set blocked = :blocked where organisation_id = :org and id = :id")
                .param("blocked", blocked).param("org", organisationId).param("id", unit.value()).update();
        if (changed == 0) {
            throw NotFoundException.of("Unit", unit.value());
        }
    }

    /** How a counted pool is used (for a nightly pool: summed over its nights). */
    public Capacity capacity(UUID organisationId, PoolId pool) {
        return jdbc.sql("""
                select coalesce(sum(capacity), 0) as capacity, coalesce(sum(held), 0) as held,
                       coalesce(sum(reserved), 0) as reserved, coalesce(sum(confirmed), 0) as confirmed,
                       coalesce(sum(consumed), 0) as consumed
                  from inventory.bucket where organisation_id = :org and pool_id = :pool
                """)
                .param("org", organisationId).param("pool", pool.value())
                .query(Capacity.class).single();
    }

    /** How a nightly pool is used, night by night. */
    public Map<LocalDate, Capacity> capacityByNight(UUID organisationId, PoolId pool) {
        var nights = new java.util.LinkedHashMap<LocalDate, Capacity>();
        jdbc.sql("""
                select night, capacity, held, reserved, confirmed, consumed from inventory.bucket
                 where organisation_id = :org and pool_id = :pool and night is not null order by night
                """)
                .param("org", organisationId).param("pool", pool.value())
                .query(rs -> {
                    nights.put(rs.getObject("night", LocalDate.class), new Capacity(rs.getInt("capacity"),
                            rs.getInt("held"), rs.getInt("reserved"), rs.getInt("confirmed"), rs.getInt("consumed")));
                });
        return nights;
    }

    /** How a pool of units is used: units by the state of their live claim (blocked apart). */
    public Capacity unitCapacity(UUID organisationId, PoolId pool) {
        return jdbc.sql("""
                select (select count(*) from inventory.unit u where u.organisation_id = :org and u.pool_id = :pool
                           and not u.blocked) as capacity,
                       count(*) filter (where a.state = 'HELD' and a.expires_at > now()) as held,
                       count(*) filter (where a.state = 'RESERVED') as reserved,
                       count(*) filter (where a.state = 'CONFIRMED') as confirmed,
                       count(*) filter (where a.state = 'CONSUMED') as consumed
                  from inventory.allocation a
                 where a.organisation_id = :org and a.pool_id = :pool and a.state <> 'RELEASED'
                """)
                .param("org", organisationId).param("pool", pool.value())
                .query(Capacity.class).single();
    }

    /** The units of a pool with whether each is free now (an expired hold does not count). */
    public List<UnitStatus> units(UUID organisationId, PoolId pool) {
        return jdbc.sql(UNITS + " order by u.label")
                .param("org", organisationId).param("pool", pool.value())
                .query(Pools::unitStatus)
                .list();
    }

    /**
     * The chosen units of a pool, in label order; ids not in the pool are left out. One indexed
     * read however large the pool: a sale of two seats must not read a 20,000-seat plan.
     */
    public List<UnitStatus> units(UUID organisationId, PoolId pool, Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UNITS + " and u.id in (:ids) order by u.label")
                .param("org", organisationId).param("pool", pool.value())
                .param("ids", units.stream().map(UnitId::value).toList())
                .query(Pools::unitStatus)
                .list();
    }

    private static final String UNITS = """
            select u.id, u.label, u.category, u.blocked,
                   (select a.state from inventory.allocation a
                     where a.unit_id = u.id and a.state <> 'RELEASED'
                       and (a.state <> 'HELD' or a.expires_at > now()) limit 1) as state
              from inventory.unit u where u.organisation_id = :org and u.pool_id = :pool""";

    private static UnitStatus unitStatus(ResultSet rs, int row) throws SQLException {
        return new UnitStatus(new UnitId(rs.getObject("id", UUID.class)), rs.getString("label"),
                rs.getString("category"), rs.getBoolean("blocked"),
                rs.getString("state") == null ? null : AllocationState.valueOf(rs.getString("state")));
    }

    private PoolId insertPool(UUID organisationId, String name, String kind) {
        var pool = PoolId.random();
        jdbc.sql("""
                insert into inventory.pool (id, organisation_id, name, kind, created_at)
                values (:id, :org, :name, :kind, :now)
                """)
                .param("id", pool.value()).param("org", organisationId).param("name", name).param("kind", kind)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return pool;
    }

    private void insertBucket(UUID organisationId, PoolId pool, @Nullable LocalDate night, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        jdbc.sql("""
                insert into inventory.bucket (id, organisation_id, pool_id, night, capacity)
                values (:id, :org, :pool, :night, :capacity)
                """)
                .param("id", UUID.randomUUID()).param("org", organisationId).param("pool", pool.value())
                .param("night", night).param("capacity", capacity)
                .update();
    }

    private void requirePool(UUID organisationId, PoolId pool) {
        boolean exists = jdbc.sql("select exists (select 1 from inventory.pool where organisation_id = :org and id = :id)")
                .param("org", organisationId).param("id", pool.value()).query(Boolean.class).single();
        if (!exists) {
            throw NotFoundException.of("Pool", pool.value());
        }
    }

    /** A unit to add: its label (R12, 204, SN-1182) and category (a price category, a room type). */
    public record NewUnit(String label, @Nullable String category, boolean blocked) {
    }

    /** A unit and the state of its live claim, if any. */
    public record UnitStatus(UnitId id, String label, @Nullable String category, boolean blocked,
                             @Nullable AllocationState state) {
        public boolean free() {
            return !blocked && state == null;
        }
    }
}
