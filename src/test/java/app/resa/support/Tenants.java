package app.resa.support;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.resa.organisation.OrganisationManagement;
import app.resa.organisation.Role;
import app.resa.organisation.UserManagement;
import app.resa.shared.Caller;

/**
 * Opens a fresh organisation per test, with one user of each role, so tests never see each
 * other's data even though they share one database.
 */
@Component
public class Tenants {

    public static final String PASSWORD = "correct-horse-battery";

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final TransactionTemplate transaction;

    Tenants(OrganisationManagement organisations, UserManagement users, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.users = users;
        this.transaction = transaction;
    }

    public Tenant open(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var opened = transaction.execute(status -> organisations.open(new OrganisationManagement.NewOrganisation(
                name, "Europe/Paris", "en", "EUR", "Main site", "Box office", "admin-" + suffix, PASSWORD)));
        var admin = new Caller(opened.organisation().id(), opened.adminId(), "admin-" + suffix,
                opened.pointOfSale().id(), Set.of("ADMIN"));
        for (Role role : new Role[] {Role.MANAGER, Role.AGENT, Role.VIEWER}) {
            users.create(admin, new UserManagement.NewUser(role.name().toLowerCase() + "-" + suffix, PASSWORD,
                    role.name() + " " + suffix, role, "en", opened.pointOfSale().id()));
        }
        return new Tenant(opened.organisation().id(), opened.pointOfSale().id(), suffix, admin);
    }

    /** An organisation and the usernames of its users: {@code <role>-<suffix>}, all with {@link #PASSWORD}. */
    public record Tenant(UUID organisationId, UUID pointOfSaleId, String suffix, Caller admin) {

        public String username(Role role) {
            return role.name().toLowerCase() + "-" + suffix;
        }
    }
}
