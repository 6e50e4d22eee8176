package app.resa.inventory;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's invariant (DESIGN.md §4.2): every bucket's counters equal the sum of the live
 * allocations on it, and no unit has two live claims over overlapping time. Empty means sound.
 */
@Service
public class InventoryCheck {

    private final JdbcClient jdbc;

    InventoryCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<String> violations(UUID organisationId) {
        var problems = new java.util.ArrayList<String>();
        jdbc.sql("""
                with live as (
                    select b.id,
                           coalesce(sum(a.quantity) filter (where a.state = 'HELD'), 0) as held,
                           coalesce(sum(a.quantity) filter (where a.state = 'RESERVED'), 0) as reserved,
                           coalesce(sum(a.quantity) filter (where a.state = 'CONFIRMED'), 0) as confirmed,
                           coalesce(sum(a.quantity) filter (where a.state = 'CONSUMED'), 0) as consumed
                      from inventory.bucket b
                      left join inventory.allocation a on a.pool_id = b.pool_id and a.unit_id is null
                       and a.state <> 'RELEASED' and (a.nights is null and b.night is null or a.nights @> b.night)
                     where b.organisation_id = :org
                     group by b.id)
                select b.id, b.pool_id, b.night, b.held, b.reserved, b.confirmed, b.consumed,
                       l.held as live_held, l.reserved as live_reserved, l.confirmed as live_confirmed,
                       l.consumed as live_consumed
                  from inventory.bucket b join live l on l.id = b.id
                 where (b.held, b.reserved, b.confirmed, b.consumed) <> (l.held, l.reserved, l.confirmed, l.consumed)
                    or b.held + b.reserved + b.confirmed + b.consumed > b.capacity
                """)
                .param("org", organisationId)
                .query(rs -> {
                    problems.add("bucket %s of pool %s%s: counters %d/%d/%d/%d, live allocations %d/%d/%d/%d"
                            .formatted(rs.getObject("id"), rs.getObject("pool_id"),
                                    rs.getObject("night") == null ? "" : " night " + rs.getObject("night"),
                                    rs.getInt("held"), rs.getInt("reserved"), rs.getInt("confirmed"), rs.getInt("consumed"),
                                    rs.getInt("live_held"), rs.getInt("live_reserved"), rs.getInt("live_confirmed"),
                                    rs.getInt("live_consumed")));
                });
        jdbc.sql("""
                select a.unit_id, count(*) from inventory.allocation a join inventory.allocation b
                    on a.unit_id = b.unit_id and a.id < b.id
                   and coalesce(a.period, tstzrange('-infinity', 'infinity')) && coalesce(b.period, tstzrange('-infinity', 'infinity'))
                 where a.organisation_id = :org and a.state <> 'RELEASED' and b.state <> 'RELEASED'
                 group by a.unit_id
                """)
                .param("org", organisationId)
                .query(rs -> {
                    problems.add("unit %s has %d overlapping live claims".formatted(rs.getObject(1), rs.getInt(2) + 1));
                });
        return problems;
    }
}
