package app.resa.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.DateRange;

/**
 * Releases holds past their deadline and gives their quantities back to their buckets. The
 * sweeper takes expired holds with {@code for update skip locked}, so several application
 * instances sweep side by side without waiting on each other; a hold that fails for want of
 * capacity also releases the expired holds in its way at once (exact expiry).
 */
@Component
class Expiry {

    private static final Logger log = LoggerFactory.getLogger(Expiry.class);
    static final int BATCH = 500;

    static final String SELECT_ALLOCATION = """
            select id, holder_id, pool_id, unit_id, quantity, lower(nights) as first_night, upper(nights) as end_night,
                   state, expires_at, option_until from inventory.allocation""";

    // Shared by the sweeper and the targeted releases: release the chosen holds and give their
    // quantities back to the buckets they took, in one statement.
    private static final String RELEASE = """
            released as (
                update inventory.allocation a set state = 'RELEASED', changed_at = now()
                  from expired e where a.id = e.id and a.state = 'HELD'
                returning a.id, a.organisation_id, a.holder_id, a.pool_id, a.unit_id, a.quantity, a.nights),
            deltas as (
                select b.id, sum(r.quantity) as quantity
                  from released r join inventory.bucket b on b.pool_id = r.pool_id
                 where r.unit_id is null and (r.nights is null and b.night is null or r.nights @> b.night)
                 group by b.id),
            counted as (
                update inventory.bucket b set held = b.held - d.quantity from deltas d where b.id = d.id)
            select id, organisation_id, holder_id from released
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Expiry(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Releases the expired holds of one pool; joins the caller's transaction. */
    @Transactional
    int releaseExpired(UUID organisationId, PoolId pool) {
        var released = jdbc.sql("""
                with expired as (
                    select id from inventory.allocation
                     where organisation_id = :org and pool_id = :pool and state = 'HELD' and expires_at <= now()
                     order by id for update skip locked),
                """ + RELEASE)
                .param("org", organisationId).param("pool", pool.value())
                .query(Expiry::released).list();
        publish(released);
        return released.size();
    }

    /** Releases an expired hold on one unit; joins the caller's transaction. */
    @Transactional
    int releaseExpired(UUID organisationId, UnitId unit) {
        var released = jdbc.sql("""
                with expired as (
                    select id from inventory.allocation
                     where organisation_id = :org and unit_id = :unit and state = 'HELD' and expires_at <= now()
                     for update skip locked),
                """ + RELEASE)
                .param("org", organisationId).param("unit", unit.value())
                .query(Expiry::released).list();
        publish(released);
        return released.size();
    }

    /** Every few seconds, a batch of expired holds of any organisation. */
    @Scheduled(fixedDelayString = "${resa.inventory.sweep-every:PT5S}", initialDelayString = "PT10S")
    @Transactional
    public void sweep() {
        var released = jdbc.sql("""
                with expired as (
                    select id from inventory.allocation where state = 'HELD' and expires_at <= now()
                     order by expires_at limit :batch for update skip locked),
                """ + RELEASE)
                .param("batch", BATCH)
                .query(Expiry::released).list();
        if (!released.isEmpty()) {
            log.debug("Released {} expired holds", released.size());
        }
        publish(released);
    }

    private void publish(List<Released> released) {
        released.stream()
                .collect(Collectors.groupingBy(r -> new HolderKey(r.organisationId(), r.holderId()),
                        Collectors.mapping(Released::id, Collectors.toList())))
                .forEach((holder, ids) -> events.publishEvent(
                        new HoldsExpired(holder.organisationId(), holder.holderId(), ids)));
    }

    private static Released released(ResultSet rs, int row) throws SQLException {
        return new Released(new AllocationId(rs.getObject("id", UUID.class)), rs.getObject("organisation_id", UUID.class),
                rs.getObject("holder_id", UUID.class));
    }

    static Allocation allocation(ResultSet rs, int row) throws SQLException {
        LocalDate first = rs.getObject("first_night", LocalDate.class);
        LocalDate end = rs.getObject("end_night", LocalDate.class);
        UUID unit = rs.getObject("unit_id", UUID.class);
        return new Allocation(new AllocationId(rs.getObject("id", UUID.class)), rs.getObject("holder_id", UUID.class),
                new PoolId(rs.getObject("pool_id", UUID.class)), unit == null ? null : new UnitId(unit),
                rs.getInt("quantity"), first == null ? null : new DateRange(first, end),
                AllocationState.valueOf(rs.getString("state")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("option_until")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Released(AllocationId id, UUID organisationId, UUID holderId) {
    }

    private record HolderKey(UUID organisationId, UUID holderId) {
    }
}
