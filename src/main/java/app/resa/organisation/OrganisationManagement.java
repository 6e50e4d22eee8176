package app.resa.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;

/** Opens organisations with what they need to work on day one: a branch, a counter, an admin. */
@Service
public class OrganisationManagement {

    private final Organisations organisations;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganisationManagement(Organisations organisations, Users users, PasswordEncoder passwords, Clock clock,
                           ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
    }

    /** A new organisation with one branch, one point of sale and its first administrator. */
    @Transactional
    public Opened open(NewOrganisation request) {
        Instant now = clock.instant();
        var organisation = new Organisation(UUID.randomUUID(), request.name(), request.timeZone(),
                request.language(), request.currency(), now);
        organisations.insert(organisation);
        var branch = new Branch(UUID.randomUUID(), organisation.id(), request.branchName(), now);
        organisations.insert(branch);
        var counter = new PointOfSale(UUID.randomUUID(), organisation.id(), branch.id(), request.pointOfSaleName(), now,
                PointOfSale.DEFAULT_HOLD_DELAY_SECONDS, PointOfSale.DEFAULT_HOLD_MAX_LIFETIME_SECONDS);
        organisations.insert(counter);
        var admin = User.create(organisation.id(), request.adminUsername(), passwords.encode(request.adminPassword()),
                request.adminUsername(), Role.ADMIN, request.language(), counter.id(), null, now);
        users.save(admin);
        events.publishEvent(new OrganisationOpened(organisation.id(), admin.id(), counter.id()));
        return new Opened(organisation, branch, counter, admin.id());
    }

    @Transactional
    public PointOfSale addPointOfSale(Caller caller, UUID branchId, String name) {
        var branch = organisations.branch(caller.organisationId(), branchId)
                .orElseThrow(() -> app.resa.shared.NotFoundException.of("Branch", branchId));
        var pointOfSale = new PointOfSale(UUID.randomUUID(), caller.organisationId(), branch.id(), name, clock.instant(),
                PointOfSale.DEFAULT_HOLD_DELAY_SECONDS, PointOfSale.DEFAULT_HOLD_MAX_LIFETIME_SECONDS);
        organisations.insert(pointOfSale);
        return pointOfSale;
    }

    /** Changes how long carts hold their places at a point of sale. */
    @Transactional
    public PointOfSale changeHoldDelays(Caller caller, UUID pointOfSaleId, int holdDelaySeconds,
                                       int holdMaxLifetimeSeconds) {
        if (holdDelaySeconds > holdMaxLifetimeSeconds) {
            throw new HoldDelayLongerThanLifetimeException();
        }
        if (!organisations.changeHoldDelays(caller.organisationId(), pointOfSaleId, holdDelaySeconds,
                holdMaxLifetimeSeconds)) {
            throw app.resa.shared.NotFoundException.of("Point of sale", pointOfSaleId);
        }
        return organisations.pointOfSale(caller.organisationId(), pointOfSaleId).orElseThrow();
    }

    @Transactional
    public Branch addBranch(Caller caller, String name) {
        var branch = new Branch(UUID.randomUUID(), caller.organisationId(), name, clock.instant());
        organisations.insert(branch);
        return branch;
    }

    static final class HoldDelayLongerThanLifetimeException extends app.resa.shared.BusinessRuleViolation {
        HoldDelayLongerThanLifetimeException() {
            super("hold-delay-too-long", "The hold delay cannot be longer than the maximum lifetime of a cart");
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String field() {
            return "holdDelaySeconds";
        }
    }

    public record NewOrganisation(String name, String timeZone, String language, String currency, String branchName,
                                  String pointOfSaleName, String adminUsername, String adminPassword) {
    }

    public record Opened(Organisation organisation, Branch branch, PointOfSale pointOfSale, UUID adminId) {
    }
}
