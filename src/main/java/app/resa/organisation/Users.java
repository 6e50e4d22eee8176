package app.resa.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Users of all organisations. Deliberately not a CrudRepository: every finder but the sign-in
 * one takes the organisation, so no caller can read across organisations by mistake.
 */
public interface Users extends Repository<User, UUID> {

    User save(User user);

    /** For sign-in only: usernames are unique across organisations. */
    Optional<User> findByUsername(String username);

    Optional<User> findByIdAndOrganisationId(UUID id, UUID organisationId);

    @Query("select * from organisation.app_user where organisation_id = :organisationId order by username")
    List<User> findAllInOrganisation(UUID organisationId);

    boolean existsByUsername(String username);
}
