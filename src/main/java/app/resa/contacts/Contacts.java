package app.resa.contacts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** Contacts of all organisations; every finder takes the organisation. */
public interface Contacts extends ListCrudRepository<Contact, UUID> {

    Optional<Contact> findByIdAndOrganisationId(UUID id, UUID organisationId);
}
