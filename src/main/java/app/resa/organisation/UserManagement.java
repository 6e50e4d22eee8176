package app.resa.organisation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.StaleVersionException;

/** Administrators add, change and disable the users of their organisation. */
@Service
public class UserManagement {

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserManagement(Users users, Organisations organisations, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
    }

    public List<User> all(Caller caller) {
        return users.findAllInOrganisation(caller.organisationId());
    }

    public User get(Caller caller, UUID id) {
        return users.findByIdAndOrganisationId(id, caller.organisationId())
                .orElseThrow(() -> NotFoundException.of("User", id));
    }

    /** Display names of the organisation's users, for "created by" columns. */
    public java.util.Map<UUID, String> names(Caller caller) {
        var names = new java.util.HashMap<UUID, String>();
        users.findAllInOrganisation(caller.organisationId()).forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    @Transactional
    public User create(Caller caller, NewUser request) {
        if (users.existsByUsername(request.username())) {
            throw new UsernameTakenException(request.username());
        }
        requirePointOfSale(caller, request.pointOfSaleId());
        var user = User.create(caller.organisationId(), request.username(), passwords.encode(request.password()),
                request.displayName(), request.role(), request.language(), request.pointOfSaleId(), caller.userId(),
                clock.instant());
        return users.save(user);
    }

    @Transactional
    public User change(Caller caller, UUID id, long expectedVersion, UserChange change) {
        var user = get(caller, id);
        if (user.version() != expectedVersion) {
            throw StaleVersionException.of("User", id, expectedVersion);
        }
        requirePointOfSale(caller, change.pointOfSaleId());
        if (user.id().equals(caller.userId()) && (change.role() != Role.ADMIN || !change.enabled())) {
            throw new LastAdminException();
        }
        user.change(change.displayName(), change.role(), change.language(), change.pointOfSaleId(), change.enabled(),
                caller.userId(), clock.instant());
        if (change.password() != null) {
            user.changePassword(passwords.encode(change.password()), caller.userId(), clock.instant());
        }
        return users.save(user);
    }

    private void requirePointOfSale(Caller caller, @Nullable UUID pointOfSaleId) {
        if (pointOfSaleId != null && organisations.pointOfSale(caller.organisationId(), pointOfSaleId).isEmpty()) {
            throw NotFoundException.of("Point of sale", pointOfSaleId);
        }
    }

    public record NewUser(String username, String password, String displayName, Role role,
                          @Nullable String language, @Nullable UUID pointOfSaleId) {
    }

    public record UserChange(String displayName, Role role, @Nullable String language,
                             @Nullable UUID pointOfSaleId, boolean enabled, @Nullable String password) {
    }

    static final class UsernameTakenException extends BusinessRuleViolation {
        UsernameTakenException(String username) {
            super("username-taken", "The username " + username + " is already taken");
        }
    }

    /** An administrator cannot demote or disable themselves, so an organisation keeps an admin. */
    static final class LastAdminException extends BusinessRuleViolation {
        LastAdminException() {
            super("cannot-demote-self", "You cannot remove your own administrator role or disable yourself");
        }
    }
}
