package app.resa.ticketing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.inventory.PoolId;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** Reads sessions with their event, season and quotas: two statements whatever the number of sessions. */
@Repository
class Sessions {

    private static final String SELECT = """
            select s.id, s.event_id, e.name as event_name, e.season_id, coalesce(se.closed, false) as season_closed,
                   s.starts_at, s.seating_plan_id, s.seat_pool_id
              from ticketing.session s
              join ticketing.event e on e.organisation_id = s.organisation_id and e.id = s.event_id
              left join ticketing.season se on se.organisation_id = e.organisation_id and se.id = e.season_id
            """;

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Session> find(UUID organisationId, UUID id) {
        return select(organisationId, "s.organisation_id = :org and s.id = :id", Map.of("id", id), "").stream()
                .findFirst();
    }

    PageResponse<Session> find(UUID organisationId, @Nullable UUID eventId, @Nullable Instant from,
                               @Nullable Instant to, PageRequest page) {
        var where = new ArrayList<String>(List.of("s.organisation_id = :org"));
        var params = new HashMap<String, Object>();
        if (eventId != null) {
            where.add("s.event_id = :event");
            params.put("event", eventId);
        }
        if (from != null) {
            where.add("s.starts_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.add("s.starts_at < :to");
            params.put("to", Timestamp.from(to));
        }
        String condition = String.join(" and ", where);
        params.put("org", organisationId);
        long total = jdbc.sql("select count(*) from ticketing.session s where " + condition)
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = select(organisationId, condition, params, "order by s.starts_at, s.id limit :limit offset :offset");
        return PageResponse.of(items, page, total);
    }

    private List<Session> select(UUID organisationId, String condition, Map<String, Object> params, String tail) {
        var all = new HashMap<>(params);
        all.put("org", organisationId);
        var rows = jdbc.sql(SELECT + " where " + condition + " " + tail).params(all)
                .query((rs, n) -> new Session(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event_name"), rs.getObject("season_id", UUID.class),
                        rs.getBoolean("season_closed"), rs.getTimestamp("starts_at").toInstant(), List.of(),
                        rs.getObject("seating_plan_id", UUID.class),
                        rs.getObject("seat_pool_id", UUID.class) == null ? null
                                : new PoolId(rs.getObject("seat_pool_id", UUID.class))))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var quotas = new LinkedHashMap<UUID, List<Session.Quota>>();
        jdbc.sql("""
                select session_id, id, name, capacity, price_category, pool_id from ticketing.quota
                 where organisation_id = :org and session_id in (:ids) order by session_id, position
                """)
                .param("org", organisationId).param("ids", rows.stream().map(Session::id).toList())
                .query(rs -> {
                    quotas.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                            .add(new Session.Quota(rs.getObject("id", UUID.class), rs.getString("name"),
                                    rs.getInt("capacity"), rs.getString("price_category"),
                                    new PoolId(rs.getObject("pool_id", UUID.class))));
                });
        return rows.stream().map(s -> new Session(s.id(), s.eventId(), s.eventName(), s.seasonId(), s.seasonClosed(),
                s.startsAt(), List.copyOf(quotas.getOrDefault(s.id(), List.of())), s.seatingPlanId(), s.seatPool()))
                .toList();
    }
}
