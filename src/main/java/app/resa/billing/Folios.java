package app.resa.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Caller;
import app.resa.shared.Money;

/** Folios, their charges, charge moves and routing rules; every statement is scoped by organisation. */
@Repository
class Folios {

    private final JdbcClient jdbc;
    private final Payments payments;

    Folios(JdbcClient jdbc, Payments payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    /**
     * The dossier's main folio in this currency, opened if it has none, and locked until commit:
     * whoever records money or charges on it queues, so "settle" pays the balance it read.
     */
    UUID lockMain(Caller caller, UUID dossierId, Currency currency, Instant now) {
        jdbc.sql("""
                insert into billing.folio (id, organisation_id, dossier_id, kind, currency, created_at, created_by, created_on)
                values (:id, :org, :dossier, 'MAIN', :currency, :at, :by, :on)
                on conflict (organisation_id, dossier_id, currency) where kind = 'MAIN' do nothing
                """)
                .param("id", UUID.randomUUID()).param("org", caller.organisationId()).param("dossier", dossierId)
                .param("currency", currency.getCurrencyCode()).param("at", Timestamp.from(now))
                .param("by", caller.userId()).param("on", caller.pointOfSaleId()).update();
        return jdbc.sql("""
                select id from billing.folio where organisation_id = :org and dossier_id = :dossier
                   and kind = 'MAIN' and currency = :currency for update
                """)
                .param("org", caller.organisationId()).param("dossier", dossierId)
                .param("currency", currency.getCurrencyCode()).query(UUID.class).single();
    }

    /** A folio of the organisation, locked until commit. */
    Optional<UUID> lock(UUID organisationId, UUID folioId) {
        return jdbc.sql("select id from billing.folio where organisation_id = :org and id = :id for update")
                .param("org", organisationId).param("id", folioId).query(UUID.class).optional();
    }

    void insert(Caller caller, UUID folioId, UUID dossierId, FolioKind kind, @Nullable String name, Currency currency,
                @Nullable UUID payerContactId, Instant now) {
        jdbc.sql("""
                insert into billing.folio (id, organisation_id, dossier_id, kind, name, currency, payer_contact_id,
                       created_at, created_by, created_on)
                values (:id, :org, :dossier, :kind, :name, :currency, :payer, :at, :by, :on)
                """)
                .param("id", folioId).param("org", caller.organisationId()).param("dossier", dossierId)
                .param("kind", kind.name()).param("name", name).param("currency", currency.getCurrencyCode())
                .param("payer", payerContactId).param("at", Timestamp.from(now)).param("by", caller.userId())
                .param("on", caller.pointOfSaleId()).update();
    }

    /** The folios of a dossier with their charges and payments, main folios first. */
    DossierFolios ofDossier(UUID organisationId, UUID dossierId) {
        var headers = jdbc.sql("""
                select id, dossier_id, kind, name, currency, payer_contact_id, created_at from billing.folio
                 where organisation_id = :org and dossier_id = :dossier
                 order by kind <> 'MAIN', created_at, id
                """)
                .param("org", organisationId).param("dossier", dossierId).query(Folios::header).list();
        return new DossierFolios(dossierId, withContents(organisationId, headers));
    }

    Optional<Folio> folio(UUID organisationId, UUID folioId) {
        return jdbc.sql("""
                select id, dossier_id, kind, name, currency, payer_contact_id, created_at from billing.folio
                 where organisation_id = :org and id = :id
                """)
                .param("org", organisationId).param("id", folioId).query(Folios::header).optional()
                .map(header -> withContents(organisationId, List.of(header)).getFirst());
    }

    private List<Folio> withContents(UUID organisationId, List<Folio> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(Folio::id).toList();
        Map<UUID, List<Charge>> charges = jdbc.sql("""
                select * from billing.charge where organisation_id = :org and folio_id in (:ids) order by posted_at, id
                """)
                .param("org", organisationId).param("ids", ids).query(Folios::charge).list().stream()
                .collect(Collectors.groupingBy(Charge::folioId));
        Map<UUID, List<Payment>> paid = payments.ofFolios(organisationId, ids).stream()
                .collect(Collectors.groupingBy(Payment::folioId));
        var folios = new ArrayList<Folio>();
        for (Folio h : headers) {
            folios.add(new Folio(h.id(), h.dossierId(), h.kind(), h.name(), h.currency(), h.payerContactId(),
                    h.createdAt(), charges.getOrDefault(h.id(), List.of()), paid.getOrDefault(h.id(), List.of())));
        }
        return folios;
    }

    void insert(UUID organisationId, Charge charge, @Nullable UUID postedOn) {
        jdbc.sql("""
                insert into billing.charge (id, organisation_id, folio_id, dossier_id, line_id, event_id, description,
                       quantity, unit_price, discount, currency, net, tax, gross, tax_name, tax_rate, tax_inclusive,
                       posted_at, posted_by, posted_on)
                values (:id, :org, :folio, :dossier, :line, :event, :description, :quantity, :unitPrice, :discount,
                        :currency, :net, :tax, :gross, :taxName, :taxRate, :inclusive, :at, :by, :on)
                """)
                .param("id", charge.id()).param("org", organisationId).param("folio", charge.folioId())
                .param("dossier", charge.dossierId()).param("line", charge.lineId()).param("event", charge.eventId())
                .param("description", charge.description()).param("quantity", charge.quantity())
                .param("unitPrice", charge.unitPrice().amount()).param("discount", charge.discount().amount())
                .param("currency", charge.unitPrice().currency().getCurrencyCode())
                .param("net", charge.net().amount()).param("tax", charge.tax().amount())
                .param("gross", charge.gross().amount()).param("taxName", charge.taxName())
                .param("taxRate", charge.taxRate()).param("inclusive", charge.taxInclusive())
                .param("at", Timestamp.from(charge.postedAt())).param("by", charge.postedBy()).param("on", postedOn)
                .update();
    }

    Optional<Charge> charge(UUID organisationId, UUID chargeId) {
        return jdbc.sql("select * from billing.charge where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", chargeId).query(Folios::charge).optional();
    }

    /** The live charges of these dossier lines. */
    List<Charge> liveChargesOfLines(UUID organisationId, Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from billing.charge where organisation_id = :org and line_id in (:lines) and voided_at is null
                 order by id
                """)
                .param("org", organisationId).param("lines", lineIds).query(Folios::charge).list();
    }

    void markVoided(UUID organisationId, Charge charge) {
        var voided = charge.voided();
        jdbc.sql("""
                update billing.charge set voided_at = :at, voided_by = :by, void_reason = :reason
                 where organisation_id = :org and id = :id and voided_at is null
                """)
                .param("at", Timestamp.from(voided.at())).param("by", voided.by()).param("reason", voided.reason())
                .param("org", organisationId).param("id", charge.id()).update();
    }

    /** Moves a charge to another folio and keeps the move in its history. */
    void move(Caller caller, Charge charge, UUID toFolioId, String reason, Instant now) {
        moveWithDossier(caller, charge, toFolioId, charge.dossierId(), reason, now);
    }

    /** Moves a charge, sold now on another dossier (a split), to that dossier's folio. */
    void moveWithDossier(Caller caller, Charge charge, UUID toFolioId, UUID dossierId, String reason, Instant now) {
        jdbc.sql("update billing.charge set folio_id = :to, dossier_id = :dossier where organisation_id = :org and id = :id")
                .param("to", toFolioId).param("dossier", dossierId).param("org", caller.organisationId())
                .param("id", charge.id()).update();
        jdbc.sql("""
                insert into billing.charge_move (id, organisation_id, charge_id, from_folio_id, to_folio_id, reason, at, by_user)
                values (:id, :org, :charge, :from, :to, :reason, :at, :by)
                """)
                .param("id", UUID.randomUUID()).param("org", caller.organisationId()).param("charge", charge.id())
                .param("from", charge.folioId()).param("to", toFolioId).param("reason", reason)
                .param("at", Timestamp.from(now)).param("by", caller.userId()).update();
    }

    /** A charge's moves between folios, oldest first. */
    List<ChargeMove> moves(UUID organisationId, UUID chargeId) {
        return jdbc.sql("""
                select from_folio_id, to_folio_id, reason, at, by_user from billing.charge_move
                 where organisation_id = :org and charge_id = :charge order by at, id
                """)
                .param("org", organisationId).param("charge", chargeId)
                .query((rs, n) -> new ChargeMove(rs.getObject("from_folio_id", UUID.class),
                        rs.getObject("to_folio_id", UUID.class), rs.getString("reason"),
                        rs.getTimestamp("at").toInstant(), rs.getObject("by_user", UUID.class)))
                .list();
    }

    void insert(Caller caller, RoutingRule rule, Instant now) {
        jdbc.sql("""
                insert into billing.routing_rule (id, organisation_id, dossier_id, folio_id, line_id, event_id,
                       created_at, created_by)
                values (:id, :org, :dossier, :folio, :line, :event, :at, :by)
                """)
                .param("id", rule.id()).param("org", caller.organisationId()).param("dossier", rule.dossierId())
                .param("folio", rule.folioId()).param("line", rule.lineId()).param("event", rule.eventId())
                .param("at", Timestamp.from(now)).param("by", caller.userId()).update();
    }

    List<RoutingRule> rules(UUID organisationId, UUID dossierId) {
        return jdbc.sql("""
                select id, dossier_id, folio_id, line_id, event_id from billing.routing_rule
                 where organisation_id = :org and dossier_id = :dossier order by created_at, id
                """)
                .param("org", organisationId).param("dossier", dossierId)
                .query((rs, n) -> new RoutingRule(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        rs.getObject("folio_id", UUID.class), rs.getObject("line_id", UUID.class),
                        rs.getObject("event_id", UUID.class)))
                .list();
    }

    private static Folio header(ResultSet rs, int row) throws SQLException {
        return new Folio(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                FolioKind.valueOf(rs.getString("kind")), rs.getString("name"),
                Currency.getInstance(rs.getString("currency")), rs.getObject("payer_contact_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), List.of(), List.of());
    }

    private static Charge charge(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var voidedAt = rs.getTimestamp("voided_at");
        return new Charge(rs.getObject("id", UUID.class), rs.getObject("folio_id", UUID.class),
                rs.getObject("dossier_id", UUID.class), rs.getObject("line_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("description"), rs.getInt("quantity"),
                money(rs.getBigDecimal("unit_price"), currency), money(rs.getBigDecimal("discount"), currency),
                money(rs.getBigDecimal("net"), currency), money(rs.getBigDecimal("tax"), currency),
                money(rs.getBigDecimal("gross"), currency), rs.getString("tax_name"),
                Taxation.plain(rs.getBigDecimal("tax_rate")), rs.getBoolean("tax_inclusive"),
                rs.getTimestamp("posted_at").toInstant(), rs.getObject("posted_by", UUID.class),
                voidedAt == null ? null : new Charge.Voided(voidedAt.toInstant(), rs.getObject("voided_by", UUID.class),
                        rs.getString("void_reason")));
    }

    static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount.stripTrailingZeros(), currency);
    }

    /** One move of a charge from a folio to another. */
    record ChargeMove(UUID fromFolioId, UUID toFolioId, String reason, Instant at, @Nullable UUID by) {
    }
}
