package app.resa.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Users of all organisations; every finder but the login one takes the organisation. */
public interface Users extends ListCrudRepository<User, UUID> {

    /** For sign-in only: usernames are unique across organisations. */
    Optional<User> findByUsername(String username);

    Optional<User> findByIdAndOrganisationId(UUID id, UUID organisationId);

    @Query("select * from organisation.app_user where organisation_id = :organisationId order by username")
    List<User> findAllInOrganisation(UUID organisationId);

    boolean existsByUsername(String username);
}
