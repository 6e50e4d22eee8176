package app.resa.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.resa.shared.DateRange;

/**
 * The statements that take capacity for a hold; {@link Claims} decides when to run them again
 * after freeing expired holds. Each returns what it took (0 or null: nothing was written).
 */
@Component
class Taking {

    private final JdbcClient jdbc;

    Taking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int takeQuantity(UUID organisationId, PoolId pool, int quantity, @Nullable DateRange nights,
                             UUID holderId, Instant expiresAt, AllocationId id) {
        return nights == null
                ? takeFromBucket(organisationId, pool, quantity, holderId, expiresAt, id)
                : takeNights(organisationId, pool, quantity, nights, holderId, expiresAt, id);
    }

    // The hot path, one round trip: the update's condition is re-checked by PostgreSQL on the
    // latest version of the row when buyers race, and the hold is recorded in the same statement,
    // so the pool row stays locked only for this statement and its commit (DESIGN.md §4b).
    private int takeFromBucket(UUID organisationId, PoolId pool, int quantity, UUID holderId, Instant expiresAt,
                               AllocationId id) {
        return jdbc.sql("""
                with taken as (
                    update inventory.bucket set held = held + :quantity
                     where organisation_id = :org and pool_id = :pool and night is null
                       and capacity - held - reserved - confirmed - consumed >= :quantity
                    returning id)
                insert into inventory.allocation
                       (id, organisation_id, holder_id, pool_id, quantity, state, expires_at, created_at, changed_at)
                select :id, :org, :holder, :pool, :quantity, 'HELD', :expiresAt, now(), now() from taken
                """)
                .param("org", organisationId).param("pool", pool.value()).param("quantity", quantity)
                .param("id", id.value()).param("holder", holderId).param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    // Several nights: lock them in night order first (two buyers of overlapping stays never
    // deadlock), then, with a fresh snapshot of rows nobody else can change now, take every
    // night or none and record the hold. Checking in the locking statement itself would read
    // values older than the lock.
    private int takeNights(UUID organisationId, PoolId pool, int quantity, DateRange nights, UUID holderId,
                           Instant expiresAt, AllocationId id) {
        List<UUID> buckets = jdbc.sql("""
                select id from inventory.bucket
                 where organisation_id = :org and pool_id = :pool and night >= :first and night < :end
                 order by night for update
                """)
                .param("org", organisationId).param("pool", pool.value())
                .param("first", nights.start()).param("end", nights.end())
                .query(UUID.class).list();
        if (buckets.size() != nights.days()) {
            return 0;
        }
        return jdbc.sql("""
                with enough as (
                    select bool_and(capacity - held - reserved - confirmed - consumed >= :quantity) as ok
                      from inventory.bucket where id in (:buckets)),
                taken as (
                    update inventory.bucket set held = held + :quantity
                     where id in (:buckets) and (select ok from enough)
                    returning id)
                insert into inventory.allocation
                       (id, organisation_id, holder_id, pool_id, quantity, nights, state, expires_at, created_at, changed_at)
                select :id, :org, :holder, :pool, :quantity, daterange(:first, :end), 'HELD', :expiresAt, now(), now()
                 where (select ok from enough)
                """)
                .param("buckets", buckets).param("quantity", quantity)
                .param("org", organisationId).param("pool", pool.value())
                .param("first", nights.start()).param("end", nights.end())
                .param("id", id.value()).param("holder", holderId).param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    @Nullable PoolId takeUnit(UUID organisationId, UnitId unit, Claims.@Nullable Period period, UUID holderId,
                                      Instant expiresAt, AllocationId id) {
        return jdbc.sql("""
                insert into inventory.allocation
                       (id, organisation_id, holder_id, pool_id, unit_id, quantity, period, state, expires_at, created_at, changed_at)
                select :id, u.organisation_id, :holder, u.pool_id, u.id, 1,
                       case when cast(:start as timestamptz) is null then null else tstzrange(:start, :end) end,
                       'HELD', :expiresAt, now(), now()
                  from inventory.unit u where u.organisation_id = :org and u.id = :unit and not u.blocked
                on conflict do nothing
                returning pool_id
                """)
                .param("id", id.value()).param("holder", holderId).param("org", organisationId)
                .param("unit", unit.value())
                .param("start", period == null ? null : Timestamp.from(period.start()))
                .param("end", period == null ? null : Timestamp.from(period.end()))
                .param("expiresAt", Timestamp.from(expiresAt))
                .query((rs, row) -> new PoolId(rs.getObject(1, UUID.class)))
                .optional().orElse(null);
    }

    int free(UUID organisationId, PoolId pool, @Nullable DateRange nights) {
        return jdbc.sql("""
                select coalesce(min(capacity - held - reserved - confirmed - consumed), 0) from inventory.bucket
                 where organisation_id = :org and pool_id = :pool
                   and (cast(:first as date) is null and night is null or night >= :first and night < :end)
                """)
                .param("org", organisationId).param("pool", pool.value())
                .param("first", nights == null ? null : nights.start())
                .param("end", nights == null ? null : nights.end())
                .query(Integer.class).single();
    }
}
