package app.resa.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The kept answers of idempotent requests, per organisation and key, for one day. */
@Component
class IdempotentRequests {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key; false when it is claimed already (running or done). A claim left without an
     * answer for a minute belongs to a request whose process died: it is taken over, so a retry
     * is not blocked for a day.
     */
    boolean claim(UUID organisationId, String key, String fingerprint) {
        return jdbc.sql("""
                insert into shared.idempotent_request (organisation_id, idempotency_key, fingerprint, created_at)
                values (:org, :key, :fingerprint, now())
                on conflict (organisation_id, idempotency_key) do update
                   set fingerprint = excluded.fingerprint, created_at = excluded.created_at
                 where shared.idempotent_request.status is null
                   and shared.idempotent_request.created_at < now() - interval '1 minute'
                """)
                .param("org", organisationId).param("key", key).param("fingerprint", fingerprint)
                .update() == 1;
    }

    void complete(UUID organisationId, String key, StoredResponse response) {
        jdbc.sql("""
                update shared.idempotent_request
                   set status = :status, content_type = :contentType, location = :location, etag = :etag, body = :body
                 where organisation_id = :org and idempotency_key = :key
                """)
                .param("status", response.status()).param("contentType", response.contentType())
                .param("location", response.location()).param("etag", response.etag())
                .param("body", response.body())
                .param("org", organisationId).param("key", key)
                .update();
    }

    void release(UUID organisationId, String key) {
        jdbc.sql("delete from shared.idempotent_request where organisation_id = :org and idempotency_key = :key")
                .param("org", organisationId).param("key", key).update();
    }

    Optional<Stored> find(UUID organisationId, String key) {
        return jdbc.sql("""
                select fingerprint, status, content_type, location, etag, body from shared.idempotent_request
                 where organisation_id = :org and idempotency_key = :key
                """)
                .param("org", organisationId).param("key", key)
                .query((rs, row) -> {
                    int status = rs.getInt("status");
                    StoredResponse response = rs.wasNull() ? null : new StoredResponse(status,
                            rs.getString("content_type"), rs.getString("location"), rs.getString("etag"),
                            rs.getBytes("body"));
                    return new Stored(rs.getString("fingerprint"), response);
                })
                .optional();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        jdbc.sql("delete from shared.idempotent_request where created_at < :before")
                .param("before", java.sql.Timestamp.from(Instant.now().minus(KEPT_FOR))).update();
    }

    record Stored(String fingerprint, @Nullable StoredResponse response) {
    }

    record StoredResponse(int status, @Nullable String contentType, @Nullable String location,
                          @Nullable String etag, byte[] body) {
    }
}
