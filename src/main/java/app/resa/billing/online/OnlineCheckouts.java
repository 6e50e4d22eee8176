package app.resa.billing.online;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.Money;

/** Payment links and the provider events already handled; every statement is scoped by organisation. */
@Repository
class OnlineCheckouts {

    private final JdbcClient jdbc;

    OnlineCheckouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID organisationId, OnlineCheckout checkout) {
        jdbc.sql("""
                insert into billing.online_checkout (id, organisation_id, dossier_id, provider, reference, url, amount,
                       currency, status, created_at, created_by, modified_at)
                values (:id, :org, :dossier, :provider, :ref, :url, :amount, :currency, :status, :at, :by, :at)
                """)
                .param("id", checkout.id()).param("org", organisationId).param("dossier", checkout.dossierId())
                .param("provider", checkout.provider()).param("ref", checkout.reference()).param("url", checkout.url())
                .param("amount", checkout.amount().amount())
                .param("currency", checkout.amount().currency().getCurrencyCode())
                .param("status", checkout.status().name()).param("at", Timestamp.from(checkout.createdAt()))
                .param("by", checkout.createdBy()).update();
    }

    Optional<OnlineCheckout> byReference(UUID organisationId, String reference) {
        return jdbc.sql("select * from billing.online_checkout where organisation_id = :org and reference = :ref")
                .param("org", organisationId).param("ref", reference).query(OnlineCheckouts::checkout).optional();
    }

    List<OnlineCheckout> ofDossier(UUID organisationId, UUID dossierId) {
        return jdbc.sql("""
                select * from billing.online_checkout where organisation_id = :org and dossier_id = :dossier
                 order by created_at desc limit 20
                """)
                .param("org", organisationId).param("dossier", dossierId).query(OnlineCheckouts::checkout).list();
    }

    /**
     * Moves an open (or failed, then retried) checkout to {@code status} in one conditional
     * statement: of two events reporting the same payment, only the first finds it unpaid.
     */
    boolean settle(UUID organisationId, String reference, OnlineCheckout.Status status,
                   @Nullable String paymentReference, @Nullable UUID paymentId, @Nullable String note, Instant now) {
        return jdbc.sql("""
                update billing.online_checkout set status = :status, payment_reference = :payment,
                       payment_id = :paymentId, note = :note, modified_at = :at
                 where organisation_id = :org and reference = :ref and status in ('OPEN', 'FAILED')
                """)
                .param("org", organisationId).param("ref", reference).param("status", status.name())
                .param("payment", paymentReference).param("paymentId", paymentId).param("note", note)
                .param("at", Timestamp.from(now)).update() == 1;
    }

    void linkPayment(UUID organisationId, String reference, UUID paymentId) {
        jdbc.sql("""
                update billing.online_checkout set payment_id = :payment
                 where organisation_id = :org and reference = :ref
                """)
                .param("org", organisationId).param("ref", reference).param("payment", paymentId).update();
    }

    /**
     * Raises what was refunded on a paid checkout to the provider's running total, and answers
     * by how much it rose (nothing when this total was already recorded), with the checkout.
     */
    Optional<Refunded> refundedUpTo(UUID organisationId, String paymentReference, Money total, Instant now) {
        return jdbc.sql("""
                with before as (
                  select id, refunded from billing.online_checkout
                   where organisation_id = :org and payment_reference = :payment and status = 'PAID'
                     and currency = :currency and refunded < :total
                   for update)
                update billing.online_checkout c set refunded = :total, modified_at = :at
                  from before where c.id = before.id
                returning c.id, c.dossier_id, :total - before.refunded as more
                """)
                .param("org", organisationId).param("payment", paymentReference)
                .param("currency", total.currency().getCurrencyCode()).param("total", total.amount())
                .param("at", Timestamp.from(now))
                .query((rs, row) -> new Refunded(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        money(rs.getBigDecimal("more"), total.currency())))
                .optional();
    }

    record Refunded(UUID checkoutId, UUID dossierId, Money more) {
    }

    /** Records that an event was handled; false when it already was (a redelivery). */
    boolean firstTime(UUID organisationId, String eventId, String type, String outcome, Instant now) {
        return jdbc.sql("""
                insert into billing.online_event (organisation_id, event_id, type, outcome, received_at)
                values (:org, :event, :type, :outcome, :at)
                on conflict (organisation_id, event_id) do nothing
                """)
                .param("org", organisationId).param("event", eventId).param("type", type).param("outcome", outcome)
                .param("at", Timestamp.from(now)).update() == 1;
    }

    private static OnlineCheckout checkout(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new OnlineCheckout(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getString("provider"), rs.getString("reference"), rs.getString("url"),
                money(rs.getBigDecimal("amount"), currency), OnlineCheckout.Status.valueOf(rs.getString("status")),
                rs.getString("payment_reference"), rs.getObject("payment_id", UUID.class),
                money(rs.getBigDecimal("refunded"), currency), rs.getString("note"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class));
    }

    /** Stored with four decimals; back to the currency's own digits. */
    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0),
                java.math.RoundingMode.UNNECESSARY), currency);
    }
}
