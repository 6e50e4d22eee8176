package app.resa.contacts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Contacts of all organisations; every finder takes the organisation (no unscoped findAll). */
interface Contacts extends Repository<Contact, UUID> {

    Contact save(Contact contact);

    Optional<Contact> findByIdAndOrganisationId(UUID id, UUID organisationId);
}
