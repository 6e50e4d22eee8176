package app.resa.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** Payments, and the credit ledger they move; every statement is scoped by organisation. */
@Repository
class Payments {

    private final JdbcClient jdbc;

    Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID organisationId, Payment payment) {
        jdbc.sql("""
                insert into billing.payment (id, organisation_id, folio_id, dossier_id, kind, method, amount, currency,
                       deposit, note, contact_id, point_of_sale_id, cash_session_id, external_reference, created_at, created_by)
                values (:id, :org, :folio, :dossier, :kind, :method, :amount, :currency, :deposit, :note, :contact, :pos,
                        :cash, :ref, :at, :by)
                """)
                .param("id", payment.id()).param("org", organisationId).param("folio", payment.folioId())
                .param("dossier", payment.dossierId()).param("kind", payment.kind().name())
                .param("method", payment.method().name()).param("amount", payment.amount().amount())
                .param("currency", payment.amount().currency().getCurrencyCode()).param("deposit", payment.deposit())
                .param("note", payment.note()).param("contact", payment.contactId())
                .param("pos", payment.pointOfSaleId()).param("cash", payment.cashSessionId())
                .param("ref", payment.externalReference()).param("at", Timestamp.from(payment.createdAt()))
                .param("by", payment.createdBy()).update();
    }

    List<Payment> ofFolios(UUID organisationId, Collection<UUID> folioIds) {
        return jdbc.sql("""
                select * from billing.payment where organisation_id = :org and folio_id in (:folios)
                 order by created_at, id
                """)
                .param("org", organisationId).param("folios", folioIds).query(Payments::payment).list();
    }

    Optional<Payment> find(UUID organisationId, UUID paymentId) {
        return jdbc.sql("select * from billing.payment where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", paymentId).query(Payments::payment).optional();
    }

    /** A page of payments, newest first, with the filters given. */
    PageResponse<Payment> find(UUID organisationId, PaymentFilter filter, PageRequest page) {
        var where = new StringBuilder(" where organisation_id = :org");
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organisationId);
        if (filter.from() != null) {
            where.append(" and created_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and created_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (filter.method() != null) {
            where.append(" and method = :method");
            params.put("method", filter.method().name());
        }
        if (filter.pointOfSaleId() != null) {
            where.append(" and point_of_sale_id = :pos");
            params.put("pos", filter.pointOfSaleId());
        }
        if (filter.dossierId() != null) {
            where.append(" and dossier_id = :dossier");
            params.put("dossier", filter.dossierId());
        }
        if (filter.depositsOnly()) {
            where.append(" and deposit");
        }
        long total = jdbc.sql("select count(*) from billing.payment" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", (long) page.page() * page.size());
        var items = jdbc.sql("select * from billing.payment" + where
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(params).query(Payments::payment).list();
        return PageResponse.of(items, page, total);
    }

    // --- the credit ledger

    /** Adds to a contact's credit balance, opening it if needed, and records the movement. */
    void credit(UUID organisationId, UUID contactId, Money amount, UUID paymentId, UUID dossierId, Instant now) {
        jdbc.sql("""
                insert into billing.credit_balance (organisation_id, contact_id, currency, balance, modified_at)
                values (:org, :contact, :currency, :amount, :at)
                on conflict (organisation_id, contact_id, currency)
                do update set balance = billing.credit_balance.balance + :amount, modified_at = :at
                """)
                .param("org", organisationId).param("contact", contactId)
                .param("currency", amount.currency().getCurrencyCode()).param("amount", amount.amount())
                .param("at", Timestamp.from(now)).update();
        movement(organisationId, contactId, amount, paymentId, dossierId, now);
    }

    /**
     * Spends a contact's credit in one conditional statement: two counters spending the same
     * credit at once cannot both succeed beyond it (PostgreSQL re-checks the condition on the row
     * the first one wrote). False when the credit does not cover the amount.
     */
    boolean spend(UUID organisationId, UUID contactId, Money amount, UUID paymentId, UUID dossierId, Instant now) {
        int spent = jdbc.sql("""
                update billing.credit_balance set balance = balance - :amount, modified_at = :at
                 where organisation_id = :org and contact_id = :contact and currency = :currency and balance >= :amount
                """)
                .param("org", organisationId).param("contact", contactId)
                .param("currency", amount.currency().getCurrencyCode()).param("amount", amount.amount())
                .param("at", Timestamp.from(now)).update();
        if (spent == 0) {
            return false;
        }
        movement(organisationId, contactId, new Money(amount.amount().negate(), amount.currency()), paymentId,
                dossierId, now);
        return true;
    }

    private void movement(UUID organisationId, UUID contactId, Money amount, UUID paymentId, UUID dossierId,
                          Instant now) {
        jdbc.sql("""
                insert into billing.credit_movement (id, organisation_id, contact_id, currency, amount, payment_id,
                       dossier_id, at)
                values (:id, :org, :contact, :currency, :amount, :payment, :dossier, :at)
                """)
                .param("id", UUID.randomUUID()).param("org", organisationId).param("contact", contactId)
                .param("currency", amount.currency().getCurrencyCode()).param("amount", amount.amount())
                .param("payment", paymentId).param("dossier", dossierId).param("at", Timestamp.from(now)).update();
    }

    List<CreditBalance> balancesOf(UUID organisationId, UUID contactId) {
        return jdbc.sql("""
                select contact_id, currency, balance, modified_at from billing.credit_balance
                 where organisation_id = :org and contact_id = :contact order by currency
                """)
                .param("org", organisationId).param("contact", contactId).query(Payments::balance).list();
    }

    /** Every contact's credit that is not spent, largest first. */
    List<CreditBalance> balances(UUID organisationId, int limit) {
        return jdbc.sql("""
                select contact_id, currency, balance, modified_at from billing.credit_balance
                 where organisation_id = :org and balance > 0 order by balance desc, contact_id limit :limit
                """)
                .param("org", organisationId).param("limit", limit).query(Payments::balance).list();
    }

    private static CreditBalance balance(ResultSet rs, int row) throws SQLException {
        return new CreditBalance(rs.getObject("contact_id", UUID.class),
                Folios.money(rs.getBigDecimal("balance"), Currency.getInstance(rs.getString("currency"))),
                rs.getTimestamp("modified_at").toInstant());
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("folio_id", UUID.class),
                rs.getObject("dossier_id", UUID.class), PaymentKind.valueOf(rs.getString("kind")),
                PaymentMethod.valueOf(rs.getString("method")),
                Folios.money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                rs.getBoolean("deposit"), rs.getString("note"), rs.getObject("contact_id", UUID.class),
                rs.getObject("point_of_sale_id", UUID.class), rs.getObject("cash_session_id", UUID.class),
                rs.getString("external_reference"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class));
    }
}
