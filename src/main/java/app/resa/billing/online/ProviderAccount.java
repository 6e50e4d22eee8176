package app.resa.billing.online;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's account with a payment provider: its secret API key, the signing secret of
 * its webhook endpoint, and the pages of its own website the customer returns to.
 * {@link #toString()} hides both secrets, so no log line or error message can carry them.
 */
public record ProviderAccount(UUID organisationId, String provider, String secretKey, String webhookSecret,
                              String successUrl, String cancelUrl, long version, Instant modifiedAt,
                              @Nullable UUID modifiedBy) {

    /** The last four characters of a secret: enough to tell which key is set, useless to anyone else. */
    public static String ending(String secret) {
        return secret.length() < 12 ? "****" : secret.substring(secret.length() - 4);
    }

    @Override
    public String toString() {
        return "ProviderAccount[organisationId=" + organisationId + ", provider=" + provider + ", secretKey="
                + ending(secretKey) + ", webhookSecret=" + ending(webhookSecret) + ", version=" + version + "]";
    }
}
