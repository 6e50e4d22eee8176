package app.resa.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.inventory.AllocationId;
import app.resa.shared.Audit;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.shared.StaleVersionException;

/** Dossiers and their lines; every statement is scoped by organisation. */
@Repository
class Dossiers {

    private final JdbcClient jdbc;
    private final Set<String> knownSequences = ConcurrentHashMap.newKeySet();

    Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Dossier> find(UUID organisationId, UUID id) {
        return header(organisationId, id, "").map(h -> h.with(lines(organisationId, id)));
    }

    /** The dossier with its header row locked until commit: operations on one dossier queue. */
    Optional<Dossier> lock(UUID organisationId, UUID id) {
        return header(organisationId, id, " for update").map(h -> h.with(lines(organisationId, id)));
    }

    /**
     * The dossier locked for an operation, if it is still at the version the caller read
     * ({@code If-Match}); any version when none is given.
     */
    Dossier lockForChange(UUID organisationId, UUID id, @Nullable Long expectedVersion) {
        var dossier = lock(organisationId, id).orElseThrow(() -> NotFoundException.of("Dossier", id));
        if (expectedVersion != null && dossier.version() != expectedVersion) {
            throw StaleVersionException.of("Dossier", id, expectedVersion);
        }
        return dossier;
    }

    Optional<UUID> idOfNumber(UUID organisationId, long number) {
        return jdbc.sql("select id from booking.dossier where organisation_id = :org and number = :number")
                .param("org", organisationId).param("number", number).query(UUID.class).optional();
    }

    /**
     * Sequential per organisation from a sequence of its own: unlike a counter row, a sequence is
     * not locked until commit, so concurrent buyers opening dossiers do not queue on one row (the
     * on-sale bench found that). A dossier that fails to open leaves a gap; dossier numbers, unlike
     * invoice numbers, may have gaps.
     */
    long nextNumber(UUID organisationId) {
        String sequence = "booking.dossier_number_" + organisationId.toString().replace("-", "");
        // A committed sequence is never dropped: look it up once per instance, not per dossier. One
        // made in this transaction is not remembered, since a rollback would take it away again.
        boolean exists = knownSequences.contains(sequence)
                || jdbc.sql("select to_regclass(:name) is not null").param("name", sequence).query(Boolean.class).single();
        if (exists) {
            knownSequences.add(sequence);
        } else {
            // Two first dossiers at once: the lock makes the second wait and find the sequence made.
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", sequence).query().singleRow();
            long start = jdbc.sql("select coalesce(max(number), 0) + 1 from booking.dossier where organisation_id = :org")
                    .param("org", organisationId).query(Long.class).single();
            jdbc.sql("create sequence if not exists " + sequence + " start with " + start).update();
        }
        return jdbc.sql("select nextval(cast(:name as regclass))").param("name", sequence).query(Long.class).single();
    }

    void insert(Dossier dossier) {
        var audit = dossier.audit();
        jdbc.sql("""
                insert into booking.dossier (id, organisation_id, number, status, print_status, contact_id, option_until,
                       cart_started_at, version, created_at, created_by, created_on, modified_at, modified_by, modified_on)
                values (:id, :org, :number, :status, :print, :contact, :optionUntil, :cartStartedAt, 0,
                        :createdAt, :createdBy, :createdOn, :modifiedAt, :modifiedBy, :modifiedOn)
                """)
                .param("id", dossier.id()).param("org", dossier.organisationId()).param("number", dossier.number())
                .param("status", dossier.status().name()).param("print", dossier.printStatus().name())
                .param("contact", dossier.contactId()).param("optionUntil", timestamp(dossier.optionUntil()))
                .param("cartStartedAt", timestamp(dossier.cartStartedAt()))
                .param("createdAt", timestamp(audit.createdAt())).param("createdBy", audit.createdBy())
                .param("createdOn", audit.createdOn()).param("modifiedAt", timestamp(audit.modifiedAt()))
                .param("modifiedBy", audit.modifiedBy()).param("modifiedOn", audit.modifiedOn())
                .update();
    }

    /** Writes the header if nobody wrote it since it was read; the version goes up by one. */
    void update(Dossier dossier) {
        var audit = dossier.audit();
        int updated = jdbc.sql("""
                update booking.dossier
                   set status = :status, print_status = :print, contact_id = :contact, option_until = :optionUntil,
                       cart_started_at = :cartStartedAt, version = version + 1,
                       modified_at = :modifiedAt, modified_by = :modifiedBy, modified_on = :modifiedOn
                 where organisation_id = :org and id = :id and version = :version
                """)
                .param("status", dossier.status().name()).param("print", dossier.printStatus().name())
                .param("contact", dossier.contactId()).param("optionUntil", timestamp(dossier.optionUntil()))
                .param("cartStartedAt", timestamp(dossier.cartStartedAt()))
                .param("modifiedAt", timestamp(audit.modifiedAt())).param("modifiedBy", audit.modifiedBy())
                .param("modifiedOn", audit.modifiedOn())
                .param("org", dossier.organisationId()).param("id", dossier.id()).param("version", dossier.version())
                .update();
        if (updated == 0) {
            throw StaleVersionException.of("Dossier", dossier.id(), dossier.version());
        }
        dossier.saved();
    }

    void insert(Dossier dossier, DossierLine line) {
        jdbc.sql("""
                insert into booking.dossier_line (id, organisation_id, dossier_id, status, session_id, event_id, product,
                       quota_id, seat_id, seat_label, quantity, tariff_id, tariff_name, unit_price, currency,
                       allocation_id, created_at)
                values (:id, :org, :dossier, :status, :session, :event, :product, :quota, :seat, :seatLabel, :quantity,
                        :tariff, :tariffName, :price, :currency, :allocation, :createdAt)
                """)
                .param("id", line.id()).param("org", dossier.organisationId()).param("dossier", dossier.id())
                .param("status", line.status().name()).param("session", line.sessionId()).param("event", line.eventId())
                .param("product", line.product()).param("quota", line.quotaId()).param("seat", line.seatId())
                .param("seatLabel", line.seatLabel()).param("quantity", line.quantity())
                .param("tariff", line.tariffId()).param("tariffName", line.tariffName())
                .param("price", line.unitPrice().amount()).param("currency", line.unitPrice().currency().getCurrencyCode())
                .param("allocation", line.allocationId().value()).param("createdAt", timestamp(line.createdAt()))
                .update();
    }

    void updateStatus(UUID organisationId, List<DossierLine> lines) {
        for (DossierLine line : lines) {
            jdbc.sql("update booking.dossier_line set status = :status where organisation_id = :org and id = :id")
                    .param("status", line.status().name()).param("org", organisationId).param("id", line.id())
                    .update();
        }
    }

    /** A line's claim after an exchange: its session, product, quota or seat, and allocation. */
    void updateClaim(UUID organisationId, DossierLine line) {
        jdbc.sql("""
                update booking.dossier_line
                   set session_id = :session, product = :product, quota_id = :quota, seat_id = :seat,
                       seat_label = :seatLabel, allocation_id = :allocation
                 where organisation_id = :org and id = :id
                """)
                .param("session", line.sessionId()).param("product", line.product()).param("quota", line.quotaId())
                .param("seat", line.seatId()).param("seatLabel", line.seatLabel())
                .param("allocation", line.allocationId().value()).param("org", organisationId).param("id", line.id())
                .update();
    }

    /** A line's tariff and price after a change set's tariff change. */
    void updateTariff(UUID organisationId, DossierLine line) {
        jdbc.sql("""
                update booking.dossier_line set tariff_id = :tariff, tariff_name = :tariffName, unit_price = :price,
                       currency = :currency
                 where organisation_id = :org and id = :id
                """)
                .param("tariff", line.tariffId()).param("tariffName", line.tariffName())
                .param("price", line.unitPrice().amount())
                .param("currency", line.unitPrice().currency().getCurrencyCode())
                .param("org", organisationId).param("id", line.id())
                .update();
    }

    void move(UUID organisationId, List<DossierLine> lines, UUID toDossier) {
        jdbc.sql("update booking.dossier_line set dossier_id = :to where organisation_id = :org and id in (:ids)")
                .param("to", toDossier).param("org", organisationId)
                .param("ids", lines.stream().map(DossierLine::id).toList())
                .update();
    }

    Optional<DossierPrinting.LineStanding> standing(UUID organisationId, UUID lineId) {
        return jdbc.sql("""
                select d.id, d.number, d.status as dossier_status, l.status as line_status
                  from booking.dossier_line l
                  join booking.dossier d on d.organisation_id = l.organisation_id and d.id = l.dossier_id
                 where l.organisation_id = :org and l.id = :line
                """)
                .param("org", organisationId).param("line", lineId)
                .query((rs, row) -> new DossierPrinting.LineStanding(rs.getObject("id", UUID.class), rs.getLong("number"),
                        DossierStatus.valueOf(rs.getString("dossier_status")),
                        LineStatus.valueOf(rs.getString("line_status"))))
                .optional();
    }

    /** The dossiers holding these allocations (for expired holds). */
    List<UUID> holdingAllocations(UUID organisationId, List<UUID> allocations) {
        return jdbc.sql("""
                select distinct dossier_id from booking.dossier_line
                 where organisation_id = :org and allocation_id in (:allocations)
                """)
                .param("org", organisationId).param("allocations", allocations).query(UUID.class).list();
    }

    private Optional<Header> header(UUID organisationId, UUID id, String lock) {
        return jdbc.sql("select * from booking.dossier where organisation_id = :org and id = :id" + lock)
                .param("org", organisationId).param("id", id)
                .query(Dossiers::header).optional();
    }

    private List<DossierLine> lines(UUID organisationId, UUID dossierId) {
        return jdbc.sql("""
                select * from booking.dossier_line where organisation_id = :org and dossier_id = :dossier
                 order by created_at, id
                """)
                .param("org", organisationId).param("dossier", dossierId)
                .query(Dossiers::line).list();
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getLong("number"), DossierStatus.valueOf(rs.getString("status")),
                PrintStatus.valueOf(rs.getString("print_status")), rs.getObject("contact_id", UUID.class),
                instant(rs.getTimestamp("option_until")), instant(rs.getTimestamp("cart_started_at")),
                rs.getLong("version"),
                new Audit(rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class),
                        rs.getObject("created_on", UUID.class), rs.getTimestamp("modified_at").toInstant(),
                        rs.getObject("modified_by", UUID.class), rs.getObject("modified_on", UUID.class)));
    }

    private static DossierLine line(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new DossierLine(rs.getObject("id", UUID.class), LineStatus.valueOf(rs.getString("status")),
                rs.getObject("session_id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("product"),
                rs.getObject("quota_id", UUID.class), rs.getObject("seat_id", UUID.class), rs.getString("seat_label"),
                rs.getInt("quantity"), rs.getObject("tariff_id", UUID.class), rs.getString("tariff_name"),
                new Money(rs.getBigDecimal("unit_price").setScale(currency.getDefaultFractionDigits(),
                        java.math.RoundingMode.UNNECESSARY), currency),
                new AllocationId(rs.getObject("allocation_id", UUID.class)), rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record Header(UUID id, UUID organisationId, long number, DossierStatus status, PrintStatus printStatus,
                          @Nullable UUID contactId, @Nullable Instant optionUntil, @Nullable Instant cartStartedAt,
                          long version, Audit audit) {
        Dossier with(List<DossierLine> lines) {
            return new Dossier(id, organisationId, number, status, printStatus, contactId, optionUntil, cartStartedAt,
                    version, audit, lines);
        }
    }
}
