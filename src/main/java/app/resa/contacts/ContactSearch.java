package app.resa.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Lists and finds contacts with hand-written SQL. The free-text part matches the trigram-indexed
 * {@code search_text} column, so a search stays fast at a million contacts (docs/performance.md).
 */
@Repository
public class ContactSearch {

    private final JdbcClient jdbc;

    ContactSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResponse<ContactSummary> find(UUID organisationId, ContactFilter filter, PageRequest page) {
        var where = new ArrayList<String>();
        where.add("c.organisation_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", organisationId);
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip().toLowerCase();
            if (text.matches("#?\\d+") && text.length() <= 18) {
                where.add("(c.number = :number or c.search_text like :pattern)");
                params.put("number", Long.parseLong(text.replace("#", "")));
            } else {
                where.add("c.search_text like :pattern");
            }
            params.put("pattern", "%" + escapeLike(normalisePhone(text)) + "%");
        }
        if (filter.kind() != null) {
            where.add("c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.contactTypeId() != null) {
            where.add("c.contact_type_id = :type");
            params.put("type", filter.contactTypeId());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add("lower(c.city) = lower(:city)");
            params.put("city", filter.city().strip());
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from contacts.contact c where " + condition)
                .params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ContactSummary> items = jdbc.sql("""
                select c.id, c.number, c.kind, c.display_name, c.email, c.phone, c.city, c.contact_type_id,
                       t.name as contact_type_name, c.created_at, c.modified_at
                  from contacts.contact c
                  left join contacts.contact_type t on t.id = c.contact_type_id and t.organisation_id = c.organisation_id
                 where %s
                 order by c.display_name, c.id
                 limit :limit offset :offset
                """.formatted(condition))
                .params(params)
                .query((rs, row) -> new ContactSummary(rs.getObject("id", UUID.class), rs.getLong("number"),
                        Contact.Kind.valueOf(rs.getString("kind")), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("phone"), rs.getString("city"),
                        rs.getObject("contact_type_id", UUID.class), rs.getString("contact_type_name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("modified_at"))))
                .list();
        return PageResponse.of(items, page, total);
    }

    /** Display names of contacts of the organisation, for lists that show a contact column. */
    public Map<UUID, String> names(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<UUID, String>();
        jdbc.sql("select id, display_name from contacts.contact where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    /**
     * Ids of the contacts of a type, for filters of other modules (the dossier list). Bounded:
     * at most {@code limit + 1} ids come back, so the caller can tell the type has too many
     * contacts to filter on by id and refuse instead of answering wrongly.
     */
    public List<UUID> idsOfType(UUID organisationId, UUID contactTypeId, int limit) {
        return jdbc.sql("""
                select id from contacts.contact where organisation_id = :org and contact_type_id = :type
                 order by id limit :limit
                """)
                .param("org", organisationId).param("type", contactTypeId).param("limit", limit + 1)
                .query(UUID.class).list();
    }

    /** Ids of the first {@code limit} contacts the free text finds (name, e-mail, phone, number). */
    public List<UUID> idsMatching(UUID organisationId, String text, int limit) {
        return find(organisationId, ContactFilter.text(text), new PageRequest(0, limit)).items().stream()
                .map(ContactSummary::id).toList();
    }

    /** Phone numbers are stored as digits; "06 12-34" must find "061234". */
    private static String normalisePhone(String text) {
        String digits = text.replaceAll("[\\s().-]", "");
        return digits.matches("\\+?\\d{4,}") ? digits : text;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    /** The filters of the contact list; all optional. */
    public record ContactFilter(@Nullable String text, Contact.@Nullable Kind kind, @Nullable UUID contactTypeId,
                                @Nullable String city) {
        public static ContactFilter text(String text) {
            return new ContactFilter(text, null, null, null);
        }
    }

    /** One row of the contact list. */
    public record ContactSummary(UUID id, long number, Contact.Kind kind, String displayName, @Nullable String email,
                                 @Nullable String phone, @Nullable String city, @Nullable UUID contactTypeId,
                                 @Nullable String contactTypeName, Instant createdAt, Instant modifiedAt) {
    }
}
