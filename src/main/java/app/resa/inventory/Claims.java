package app.resa.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.DateRange;

/**
 * Claims on capacity: holds, and their moves to reserved, confirmed, consumed or released.
 * Capacity is taken by one conditional statement (DESIGN.md §4.1); a hold that fails first frees
 * the expired holds in its way and tries once more, so an expired hold never blocks a sale.
 * Methods join the caller's transaction; a refusal is thrown before anything is written.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Claims {

    private final JdbcClient jdbc;
    private final Expiry expiry;
    private final Taking taking;

    Claims(JdbcClient jdbc, Expiry expiry, Taking taking) {
        this.jdbc = jdbc;
        this.expiry = expiry;
        this.taking = taking;
    }

    /**
     * The caller's transaction only puts places in a cart: its commit need not wait for the WAL to
     * reach disk (DESIGN.md §4b, decision 77). The pool row it locks is then free as soon as the
     * commit is written, not once it is flushed. A crash may lose the last few hundred milliseconds
     * of carts — the counter and its allocations together, never one without the other — and
     * never a reservation, a confirmation or a payment: those transactions commit durably.
     */
    public void cartOnly() {
        jdbc.sql("set local synchronous_commit = off").update();
    }

    /** Holds a quantity of a counted pool, or of each of the nights of a nightly pool. */
    public Allocation holdQuantity(UUID organisationId, PoolId pool, int quantity, @Nullable DateRange nights,
                                   UUID holderId, Instant expiresAt) {
        return holdQuantity(new AllocationId(UUID.randomUUID()), organisationId, pool, quantity, nights, holderId,
                expiresAt);
    }

    /**
     * The same with an id chosen by the caller, so it can write its own records first and claim
     * the capacity last: the pool row is then locked only until the commit that follows.
     */
    public Allocation holdQuantity(AllocationId id, UUID organisationId, PoolId pool, int quantity,
                                   @Nullable DateRange nights, UUID holderId, Instant expiresAt) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (taking.takeQuantity(organisationId, pool, quantity, nights, holderId, expiresAt, id) == 0) {
            expiry.releaseExpired(organisationId, pool);
            if (taking.takeQuantity(organisationId, pool, quantity, nights, holderId, expiresAt, id) == 0) {
                throw InsufficientCapacityException.of(pool, quantity, taking.free(organisationId, pool, nights));
            }
        }
        return new Allocation(id, holderId, pool, null, quantity, nights, AllocationState.HELD, expiresAt, null);
    }

    /**
     * Holds one unit, for the whole slot ({@code period} null: a seat at its session) or over a
     * period (a rental). The exclusion constraint is what makes a double claim impossible.
     *
     * @param refusalCode the caller's word for the unit in the refusal, e.g. {@code seat-unavailable}
     */
    public Allocation holdUnit(UUID organisationId, UnitId unit, @Nullable Period period, UUID holderId,
                               Instant expiresAt, String refusalCode) {
        return holdUnit(new AllocationId(UUID.randomUUID()), organisationId, unit, period, holderId, expiresAt,
                refusalCode);
    }

    /** The same with an id chosen by the caller (see {@link #holdQuantity(AllocationId, UUID, PoolId, int, DateRange, UUID, Instant)}). */
    public Allocation holdUnit(AllocationId id, UUID organisationId, UnitId unit, @Nullable Period period,
                               UUID holderId, Instant expiresAt, String refusalCode) {
        PoolId pool = taking.takeUnit(organisationId, unit, period, holderId, expiresAt, id);
        if (pool == null) {
            expiry.releaseExpired(organisationId, unit);
            pool = taking.takeUnit(organisationId, unit, period, holderId, expiresAt, id);
            if (pool == null) {
                throw UnitUnavailableException.of(refusalCode, unit);
            }
        }
        return new Allocation(id, holderId, pool, unit, 1, null, AllocationState.HELD, expiresAt, null);
    }

    /** Blocks held claims: reserved (an option when {@code optionUntil} is set). */
    public void reserve(UUID organisationId, Collection<AllocationId> ids, @Nullable Instant optionUntil) {
        move(organisationId, ids, List.of(AllocationState.HELD, AllocationState.RESERVED), AllocationState.RESERVED,
                optionUntil);
    }

    /** Sells held or reserved claims. */
    public void confirm(UUID organisationId, Collection<AllocationId> ids) {
        move(organisationId, ids, List.of(AllocationState.HELD, AllocationState.RESERVED), AllocationState.CONFIRMED,
                null);
    }

    /** Marks confirmed claims used: checked in, shipped, returned. */
    public void consume(UUID organisationId, Collection<AllocationId> ids) {
        move(organisationId, ids, List.of(AllocationState.CONFIRMED), AllocationState.CONSUMED, null);
    }

    /** Gives claims back, whatever their live state. Releasing a released claim is a no-op. */
    public void release(UUID organisationId, Collection<AllocationId> ids) {
        transition(organisationId, ids, List.of(AllocationState.HELD, AllocationState.RESERVED,
                AllocationState.CONFIRMED, AllocationState.CONSUMED), AllocationState.RELEASED, null);
    }

    /** Moves claims to another holder (a dossier split, a transfer) without touching capacity. */
    public void transfer(UUID organisationId, Collection<AllocationId> ids, UUID newHolderId) {
        int moved = jdbc.sql("""
                update inventory.allocation set holder_id = :holder, changed_at = now()
                 where organisation_id = :org and id in (:ids) and state <> 'RELEASED'
                   and (state <> 'HELD' or expires_at > now())
                """)
                .param("holder", newHolderId).param("org", organisationId).param("ids", values(ids)).update();
        if (moved != ids.size()) {
            throw AllocationStateException.of(AllocationState.HELD, ids);
        }
    }

    /** Renews a holder's unexpired holds to a new deadline (a cart's sliding expiry). */
    public int renewHolds(UUID organisationId, UUID holderId, Instant expiresAt) {
        return jdbc.sql("""
                update inventory.allocation set expires_at = :expiresAt, changed_at = now()
                 where organisation_id = :org and holder_id = :holder and state = 'HELD' and expires_at > now()
                """)
                .param("expiresAt", Timestamp.from(expiresAt)).param("org", organisationId).param("holder", holderId)
                .update();
    }

    /** The live claims of a holder (expired holds included until released). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Allocation> of(UUID organisationId, UUID holderId) {
        return jdbc.sql(Expiry.SELECT_ALLOCATION + " where organisation_id = :org and holder_id = :holder and state <> 'RELEASED'")
                .param("org", organisationId).param("holder", holderId)
                .query(Expiry::allocation).list();
    }

    private void move(UUID organisationId, Collection<AllocationId> ids, List<AllocationState> from,
                      AllocationState to, @Nullable Instant optionUntil) {
        int moved = transition(organisationId, ids, from, to, optionUntil);
        if (moved != ids.size()) {
            throw AllocationStateException.of(to, ids);
        }
    }

    /**
     * One statement: lock the claims (in id order), move them, and move their quantities between
     * the counters of their buckets. Expired holds cannot move to RESERVED or CONFIRMED.
     */
    private int transition(UUID organisationId, Collection<AllocationId> ids, List<AllocationState> from,
                           AllocationState to, @Nullable Instant optionUntil) {
        if (ids.isEmpty()) {
            return 0;
        }
        boolean releasing = to == AllocationState.RELEASED;
        return jdbc.sql("""
                with claims as (
                    select id, state, pool_id, unit_id, quantity, nights from inventory.allocation
                     where organisation_id = :org and id in (:ids) and state in (:from)
                       and (state <> 'HELD' or expires_at > now() or :releasing)
                     order by id for update),
                moved as (
                    update inventory.allocation a
                       set state = :to, expires_at = null, option_until = :optionUntil, changed_at = now()
                      from claims c where a.id = c.id returning a.id),
                deltas as (
                    select b.id,
                           sum(c.quantity) filter (where c.state = 'HELD') as held,
                           sum(c.quantity) filter (where c.state = 'RESERVED') as reserved,
                           sum(c.quantity) filter (where c.state = 'CONFIRMED') as confirmed,
                           sum(c.quantity) filter (where c.state = 'CONSUMED') as consumed,
                           sum(c.quantity) as total
                      from claims c
                      join inventory.bucket b on b.pool_id = c.pool_id
                     where c.unit_id is null and (c.nights is null and b.night is null or c.nights @> b.night)
                     group by b.id),
                counted as (
                    update inventory.bucket b
                       set held = b.held - coalesce(d.held, 0),
                           reserved = b.reserved - coalesce(d.reserved, 0) + case when :to = 'RESERVED' then d.total else 0 end,
                           confirmed = b.confirmed - coalesce(d.confirmed, 0) + case when :to = 'CONFIRMED' then d.total else 0 end,
                           consumed = b.consumed - coalesce(d.consumed, 0) + case when :to = 'CONSUMED' then d.total else 0 end
                      from deltas d where b.id = d.id)
                select count(*) from moved
                """)
                .param("org", organisationId).param("ids", values(ids))
                .param("from", from.stream().map(Enum::name).toList()).param("to", to.name())
                .param("releasing", releasing)
                .param("optionUntil", optionUntil == null ? null : Timestamp.from(optionUntil))
                .query(Integer.class).single();
    }

    private static List<UUID> values(Collection<AllocationId> ids) {
        return ids.stream().map(AllocationId::value).toList();
    }

    /** A span of time a unit is claimed for: a rental from pick-up to return. */
    public record Period(Instant start, Instant end) {
        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a period must end after it starts");
            }
        }
    }
}
