package app.resa.billing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;

/**
 * An organisation's tax rates. The simplest honest model: one default rate per organisation
 * applies to every sale, and says whether prices include it; an extra service may name another.
 * An organisation without a default rate charges no tax (rate 0).
 */
@Service
public class TaxRates {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaxRates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<TaxRate> of(Caller caller) {
        return jdbc.sql("""
                select id, name, rate, inclusive, is_default from billing.tax_rate
                 where organisation_id = :org order by is_default desc, name
                """)
                .param("org", caller.organisationId()).query(TaxRates::rate).list();
    }

    /** A new rate; made the default, it replaces the previous default. */
    @Transactional
    public TaxRate create(Caller caller, String name, BigDecimal rate, boolean inclusive, boolean isDefault) {
        boolean taken = jdbc.sql("select exists (select 1 from billing.tax_rate where organisation_id = :org and name = :name)")
                .param("org", caller.organisationId()).param("name", name).query(Boolean.class).single();
        if (taken) {
            throw BillingRefusedException.taxRateNameTaken(name);
        }
        if (isDefault) {
            jdbc.sql("update billing.tax_rate set is_default = false where organisation_id = :org and is_default")
                    .param("org", caller.organisationId()).update();
        }
        var taxRate = new TaxRate(UUID.randomUUID(), name, Taxation.plain(rate), inclusive, isDefault);
        jdbc.sql("""
                insert into billing.tax_rate (id, organisation_id, name, rate, inclusive, is_default, created_at, created_by)
                values (:id, :org, :name, :rate, :inclusive, :isDefault, :at, :by)
                """)
                .param("id", taxRate.id()).param("org", caller.organisationId()).param("name", name)
                .param("rate", rate).param("inclusive", inclusive).param("isDefault", isDefault)
                .param("at", Timestamp.from(clock.instant())).param("by", caller.userId()).update();
        return taxRate;
    }

    /** How the organisation's sales are taxed: its default rate, or no tax. */
    Taxation defaultTaxation(UUID organisationId) {
        return jdbc.sql("""
                select id, name, rate, inclusive, is_default from billing.tax_rate
                 where organisation_id = :org and is_default
                """)
                .param("org", organisationId).query(TaxRates::rate).optional()
                .map(TaxRate::taxation).orElse(Taxation.NONE);
    }

    Optional<TaxRate> find(UUID organisationId, UUID id) {
        return jdbc.sql("""
                select id, name, rate, inclusive, is_default from billing.tax_rate where organisation_id = :org and id = :id
                """)
                .param("org", organisationId).param("id", id).query(TaxRates::rate).optional();
    }

    private static TaxRate rate(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TaxRate(rs.getObject("id", UUID.class), rs.getString("name"),
                Taxation.plain(rs.getBigDecimal("rate")), rs.getBoolean("inclusive"), rs.getBoolean("is_default"));
    }
}
