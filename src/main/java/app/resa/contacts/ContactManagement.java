package app.resa.contacts;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.StaleVersionException;

/** Creating and changing contacts. */
@Service
public class ContactManagement {

    private final Contacts contacts;
    private final ContactTypes types;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContactManagement(Contacts contacts, ContactTypes types, JdbcClient jdbc, Clock clock) {
        this.contacts = contacts;
        this.types = types;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Contact get(Caller caller, UUID id) {
        return contacts.findByIdAndOrganisationId(id, caller.organisationId())
                .orElseThrow(() -> NotFoundException.of("Contact", id));
    }

    @Transactional
    public Contact create(Caller caller, Contact.Kind kind, @Nullable UUID contactTypeId, ContactDetails details) {
        requireType(caller, contactTypeId);
        var contact = Contact.create(caller, nextNumber(caller.organisationId()), kind, contactTypeId, details,
                clock.instant());
        return contacts.save(contact);
    }

    @Transactional
    public Contact change(Caller caller, UUID id, long expectedVersion, Contact.Kind kind,
                          @Nullable UUID contactTypeId, ContactDetails details) {
        var contact = get(caller, id);
        if (contact.version() != expectedVersion) {
            throw StaleVersionException.of("Contact", id, expectedVersion);
        }
        requireType(caller, contactTypeId);
        contact.change(caller, kind, contactTypeId, details, clock.instant());
        return contacts.save(contact);
    }

    private void requireType(Caller caller, @Nullable UUID contactTypeId) {
        if (contactTypeId != null && types.find(caller.organisationId(), contactTypeId).isEmpty()) {
            throw NotFoundException.of("Contact type", contactTypeId);
        }
    }

    /** Sequential per organisation; the counter row stays locked until this transaction commits. */
    private long nextNumber(UUID organisationId) {
        return jdbc.sql("""
                insert into contacts.contact_number (organisation_id, last_number) values (:org, 1)
                on conflict (organisation_id) do update set last_number = contacts.contact_number.last_number + 1
                returning last_number
                """)
                .param("org", organisationId).query(Long.class).single();
    }
}
