package app.resa.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeys {

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey key, String secretHash) {
        jdbc.sql("""
                insert into organisation.api_key (id, organisation_id, name, prefix, secret_hash, role, created_at, created_by,
                       point_of_sale_id)
                values (:id, :org, :name, :prefix, :hash, :role, :createdAt, :createdBy, :pointOfSale)
                """)
                .param("id", key.id()).param("org", key.organisationId()).param("name", key.name())
                .param("prefix", key.prefix()).param("hash", secretHash).param("role", key.role().name())
                .param("createdAt", Timestamp.from(key.createdAt())).param("createdBy", key.createdBy())
                .param("pointOfSale", key.pointOfSaleId())
                .update();
    }

    List<ApiKey> all(UUID organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :org order by created_at desc")
                .param("org", organisationId).query(ApiKey.class).list();
    }

    Optional<ApiKey> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + " where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(ApiKey.class).optional();
    }

    /** The active key with this prefix and its secret's hash, for authentication. */
    Optional<Candidate> activeByPrefix(String prefix) {
        return jdbc.sql(SELECT.replace("select ", "select secret_hash, ") + " where prefix = :prefix and revoked_at is null")
                .param("prefix", prefix)
                .query((rs, row) -> new Candidate(new ApiKey(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                        Role.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("created_by", UUID.class), null, rs.getObject("point_of_sale_id", UUID.class)),
                        rs.getString("secret_hash")))
                .optional();
    }

    void revoke(UUID organisationId, UUID id, @Nullable UUID by, Instant now) {
        jdbc.sql("""
                update organisation.api_key set revoked_at = :now, revoked_by = :by
                 where organisation_id = :org and id = :id and revoked_at is null
                """)
                .param("now", Timestamp.from(now)).param("by", by).param("org", organisationId).param("id", id)
                .update();
    }

    private static final String SELECT = """
            select id, organisation_id, name, prefix, role, created_at, created_by, revoked_at, point_of_sale_id
              from organisation.api_key""";

    record Candidate(ApiKey key, String secretHash) {
    }
}
