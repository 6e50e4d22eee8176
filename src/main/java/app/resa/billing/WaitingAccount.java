package app.resa.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * The waiting account: money recorded without a dossier, listed until assigned, then assigned
 * once. Assigning claims the row by one conditional update before paying, so two operators
 * assigning the same money at once get one payment and one 409 {@code already-assigned}.
 */
@Service
public class WaitingAccount {

    private final JdbcClient jdbc;
    private final PaymentManagement payments;
    private final Clock clock;

    WaitingAccount(JdbcClient jdbc, PaymentManagement payments, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.clock = clock;
    }

    /** What the waiting account can receive: money, never a credit balance. */
    @Transactional
    public WaitingPayment receive(Caller caller, Money amount, PaymentMethod method, @Nullable String reference,
                                  @Nullable String note) {
        if (amount.amount().signum() <= 0) {
            throw AccountingRefusedException.amountNotPositive("amount.amount");
        }
        if (method == PaymentMethod.CREDIT_BALANCE) {
            throw AccountingRefusedException.methodNotReceivable(method);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into billing.waiting_payment (id, organisation_id, amount, currency, method, reference, note,
                       received_at, received_by, received_on)
                values (:id, :org, :amount, :currency, :method, :reference, :note, :at, :by, :on)
                """)
                .param("id", id).param("org", caller.organisationId()).param("amount", amount.amount())
                .param("currency", amount.currency().getCurrencyCode()).param("method", method.name())
                .param("reference", blankToNull(reference)).param("note", blankToNull(note))
                .param("at", Timestamp.from(clock.instant())).param("by", caller.userId())
                .param("on", caller.pointOfSaleId()).update();
        return get(caller, id);
    }

    /**
     * Assigns the money to a dossier, where it becomes a payment (its reference kept as the
     * payment's external reference). The dossier's rules apply as for any payment: its currency,
     * not cancelled; a refusal leaves the money waiting.
     */
    @Transactional
    public WaitingPayment assign(Caller caller, UUID id, UUID dossierId) {
        var waiting = get(caller, id);
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                update billing.waiting_payment set assigned_at = :at, assigned_by = :by, dossier_id = :dossier
                 where organisation_id = :org and id = :id and assigned_at is null
                """)
                .param("at", Timestamp.from(now)).param("by", caller.userId()).param("dossier", dossierId)
                .param("org", caller.organisationId()).param("id", id).update();
        if (claimed == 0) {
            throw AccountingRefusedException.alreadyAssigned();
        }
        var recorded = payments.pay(caller, dossierId, new PaymentManagement.NewPayment(waiting.amount(),
                waiting.method(), waiting.note(), null, null, waiting.reference()));
        jdbc.sql("update billing.waiting_payment set payment_id = :payment where organisation_id = :org and id = :id")
                .param("payment", recorded.payment().id()).param("org", caller.organisationId()).param("id", id)
                .update();
        return get(caller, id);
    }

    public WaitingPayment get(Caller caller, UUID id) {
        return jdbc.sql("select * from billing.waiting_payment where organisation_id = :org and id = :id")
                .param("org", caller.organisationId()).param("id", id).query(WaitingAccount::row).optional()
                .orElseThrow(() -> NotFoundException.of("Waiting payment", id));
    }

    /** Newest first; only what still waits unless {@code all}. */
    public PageResponse<WaitingPayment> list(Caller caller, boolean all, PageRequest page) {
        String where = " where organisation_id = :org" + (all ? "" : " and assigned_at is null");
        long total = jdbc.sql("select count(*) from billing.waiting_payment" + where)
                .param("org", caller.organisationId()).query(Long.class).single();
        var items = jdbc.sql("select * from billing.waiting_payment" + where
                        + " order by received_at desc, id limit :limit offset :offset")
                .param("org", caller.organisationId()).param("limit", page.size()).param("offset", (long) page.offset())
                .query(WaitingAccount::row).list();
        return PageResponse.of(items, page, total);
    }

    private static WaitingPayment row(ResultSet rs, int n) throws SQLException {
        var assignedAt = rs.getTimestamp("assigned_at");
        return new WaitingPayment(rs.getObject("id", UUID.class),
                Folios.money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("reference"), rs.getString("note"),
                rs.getTimestamp("received_at").toInstant(), rs.getObject("received_by", UUID.class),
                assignedAt == null ? null : assignedAt.toInstant(), rs.getObject("assigned_by", UUID.class),
                rs.getObject("dossier_id", UUID.class), rs.getObject("payment_id", UUID.class));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
