package app.resa.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * The dossier list of the seed ("Liste des dossiers"): every filter, sortable, paginated, and the
 * same rows streamed for the CSV export. Filters are plain SQL on indexed columns; the products
 * column is computed for the rows of the page only.
 */
@Repository
public class DossierSearch {

    private final JdbcClient jdbc;

    DossierSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResponse<Row> find(UUID organisationId, DossierFilter filter, Sort sort, PageRequest page) {
        return find(organisationId, filter, Scope.ALL, sort, page);
    }

    /** The same within a scope resolved from other modules (see {@link DossierList}). */
    PageResponse<Row> find(UUID organisationId, DossierFilter filter, Scope scope, Sort sort, PageRequest page) {
        var params = new HashMap<String, Object>();
        String where = where(organisationId, filter, scope, params);
        long total = jdbc.sql("select count(*) from booking.dossier d where " + where)
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var rows = jdbc.sql(select(where, sort) + " limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        return PageResponse.of(rows, page, total);
    }

    /** Every matching row, in order, for the export; capped so one click cannot stream a database. */
    void each(UUID organisationId, DossierFilter filter, Scope scope, Sort sort, int max, Consumer<Row> consumer) {
        var params = new HashMap<String, Object>();
        String where = where(organisationId, filter, scope, params);
        params.put("limit", max);
        jdbc.sql(select(where, sort) + " limit :limit").params(params)
                .query(rs -> {
                    consumer.accept(row(rs));
                });
    }

    private static String select(String where, Sort sort) {
        return """
                select d.id, d.number, d.status, d.print_status, d.contact_id, d.created_at, d.created_by, d.created_on,
                       d.modified_at, d.modified_by, d.modified_on,
                       (select string_agg(distinct l.product, ', ') from booking.dossier_line l
                         where l.organisation_id = d.organisation_id and l.dossier_id = d.id
                           and l.status not in ('CANCELLED', 'EXPIRED')) as products
                  from booking.dossier d
                 where %s
                 order by %s
                """.formatted(where, sort.sql());
    }

    private static String where(UUID organisationId, DossierFilter f, Scope scope, Map<String, Object> params) {
        var where = new ArrayList<String>();
        where.add("d.organisation_id = :org");
        params.put("org", organisationId);
        add(where, params, "d.number = :number", "number", f.number());
        add(where, params, "d.status = :status", "status", f.status() == null ? null : f.status().name());
        add(where, params, "d.print_status = :print", "print", f.printStatus() == null ? null : f.printStatus().name());
        add(where, params, "d.contact_id = :contact", "contact", f.contactId());
        add(where, params, "d.created_at >= :createdFrom", "createdFrom", timestamp(f.createdFrom()));
        add(where, params, "d.created_at < :createdTo", "createdTo", timestamp(f.createdTo()));
        add(where, params, "d.created_by = :createdBy", "createdBy", f.createdBy());
        add(where, params, "d.created_on = :createdOn", "createdOn", f.createdOn());
        add(where, params, "d.modified_at >= :modifiedFrom", "modifiedFrom", timestamp(f.modifiedFrom()));
        add(where, params, "d.modified_at < :modifiedTo", "modifiedTo", timestamp(f.modifiedTo()));
        add(where, params, "d.modified_by = :modifiedBy", "modifiedBy", f.modifiedBy());
        add(where, params, "d.modified_on = :modifiedOn", "modifiedOn", f.modifiedOn());
        add(where, params, """
                exists (select 1 from booking.dossier_line l where l.organisation_id = d.organisation_id
                         and l.dossier_id = d.id and (l.event_id = :product or l.session_id = :product))""",
                "product", f.product());
        if (scope.contactIds() != null) {
            if (scope.contactIds().isEmpty()) {
                where.add("false");
            } else {
                where.add("d.contact_id in (:contactIds)");
                params.put("contactIds", scope.contactIds());
            }
        }
        if (!scope.hiddenEvents().isEmpty()) {
            // Hidden when it has lines and every one of them is of a hidden event; empty dossiers show.
            where.add("""
                    not (exists (select 1 from booking.dossier_line l where l.organisation_id = d.organisation_id
                                  and l.dossier_id = d.id)
                         and not exists (select 1 from booking.dossier_line l where l.organisation_id = d.organisation_id
                                  and l.dossier_id = d.id and l.event_id not in (:hiddenEvents)))""");
            params.put("hiddenEvents", scope.hiddenEvents());
        }
        return String.join(" and ", where);
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name,
                            @Nullable Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getLong("number"), DossierStatus.valueOf(rs.getString("status")),
                PrintStatus.valueOf(rs.getString("print_status")), rs.getObject("contact_id", UUID.class),
                rs.getString("products"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class), rs.getObject("created_on", UUID.class),
                rs.getTimestamp("modified_at").toInstant(), rs.getObject("modified_by", UUID.class),
                rs.getObject("modified_on", UUID.class));
    }

    /**
     * The filters of the seed's dossier list; all optional. {@code product} is an event or a
     * session; {@code contact} (a text), {@code contactTypeId} and {@code includeClosedSeasons}
     * are resolved by {@link DossierList} through the contacts and ticketing modules.
     */
    public record DossierFilter(@Nullable Long number, @Nullable DossierStatus status, @Nullable PrintStatus printStatus,
                                @Nullable UUID contactId, @Nullable Instant createdFrom, @Nullable Instant createdTo,
                                @Nullable UUID createdBy, @Nullable UUID createdOn, @Nullable Instant modifiedFrom,
                                @Nullable Instant modifiedTo, @Nullable UUID modifiedBy, @Nullable UUID modifiedOn,
                                @Nullable UUID product, @Nullable String contact, @Nullable UUID contactTypeId,
                                boolean includeClosedSeasons) {

        public static DossierFilter none() {
            return new DossierFilter(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, false);
        }

        /** One dossier by its number, whatever its season. */
        public static DossierFilter ofNumber(long number) {
            return new DossierFilter(number, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, true);
        }
    }

    /**
     * What the filters of other modules resolve to: the contacts a contact text or type allows
     * (null: any contact) and the events whose dossiers are hidden (closed seasons).
     */
    record Scope(@Nullable Collection<UUID> contactIds, Set<UUID> hiddenEvents) {
        static final Scope ALL = new Scope(null, Set.of());
    }

    /** The list's sort orders; newest first by default. */
    public enum Sort {
        CREATED_DESC("d.created_at desc, d.id"), CREATED_ASC("d.created_at, d.id"),
        MODIFIED_DESC("d.modified_at desc, d.id"), MODIFIED_ASC("d.modified_at, d.id"),
        NUMBER_DESC("d.number desc"), NUMBER_ASC("d.number");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    /** One row of the dossier list. */
    public record Row(UUID id, long number, DossierStatus status, PrintStatus printStatus, @Nullable UUID contactId,
                      @Nullable String products, Instant createdAt, @Nullable UUID createdBy, @Nullable UUID createdOn,
                      Instant modifiedAt, @Nullable UUID modifiedBy, @Nullable UUID modifiedOn) {
    }
}
