package app.resa.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/**
 * Issues, lists, revokes and checks API keys. A key is {@code resa_<prefix>_<secret>}: the prefix
 * finds the row, the secret is compared with its SHA-256. A salted slow hash is not needed here
 * because the secret is 32 random bytes, not a password a person chose.
 */
@Service
public class ApiKeyManagement {

    static final String SCHEME = "resa_";
    private static final SecureRandom random = new SecureRandom();

    /**
     * Authenticated keys are remembered for a few seconds, so an integrator's burst does not cost
     * a database round trip per request; a revoked key therefore stops working within that time
     * on every instance (revocation also clears this instance's cache at once).
     */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(10);

    private final ApiKeys keys;
    private final Organisations organisations;
    private final Clock clock;
    private final Cache<String, Optional<ApiKey>> authenticated = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED_FOR).maximumSize(10_000).build();

    ApiKeyManagement(ApiKeys keys, Organisations organisations, Clock clock) {
        this.keys = keys;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public IssuedKey issue(Caller caller, String name, Role role) {
        return issue(caller, name, role, null);
    }

    /** A key that sells for one of the organisation's points of sale (none: the organisation's defaults). */
    @Transactional
    public IssuedKey issue(Caller caller, String name, Role role, @Nullable UUID pointOfSaleId) {
        if (pointOfSaleId != null && organisations.pointOfSale(caller.organisationId(), pointOfSaleId).isEmpty()) {
            throw new UnknownPointOfSaleException(pointOfSaleId);
        }
        String prefix = randomHex(6);
        String secret = randomHex(32);
        var key = new ApiKey(UUID.randomUUID(), caller.organisationId(), name, prefix, role, clock.instant(),
                caller.userId(), null, pointOfSaleId);
        keys.insert(key, Secrets.sha256(secret));
        return new IssuedKey(key, SCHEME + prefix + "_" + secret);
    }

    public List<ApiKey> all(Caller caller) {
        return keys.all(caller.organisationId());
    }

    @Transactional
    public ApiKey revoke(Caller caller, UUID id) {
        var key = keys.find(caller.organisationId(), id).orElseThrow(() -> NotFoundException.of("API key", id));
        keys.revoke(caller.organisationId(), id, caller.userId(), clock.instant());
        authenticated.invalidateAll();
        return keys.find(caller.organisationId(), id).orElse(key);
    }

    /** The active key this token stands for, if any. */
    public Optional<ApiKey> authenticate(String token) {
        if (!token.startsWith(SCHEME)) {
            return Optional.empty();
        }
        // Keyed by the token's hash, so the cache never holds a usable secret.
        return authenticated.get(Secrets.sha256(token), hash -> lookUp(token));
    }

    private Optional<ApiKey> lookUp(String token) {
        String[] parts = token.substring(SCHEME.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return keys.activeByPrefix(parts[0])
                .filter(candidate -> Secrets.sameHash(candidate.secretHash(), Secrets.sha256(parts[1])))
                .map(ApiKeys.Candidate::key);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** A point of sale named for a key must be one of the caller's organisation. */
    static final class UnknownPointOfSaleException extends BusinessRuleViolation {
        UnknownPointOfSaleException(UUID pointOfSaleId) {
            super("unknown-point-of-sale", "No point of sale " + pointOfSaleId + " in this organisation", 400,
                    "pointOfSaleId");
        }
    }

    /** The key and, this once, its whole token. */
    public record IssuedKey(ApiKey key, String token) {
    }
}
