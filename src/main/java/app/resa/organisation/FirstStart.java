package app.resa.organisation;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * On an empty database, opens the first organisation and its {@code admin}. The password is
 * {@code RESA_ADMIN_PASSWORD}, or a random one printed once: the only secret Resa ever logs,
 * because otherwise nobody could sign in.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Organisations organisations;
    private final OrganisationManagement management;
    private final Users users;
    private final OrganisationSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FirstStart(Organisations organisations, OrganisationManagement management, Users users,
               OrganisationSettings settings, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.management = management;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organisations.any()) {
            String password = settings.adminPassword();
            boolean generated = !StringUtils.hasText(password);
            if (generated) {
                password = randomPassword();
            }
            String chosen = password;
            var opened = transaction.execute(status -> management.open(new OrganisationManagement.NewOrganisation(
                    settings.name(), settings.timeZone(), settings.language(), settings.currency(), settings.branchName(),
                    settings.pointOfSaleName(), settings.adminUsername(), chosen)));
            log.info("First start: opened organisation '{}' with user '{}'", opened.organisation().name(),
                    settings.adminUsername());
            if (generated) {
                log.warn("\n\n    Resa administrator: {} / {}\n    (printed once; set RESA_ADMIN_PASSWORD to choose it)\n",
                        settings.adminUsername(), password);
            }
        }
        if (settings.demo()) {
            users.findByUsername(settings.adminUsername()).ifPresent(admin -> {
                log.info("RESA_DEMO=true: loading demo data into organisation {}", admin.organisationId());
                transaction.executeWithoutResult(status -> events.publishEvent(new DemoDataRequested(
                        admin.organisationId(), admin.id(), admin.pointOfSaleId() == null
                                ? organisations.pointsOfSale(admin.organisationId()).getFirst().id()
                                : admin.pointOfSaleId())));
            });
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
