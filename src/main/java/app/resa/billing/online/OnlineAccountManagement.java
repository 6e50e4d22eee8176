package app.resa.billing.online;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.StaleVersionException;

/**
 * An organisation's payment-provider account, as administrators set it. The secrets go in and
 * never come out: what is shown is their last four characters.
 */
@Service
public class OnlineAccountManagement {

    private final ProviderAccounts accounts;
    private final Clock clock;

    OnlineAccountManagement(ProviderAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account as it may be shown: configured or not, the keys' endings, the return pages. */
    public record AccountView(UUID organisationId, String provider, boolean configured,
                              @Nullable String secretKeyLast4, @Nullable String webhookSecretLast4,
                              @Nullable String successUrl, @Nullable String cancelUrl, String webhookPath,
                              long version, @Nullable Instant modifiedAt) {
    }

    /**
     * New settings. A null or blank secret keeps the one stored, so the return pages can change
     * without typing the keys again; both are required the first time.
     */
    public record NewSettings(@Nullable String secretKey, @Nullable String webhookSecret, String successUrl,
                              String cancelUrl) {

        @Override
        public String toString() {
            return "NewSettings[successUrl=" + successUrl + ", cancelUrl=" + cancelUrl + "]";
        }
    }

    public AccountView view(Caller caller) {
        return accounts.find(caller.organisationId()).map(OnlineAccountManagement::view)
                .orElseGet(() -> new AccountView(caller.organisationId(), "STRIPE", false, null, null, null, null,
                        webhookPath(caller.organisationId()), 0, null));
    }

    @Transactional
    public AccountView set(Caller caller, NewSettings settings, long expectedVersion) {
        var current = accounts.find(caller.organisationId());
        long version = current.map(ProviderAccount::version).orElse(0L);
        if (version != expectedVersion) {
            throw StaleVersionException.of("Online payment account of", caller.organisationId(), expectedVersion);
        }
        String secretKey = keptOr(settings.secretKey(), current.map(ProviderAccount::secretKey).orElse(null),
                "secretKey");
        String webhookSecret = keptOr(settings.webhookSecret(),
                current.map(ProviderAccount::webhookSecret).orElse(null), "webhookSecret");
        var account = new ProviderAccount(caller.organisationId(), "STRIPE", secretKey, webhookSecret,
                settings.successUrl().strip(), settings.cancelUrl().strip(), version + 1, clock.instant(),
                caller.userId());
        if (!accounts.save(account, expectedVersion)) {
            throw StaleVersionException.of("Online payment account of", caller.organisationId(), expectedVersion);
        }
        return view(account);
    }

    private static String keptOr(@Nullable String given, @Nullable String stored, String field) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        if (stored == null) {
            throw OnlinePaymentRefusedException.secretRequired(field);
        }
        return stored;
    }

    static String webhookPath(UUID organisationId) {
        return "/api/v1/webhooks/stripe/" + organisationId;
    }

    private static AccountView view(ProviderAccount account) {
        return new AccountView(account.organisationId(), account.provider(), true,
                ProviderAccount.ending(account.secretKey()), ProviderAccount.ending(account.webhookSecret()),
                account.successUrl(), account.cancelUrl(), webhookPath(account.organisationId()), account.version(),
                account.modifiedAt());
    }
}
