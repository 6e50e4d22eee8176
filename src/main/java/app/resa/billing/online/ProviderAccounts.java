package app.resa.billing.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations' provider accounts, one per organisation; every statement is scoped by it. */
@Repository
class ProviderAccounts {

    private final JdbcClient jdbc;
    private final SecretSealing sealing;

    ProviderAccounts(JdbcClient jdbc, SecretSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    Optional<ProviderAccount> find(UUID organisationId) {
        return jdbc.sql("select * from billing.online_account where organisation_id = :org")
                .param("org", organisationId).query(this::account).optional();
    }

    /**
     * Writes the account if its version is still the one read (0: none yet). False when someone
     * else wrote it in between: the caller answers with a stale version.
     */
    boolean save(ProviderAccount account, long expectedVersion) {
        var statement = expectedVersion == 0
                ? jdbc.sql("""
                        insert into billing.online_account (organisation_id, provider, secret_key, webhook_secret,
                               success_url, cancel_url, version, modified_at, modified_by)
                        values (:org, :provider, :secret, :webhook, :success, :cancel, :version, :at, :by)
                        on conflict (organisation_id) do nothing
                        """)
                : jdbc.sql("""
                        update billing.online_account set provider = :provider, secret_key = :secret,
                               webhook_secret = :webhook, success_url = :success, cancel_url = :cancel,
                               version = :version, modified_at = :at, modified_by = :by
                         where organisation_id = :org and version = :expected
                        """).param("expected", expectedVersion);
        return statement.param("org", account.organisationId()).param("provider", account.provider())
                .param("secret", sealing.seal(account.secretKey()))
                .param("webhook", sealing.seal(account.webhookSecret()))
                .param("success", account.successUrl()).param("cancel", account.cancelUrl())
                .param("version", account.version()).param("at", Timestamp.from(account.modifiedAt()))
                .param("by", account.modifiedBy()).update() == 1;
    }

    private ProviderAccount account(ResultSet rs, int row) throws SQLException {
        return new ProviderAccount(rs.getObject("organisation_id", UUID.class), rs.getString("provider"),
                sealing.open(rs.getString("secret_key")), sealing.open(rs.getString("webhook_secret")),
                rs.getString("success_url"),
                rs.getString("cancel_url"), rs.getLong("version"), rs.getTimestamp("modified_at").toInstant(),
                rs.getObject("modified_by", UUID.class));
    }
}
