package app.resa.documents;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Caller;
import app.resa.shared.Money;

/** Tickets and their secrets; every statement is scoped by organisation. */
@Repository
class Tickets {

    private final JdbcClient jdbc;

    Tickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A block of {@code count} ticket numbers, sequential per organisation, in one statement. The
     * counter row stays locked until the print commits, so numbers have no gaps; prints of one
     * organisation queue on it for the length of a print, which counter rates allow.
     */
    long takeNumbers(UUID organisationId, int count) {
        long last = jdbc.sql("""
                insert into documents.ticket_number (organisation_id, last_number) values (:org, :count)
                on conflict (organisation_id) do update set last_number = ticket_number.last_number + :count
                returning last_number
                """)
                .param("org", organisationId).param("count", count).query(Long.class).single();
        return last - count + 1;
    }

    /** The live (not voided) tickets of these lines, in line and place order. */
    List<Ticket> ofLines(UUID organisationId, Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from documents.ticket
                 where organisation_id = :org and line_id in (:lines) and voided_at is null
                 order by number
                """)
                .param("org", organisationId).param("lines", lineIds).query(Tickets::ticket).list();
    }

    void insert(Caller caller, Ticket ticket) {
        jdbc.sql("""
                insert into documents.ticket (id, organisation_id, number, dossier_id, dossier_number, line_id, place,
                       session_id, event_id, event_name, starts_at, seat_label, quota_name, tariff_name, price, currency,
                       issued_at, issued_by, print_count, last_printed_at)
                values (:id, :org, :number, :dossier, :dossierNumber, :line, :place, :session, :event, :eventName,
                        :startsAt, :seat, :quota, :tariff, :price, :currency, :issuedAt, :issuedBy, 1, :issuedAt)
                """)
                .param("id", ticket.id()).param("org", caller.organisationId()).param("number", ticket.number())
                .param("dossier", ticket.dossierId()).param("dossierNumber", ticket.dossierNumber())
                .param("line", ticket.lineId()).param("place", ticket.place()).param("session", ticket.sessionId())
                .param("event", ticket.eventId()).param("eventName", ticket.eventName())
                .param("startsAt", Timestamp.from(ticket.startsAt())).param("seat", ticket.seatLabel())
                .param("quota", ticket.quotaName()).param("tariff", ticket.tariffName())
                .param("price", ticket.price().amount()).param("currency", ticket.price().currency().getCurrencyCode())
                .param("issuedAt", Timestamp.from(ticket.issuedAt())).param("issuedBy", caller.userId())
                .update();
    }

    /** A reprint: one more print of each ticket. */
    void reprinted(UUID organisationId, Collection<UUID> ticketIds, Instant now) {
        jdbc.sql("""
                update documents.ticket set print_count = print_count + 1, last_printed_at = :now
                 where organisation_id = :org and id in (:ids)
                """)
                .param("now", Timestamp.from(now)).param("org", organisationId).param("ids", ticketIds).update();
    }

    /**
     * The ticket's secret from now on. Its earlier secret, if any, is kept as replaced: the
     * earlier paper then scans as cancelled rather than unknown.
     */
    void giveSecret(UUID organisationId, UUID ticketId, TicketSecret secret, Instant now) {
        jdbc.sql("""
                update documents.ticket_secret set replaced_at = :now
                 where organisation_id = :org and ticket_id = :ticket and replaced_at is null
                """)
                .param("now", Timestamp.from(now)).param("org", organisationId).param("ticket", ticketId).update();
        jdbc.sql("""
                insert into documents.ticket_secret (organisation_id, secret_hash, ticket_id, issued_at)
                values (:org, :hash, :ticket, :now)
                """)
                .param("org", organisationId).param("hash", secret.hash()).param("ticket", ticketId)
                .param("now", Timestamp.from(now)).update();
    }

    /** The ticket a scanned secret belongs to, and whether that secret was replaced by a reprint since. */
    Optional<Scanned> bySecret(UUID organisationId, byte[] secretHash) {
        return jdbc.sql("""
                select t.*, s.replaced_at as secret_replaced_at
                  from documents.ticket_secret s
                  join documents.ticket t on t.organisation_id = s.organisation_id and t.id = s.ticket_id
                 where s.organisation_id = :org and s.secret_hash = :hash
                """)
                .param("org", organisationId).param("hash", secretHash)
                .query((rs, row) -> new Scanned(ticket(rs, row), rs.getTimestamp("secret_replaced_at") != null))
                .optional();
    }

    /**
     * The first scan wins: one conditional statement, so of many scans of one ticket at once
     * exactly one finds it not yet checked in (PostgreSQL re-checks the condition on the row
     * version the winner committed).
     */
    boolean checkIn(Caller caller, UUID ticketId, Instant now) {
        return jdbc.sql("""
                update documents.ticket
                   set checked_in_at = :now, checked_in_by = :user, checked_in_by_name = :name, checked_in_on = :pos
                 where organisation_id = :org and id = :id and checked_in_at is null and voided_at is null
                """)
                .param("now", Timestamp.from(now)).param("user", caller.userId()).param("name", caller.name())
                .param("pos", caller.pointOfSaleId()).param("org", caller.organisationId()).param("id", ticketId)
                .update() == 1;
    }

    Optional<Ticket> find(UUID organisationId, UUID ticketId) {
        return jdbc.sql("select * from documents.ticket where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", ticketId).query(Tickets::ticket).optional();
    }

    /** Tickets of these lines can no longer be used: their lines were cancelled or given other places. */
    int voidLines(UUID organisationId, Collection<UUID> lineIds, Instant now) {
        if (lineIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update documents.ticket set voided_at = :now
                 where organisation_id = :org and line_id in (:lines) and voided_at is null
                """)
                .param("now", Timestamp.from(now)).param("org", organisationId).param("lines", lineIds).update();
    }

    /** Lines split off to another dossier take their tickets along. */
    void moveLines(UUID organisationId, Collection<UUID> lineIds, UUID dossierId, long dossierNumber) {
        if (lineIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update documents.ticket set dossier_id = :dossier, dossier_number = :number
                 where organisation_id = :org and line_id in (:lines)
                """)
                .param("dossier", dossierId).param("number", dossierNumber).param("org", organisationId)
                .param("lines", lineIds).update();
    }

    Map<UUID, Long> checkedInBySession(UUID organisationId, Collection<UUID> sessionIds) {
        var counts = new HashMap<UUID, Long>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select session_id, count(*) as n from documents.ticket
                 where organisation_id = :org and session_id in (:sessions) and checked_in_at is not null
                 group by session_id
                """)
                .param("org", organisationId).param("sessions", sessionIds)
                .query(rs -> {
                    counts.put(rs.getObject("session_id", UUID.class), rs.getLong("n"));
                });
        return counts;
    }

    static Ticket ticket(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Ticket(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("dossier_id", UUID.class),
                rs.getLong("dossier_number"), rs.getObject("line_id", UUID.class), rs.getInt("place"),
                rs.getObject("session_id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("event_name"), rs.getTimestamp("starts_at").toInstant(), rs.getString("seat_label"),
                rs.getString("quota_name"), rs.getString("tariff_name"),
                new Money(rs.getBigDecimal("price").setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY),
                        currency),
                rs.getTimestamp("issued_at").toInstant(), rs.getInt("print_count"),
                rs.getTimestamp("last_printed_at").toInstant(), instant(rs.getTimestamp("voided_at")),
                instant(rs.getTimestamp("checked_in_at")), rs.getString("checked_in_by_name"),
                rs.getObject("checked_in_on", UUID.class));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A ticket found by a secret; {@code replaced}: that secret is an earlier print's. */
    record Scanned(Ticket ticket, boolean replaced) {
    }
}
