package app.resa.contacts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import app.resa.shared.Audit;
import app.resa.shared.Caller;

/**
 * A person or a company the organisation deals with: a purchase contact of dossiers, a payer, a
 * beneficiary. Numbered per organisation so counter staff can read a number over the phone.
 */
@Table(schema = "contacts", name = "contact")
public class Contact {

    public enum Kind { PERSON, COMPANY }

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final long number;
    private Kind kind;
    private @Nullable UUID contactTypeId;
    @Embedded.Nullable
    private ContactDetails details;
    @Version
    private @Nullable Long version;
    @Embedded.Nullable
    private Audit audit;

    @PersistenceCreator
    Contact(UUID id, UUID organisationId, long number, Kind kind, @Nullable UUID contactTypeId,
            ContactDetails details, @Nullable Long version, Audit audit) {
        this.id = id;
        this.organisationId = organisationId;
        this.number = number;
        this.kind = kind;
        this.contactTypeId = contactTypeId;
        this.details = details;
        this.version = version;
        this.audit = audit;
    }

    static Contact create(Caller caller, long number, Kind kind, @Nullable UUID contactTypeId,
                          ContactDetails details, Instant now) {
        var contact = new Contact(UUID.randomUUID(), caller.organisationId(), number, kind, contactTypeId, details,
                null, Audit.createdBy(caller, now));
        contact.requireName();
        return contact;
    }

    void change(Caller caller, Kind kind, @Nullable UUID contactTypeId, ContactDetails details, Instant now) {
        this.kind = kind;
        this.contactTypeId = contactTypeId;
        this.details = details;
        this.audit = audit.modifiedBy(caller, now);
        requireName();
    }

    /** A company is known by its name; a person by at least a last name. */
    private void requireName() {
        boolean named = kind == Kind.COMPANY ? hasText(details.companyName()) : hasText(details.lastName());
        if (!named) {
            throw new ContactNameMissingException(kind);
        }
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    public String displayName() {
        if (kind == Kind.COMPANY) {
            return details.companyName() == null ? "" : details.companyName();
        }
        return ((details.lastName() == null ? "" : details.lastName()) + " "
                + (details.firstName() == null ? "" : details.firstName())).trim();
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public long number() { return number; }
    public Kind kind() { return kind; }
    public @Nullable UUID contactTypeId() { return contactTypeId; }
    public ContactDetails details() { return details; }
    public long version() { return version == null ? 0 : version; }
    public Audit audit() { return audit; }
}
