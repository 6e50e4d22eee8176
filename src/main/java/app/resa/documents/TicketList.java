package app.resa.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * The ticket list (the seed's "Liste des billets"): tickets of the organisation, newest first,
 * filtered by session or event, dossier number, status and whether they were checked in. Every
 * filter is a column of the ticket itself, so the list never asks another module.
 */
@Service
public class TicketList {

    private final JdbcClient jdbc;

    TicketList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResponse<Ticket> page(Caller caller, Filter filter, PageRequest page) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new LinkedHashMap<>();
        where.add("organisation_id = :org");
        params.put("org", caller.organisationId());
        if (filter.sessionId() != null) {
            where.add("session_id = :session");
            params.put("session", filter.sessionId());
        }
        if (filter.eventId() != null) {
            where.add("event_id = :event");
            params.put("event", filter.eventId());
        }
        if (filter.dossierNumber() != null) {
            where.add("dossier_number = :dossierNumber");
            params.put("dossierNumber", filter.dossierNumber());
        }
        if (filter.status() != null) {
            where.add(switch (filter.status()) {
                case VALID -> "voided_at is null and checked_in_at is null";
                case USED -> "voided_at is null and checked_in_at is not null";
                case CANCELLED -> "voided_at is not null";
            });
        }
        if (filter.checkedIn() != null) {
            where.add(filter.checkedIn() ? "checked_in_at is not null" : "checked_in_at is null");
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from documents.ticket where " + condition).params(params)
                .query(Long.class).single();
        List<Ticket> items = jdbc.sql("select * from documents.ticket where " + condition
                        + " order by number desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(Tickets::ticket).list();
        return PageResponse.of(items, page, total);
    }

    /** What the list is narrowed to; a null filter is not applied. */
    public record Filter(@Nullable UUID sessionId, @Nullable UUID eventId, @Nullable Long dossierNumber,
                         @Nullable TicketStatus status, @Nullable Boolean checkedIn) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }
}
