package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: counter staff, managers, administrators. */
@Table(schema = "organisation", name = "app_user")
public class User {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private @Nullable String language;
    private @Nullable UUID pointOfSaleId;
    private boolean enabled;
    @Version
    private @Nullable Long version;
    private final Instant createdAt;
    private final @Nullable UUID createdBy;
    private Instant modifiedAt;
    private @Nullable UUID modifiedBy;

    @PersistenceCreator
    User(UUID id, UUID organisationId, String username, String passwordHash, String displayName, Role role,
         @Nullable String language, @Nullable UUID pointOfSaleId, boolean enabled, @Nullable Long version,
         Instant createdAt, @Nullable UUID createdBy, Instant modifiedAt, @Nullable UUID modifiedBy) {
        this.id = id;
        this.organisationId = organisationId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.language = language;
        this.pointOfSaleId = pointOfSaleId;
        this.enabled = enabled;
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.modifiedAt = modifiedAt;
        this.modifiedBy = modifiedBy;
    }

    static User create(UUID organisationId, String username, String passwordHash, String displayName, Role role,
                       @Nullable String language, @Nullable UUID pointOfSaleId, @Nullable UUID by, Instant now) {
        return new User(UUID.randomUUID(), organisationId, username, passwordHash, displayName, role, language,
                pointOfSaleId, true, null, now, by, now, by);
    }

    void change(String displayName, Role role, @Nullable String language, @Nullable UUID pointOfSaleId,
                boolean enabled, @Nullable UUID by, Instant now) {
        this.displayName = displayName;
        this.role = role;
        this.language = language;
        this.pointOfSaleId = pointOfSaleId;
        this.enabled = enabled;
        this.modifiedBy = by;
        this.modifiedAt = now;
    }

    void changePassword(String passwordHash, @Nullable UUID by, Instant now) {
        this.passwordHash = passwordHash;
        this.modifiedBy = by;
        this.modifiedAt = now;
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String username() { return username; }
    public String passwordHash() { return passwordHash; }
    public String displayName() { return displayName; }
    public Role role() { return role; }
    public @Nullable String language() { return language; }
    public @Nullable UUID pointOfSaleId() { return pointOfSaleId; }
    public boolean enabled() { return enabled; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant modifiedAt() { return modifiedAt; }
}
