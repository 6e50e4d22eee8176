package app.resa.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Payment schedules (decision 55): a dossier's instalments add up to its total, not its balance —
 * a schedule is the plan for the whole price, and money already paid covers its first
 * instalments. Whether an instalment is paid is computed from the payments, never stored. The
 * overdue list is every instalment past its due date that the dossier's payments do not cover.
 */
@Service
public class PaymentSchedules {

    /** An instalment as planned: when, and how much. */
    public record NewInstalment(LocalDate dueOn, Money amount) {
    }

    private final JdbcClient jdbc;
    private final BilledDossiers dossiers;
    private final Organisations organisations;
    private final Clock clock;

    PaymentSchedules(JdbcClient jdbc, BilledDossiers dossiers, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Replaces the dossier's schedule. The instalments come in the order of their due dates, in
     * the dossier's currency, and add up to its total (400 naming {@code instalments} otherwise).
     * An empty list removes the schedule.
     */
    @Transactional
    public List<Instalment> plan(Caller caller, UUID dossierId, List<NewInstalment> instalments) {
        var dossier = dossiers.get(caller, dossierId);
        var totals = dossier.totals();
        Currency currency = totals.isEmpty()
                ? Currency.getInstance(organisations.find(caller.organisationId()).orElseThrow().currency())
                : totals.getFirst().currency();
        Money total = totals.isEmpty() ? Money.zero(currency) : totals.getFirst();
        if (!instalments.isEmpty()) {
            Money sum = Money.zero(currency);
            for (int i = 0; i < instalments.size(); i++) {
                var instalment = instalments.get(i);
                if (!instalment.amount().currency().equals(currency)) {
                    throw AccountingRefusedException.currencyMismatch(currency.getCurrencyCode(),
                            "instalments[" + i + "].amount.currency");
                }
                if (instalment.amount().amount().signum() <= 0) {
                    throw AccountingRefusedException.amountNotPositive("instalments[" + i + "].amount.amount");
                }
                if (i > 0 && !instalment.dueOn().isAfter(instalments.get(i - 1).dueOn())) {
                    throw AccountingRefusedException.dueDatesOutOfOrder();
                }
                sum = sum.plus(instalment.amount());
            }
            if (sum.amount().compareTo(total.amount()) != 0) {
                throw AccountingRefusedException.scheduleSumMismatch(total.amount().toPlainString() + " " + currency);
            }
        }
        // Two operators replacing one schedule at once would otherwise collide on (dossier, position).
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "billing.instalment:" + dossierId).query(Object.class).single();
        jdbc.sql("delete from billing.instalment where organisation_id = :org and dossier_id = :dossier")
                .param("org", caller.organisationId()).param("dossier", dossierId).update();
        var now = Timestamp.from(clock.instant());
        for (int i = 0; i < instalments.size(); i++) {
            var instalment = instalments.get(i);
            jdbc.sql("""
                    insert into billing.instalment (id, organisation_id, dossier_id, position, due_on, amount, currency,
                           created_at, created_by)
                    values (:id, :org, :dossier, :position, :due, :amount, :currency, :at, :by)
                    """)
                    .param("id", UUID.randomUUID()).param("org", caller.organisationId()).param("dossier", dossierId)
                    .param("position", i + 1).param("due", Date.valueOf(instalment.dueOn()))
                    .param("amount", instalment.amount().amount()).param("currency", currency.getCurrencyCode())
                    .param("at", now).param("by", caller.userId()).update();
        }
        return of(caller, dossierId);
    }

    /** The dossier's instalments with what is paid of each; 404 for a dossier not of the organisation. */
    public List<Instalment> of(Caller caller, UUID dossierId) {
        var dossier = dossiers.get(caller, dossierId);
        var rows = jdbc.sql("""
                with paid as (
                  select currency, sum(amount) as paid from billing.payment
                   where organisation_id = :org and dossier_id = :dossier group by currency)
                select i.*, coalesce(p.paid, 0) as paid,
                       sum(i.amount) over (order by i.position) as cumulative
                  from billing.instalment i left join paid p on p.currency = i.currency
                 where i.organisation_id = :org and i.dossier_id = :dossier
                 order by i.position
                """)
                .param("org", caller.organisationId()).param("dossier", dossierId)
                .query((rs, n) -> row(rs, dossier.number(), today(caller))).list();
        return rows;
    }

    /** Every instalment past its due date and not covered by its dossier's payments, oldest first. */
    public PageResponse<Instalment> overdue(Caller caller, PageRequest page) {
        LocalDate today = today(caller);
        String overdue = """
                with due as (
                  select i.*, sum(i.amount) over (partition by i.dossier_id order by i.position) as cumulative
                    from billing.instalment i where i.organisation_id = :org),
                paid as (
                  select p.dossier_id, p.currency, sum(p.amount) as paid from billing.payment p
                   where p.organisation_id = :org
                     and p.dossier_id in (select dossier_id from due where due_on < :today)
                   group by p.dossier_id, p.currency)
                select due.*, coalesce(paid.paid, 0) as paid from due
                  left join paid on paid.dossier_id = due.dossier_id and paid.currency = due.currency
                 where due.due_on < :today and due.cumulative > coalesce(paid.paid, 0)
                """;
        long total = jdbc.sql("select count(*) from (" + overdue + ") o")
                .param("org", caller.organisationId()).param("today", Date.valueOf(today)).query(Long.class).single();
        var numbers = new ArrayList<Instalment>();
        jdbc.sql(overdue + " order by due.due_on, due.dossier_id, due.position limit :limit offset :offset")
                .param("org", caller.organisationId()).param("today", Date.valueOf(today))
                .param("limit", page.size()).param("offset", (long) page.offset())
                .query((rs, n) -> numbers.add(row(rs, 0, today))).list();
        var items = numbers.stream().map(i -> withNumber(caller, i)).toList();
        return PageResponse.of(items, page, total);
    }

    private Instalment withNumber(Caller caller, Instalment i) {
        long number = dossiers.get(caller, i.dossierId()).number();
        return new Instalment(i.id(), i.dossierId(), number, i.position(), i.dueOn(), i.amount(), i.paid(), i.status());
    }

    private LocalDate today(Caller caller) {
        return LocalDate.now(clock.withZone(organisations.zoneOf(caller.organisationId())));
    }

    /** An instalment row, its paid part being what the dossier's payments leave after the earlier instalments. */
    private static Instalment row(java.sql.ResultSet rs, long dossierNumber, LocalDate today) throws java.sql.SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal before = rs.getBigDecimal("cumulative").subtract(amount);
        BigDecimal covered = rs.getBigDecimal("paid").subtract(before).max(BigDecimal.ZERO).min(amount);
        var due = rs.getDate("due_on").toLocalDate();
        Money total = Folios.money(amount, currency);
        Money paid = Folios.money(covered, currency);
        return new Instalment(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), dossierNumber,
                rs.getInt("position"), due, total, paid, Instalment.status(total, paid, due, today));
    }
}
