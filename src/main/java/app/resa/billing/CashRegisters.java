package app.resa.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** Cash registers, their sessions and closing counts; every statement is scoped by organisation. */
@Repository
class CashRegisters {

    private static final String SESSION = """
            select s.*, r.name as register_name from billing.cash_session s
              join billing.cash_register r on r.organisation_id = s.organisation_id and r.id = s.register_id
            """;

    private final JdbcClient jdbc;

    CashRegisters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the name is taken. */
    boolean insert(Caller caller, CashRegister register) {
        return jdbc.sql("""
                insert into billing.cash_register (id, organisation_id, point_of_sale_id, name, created_at, created_by)
                values (:id, :org, :pos, :name, :at, :by) on conflict do nothing
                """)
                .param("id", register.id()).param("org", caller.organisationId()).param("pos", register.pointOfSaleId())
                .param("name", register.name()).param("at", Timestamp.from(register.createdAt()))
                .param("by", caller.userId()).update() == 1;
    }

    List<CashRegister> all(UUID organisationId) {
        return jdbc.sql("select * from billing.cash_register where organisation_id = :org order by name")
                .param("org", organisationId).query(CashRegisters::register).list();
    }

    Optional<CashRegister> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from billing.cash_register where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(CashRegisters::register).optional();
    }

    /** False when the register or its point of sale already has an open session (the partial unique indexes). */
    boolean open(Caller caller, UUID sessionId, CashRegister register, Money openingFloat, Instant now) {
        return jdbc.sql("""
                insert into billing.cash_session (id, organisation_id, register_id, point_of_sale_id, currency,
                       opening_float, opened_at, opened_by)
                values (:id, :org, :register, :pos, :currency, :float, :at, :by) on conflict do nothing
                """)
                .param("id", sessionId).param("org", caller.organisationId()).param("register", register.id())
                .param("pos", register.pointOfSaleId()).param("currency", openingFloat.currency().getCurrencyCode())
                .param("float", openingFloat.amount()).param("at", Timestamp.from(now)).param("by", caller.userId())
                .update() == 1;
    }

    Optional<CashSession> session(UUID organisationId, UUID id) {
        return jdbc.sql(SESSION + " where s.organisation_id = :org and s.id = :id")
                .param("org", organisationId).param("id", id).query(CashRegisters::session).optional()
                .map(session -> withCounts(organisationId, session));
    }

    /**
     * The session locked until commit, if still open. A payment being recorded holds it "for
     * share" (V11's trigger), so closing waits for it and counts it.
     */
    Optional<UUID> lockOpen(UUID organisationId, UUID id) {
        return jdbc.sql("""
                select id from billing.cash_session where organisation_id = :org and id = :id and closed_at is null
                   for update
                """)
                .param("org", organisationId).param("id", id).query(UUID.class).optional();
    }

    /** The open session of a point of sale, if any. */
    Optional<CashSession> openAt(UUID organisationId, UUID pointOfSaleId) {
        return jdbc.sql(SESSION + " where s.organisation_id = :org and s.point_of_sale_id = :pos and s.closed_at is null")
                .param("org", organisationId).param("pos", pointOfSaleId).query(CashRegisters::session).optional();
    }

    PageResponse<CashSession> sessions(UUID organisationId, PageRequest page) {
        long total = jdbc.sql("select count(*) from billing.cash_session where organisation_id = :org")
                .param("org", organisationId).query(Long.class).single();
        var items = jdbc.sql(SESSION + " where s.organisation_id = :org order by s.opened_at desc, s.id"
                        + " limit :limit offset :offset")
                .param("org", organisationId).param("limit", page.size()).param("offset", (long) page.offset())
                .query(CashRegisters::session).list();
        return PageResponse.of(items, page, total);
    }

    /** What the session's payments come to per method (refunds count negatively). */
    Map<PaymentMethod, BigDecimal> takings(UUID organisationId, UUID sessionId) {
        var sums = new EnumMap<PaymentMethod, BigDecimal>(PaymentMethod.class);
        jdbc.sql("""
                select method, sum(amount) as total from billing.payment
                 where organisation_id = :org and cash_session_id = :session group by method
                """)
                .param("org", organisationId).param("session", sessionId)
                .query((rs, n) -> sums.put(PaymentMethod.valueOf(rs.getString("method")), rs.getBigDecimal("total")))
                .list();
        return sums;
    }

    void close(Caller caller, UUID sessionId, List<CashSession.Count> counts, @Nullable String note, Instant now) {
        for (CashSession.Count count : counts) {
            jdbc.sql("""
                    insert into billing.cash_count (organisation_id, session_id, method, expected, counted)
                    values (:org, :session, :method, :expected, :counted)
                    """)
                    .param("org", caller.organisationId()).param("session", sessionId)
                    .param("method", count.method().name()).param("expected", count.expected().amount())
                    .param("counted", count.counted().amount()).update();
        }
        jdbc.sql("""
                update billing.cash_session set closed_at = :at, closed_by = :by, closing_note = :note
                 where organisation_id = :org and id = :id and closed_at is null
                """)
                .param("at", Timestamp.from(now)).param("by", caller.userId()).param("note", note)
                .param("org", caller.organisationId()).param("id", sessionId).update();
    }

    private CashSession withCounts(UUID organisationId, CashSession session) {
        var currency = session.openingFloat().currency();
        var counts = jdbc.sql("""
                select method, expected, counted from billing.cash_count
                 where organisation_id = :org and session_id = :session
                """)
                .param("org", organisationId).param("session", session.id())
                .query((rs, n) -> new CashSession.Count(PaymentMethod.valueOf(rs.getString("method")),
                        Folios.money(rs.getBigDecimal("expected"), currency),
                        Folios.money(rs.getBigDecimal("counted"), currency)))
                .list().stream().sorted(java.util.Comparator.comparing(CashSession.Count::method)).toList();
        return new CashSession(session.id(), session.registerId(), session.registerName(), session.pointOfSaleId(),
                session.openingFloat(), session.openedAt(), session.openedBy(), session.closedAt(), session.closedBy(),
                session.closingNote(), counts);
    }

    private static CashRegister register(ResultSet rs, int row) throws SQLException {
        return new CashRegister(rs.getObject("id", UUID.class), rs.getObject("point_of_sale_id", UUID.class),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant());
    }

    private static CashSession session(ResultSet rs, int row) throws SQLException {
        var closedAt = rs.getTimestamp("closed_at");
        return new CashSession(rs.getObject("id", UUID.class), rs.getObject("register_id", UUID.class),
                rs.getString("register_name"), rs.getObject("point_of_sale_id", UUID.class),
                Folios.money(rs.getBigDecimal("opening_float"), Currency.getInstance(rs.getString("currency"))),
                rs.getTimestamp("opened_at").toInstant(), rs.getObject("opened_by", UUID.class),
                closedAt == null ? null : closedAt.toInstant(), rs.getObject("closed_by", UUID.class),
                rs.getString("closing_note"), List.of());
    }
}
