package app.resa.contacts.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;

record ContactResponse(UUID id, long number, Contact.Kind kind, String displayName, @Nullable UUID contactTypeId,
                       ContactDetails details, long version, Instant createdAt, @Nullable UUID createdBy,
                       Instant modifiedAt, @Nullable UUID modifiedBy) {

    static ContactResponse of(Contact contact) {
        var audit = contact.audit();
        return new ContactResponse(contact.id(), contact.number(), contact.kind(), contact.displayName(),
                contact.contactTypeId(), contact.details(), contact.version(), audit.createdAt(), audit.createdBy(),
                audit.modifiedAt(), audit.modifiedBy());
    }
}
