package app.resa.documents;

import static app.resa.documents.TicketFixture.secrets;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.booking.DossierOperations;
import app.resa.documents.TicketFixture.BoxOffice;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** Scanning tickets at the door: the five answers, a race between two doors, and attendance. */
@ApiTest
class CheckInTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    ApplicationContext context;

    @Autowired
    DossierOperations operations;

    @Autowired
    JdbcClient jdbc;

    TicketFixture fixture;
    Tenant tenant;
    BoxOffice office;

    @BeforeEach
    void setUp() {
        fixture = new TicketFixture(context);
        tenant = tenants.open("Door " + UUID.randomUUID());
        office = fixture.boxOffice(tenant, "Tartuffe");
    }

    @Test
    void aFirstScanIsValidAndASecondSaysWhenAndWhereItWasUsed() {
        var dossier = fixture.dossier(office, 1, false, true);
        String secret = secrets(fixture.print(port, tenant, dossier.id()).body()).getFirst();

        var first = fixture.checkIn(port, tenant, secret);
        var second = fixture.checkIn(port, tenant, "  " + secret + "\n");

        assertThat(first.path("result").asString()).isEqualTo("VALID");
        assertThat(first.path("ticket").path("eventName").asString()).isEqualTo("Tartuffe");
        assertThat(first.path("ticket").path("dossierNumber").asLong()).isEqualTo(dossier.number());
        assertThat(first.path("ticket").has("secret")).as("the API never shows a secret").isFalse();
        assertThat(second.path("result").asString()).isEqualTo("ALREADY_USED");
        assertThat(second.path("checkedInAt").asString()).isEqualTo(first.path("checkedInAt").asString());
        assertThat(second.path("checkedInBy").asString()).isEqualTo(tenant.username(Role.AGENT));
        assertThat(second.path("pointOfSale").asString()).isEqualTo("Box office");
        assertThat(second.path("ticket").path("status").asString()).isEqualTo("USED");
    }

    @Test
    void anUnknownSecretIsUnknown() {
        var answer = fixture.checkIn(port, tenant, "AAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(answer.path("result").asString()).isEqualTo("UNKNOWN");
        assertThat(answer.path("ticket").isNull()).isTrue();
    }

    @Test
    void aTicketOfACancelledLineIsCancelledAndListedSo() {
        var dossier = fixture.dossier(office, 2, false, true);
        String secret = secrets(fixture.print(port, tenant, dossier.id()).body()).getFirst();

        operations.cancel(tenant.admin(), dossier.id(), null, List.of());

        assertThat(fixture.checkIn(port, tenant, secret).path("result").asString()).isEqualTo("CANCELLED");
        var cancelled = fixture.get(port, "/api/v1/tickets?status=CANCELLED&dossierNumber=" + dossier.number(),
                TicketFixture.who(tenant, Role.VIEWER), "application/json").json();
        assertThat(cancelled.path("totalItems").asLong()).as("the list says so too").isEqualTo(2);
    }

    /**
     * No move of booking takes a confirmed line back to reserved today; a correction could (an
     * unpaid sale put back on reservation). The ticket printed before must not get in then.
     */
    @Test
    void aTicketWhoseLineIsNoLongerConfirmedIsNotPrintable() {
        var dossier = fixture.dossier(office, 1, false, true);
        String secret = secrets(fixture.print(port, tenant, dossier.id()).body()).getFirst();
        jdbc.sql("update booking.dossier_line set status = 'RESERVED' where organisation_id = :org and dossier_id = :id")
                .param("org", tenant.organisationId()).param("id", dossier.id()).update();

        assertThat(fixture.checkIn(port, tenant, secret).path("result").asString()).isEqualTo("NOT_PRINTABLE");
    }

    @Test
    void aTicketScannedAtManyDoorsAtOnceIsAcceptedOnce() throws Exception {
        var dossier = fixture.dossier(office, 1, false, true);
        String secret = secrets(fixture.print(port, tenant, dossier.id()).body()).getFirst();
        int doors = 12;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(doors);
        var results = new ArrayList<Future<String>>();
        try {
            for (int door = 0; door < doors; door++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return fixture.checkIn(port, tenant, secret).path("result").asString();
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes.stream().filter("VALID"::equals)).hasSize(1);
            assertThat(outcomes.stream().filter("ALREADY_USED"::equals)).hasSize(doors - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from documents.ticket where organisation_id = :org and checked_in_at is not null")
                .param("org", tenant.organisationId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsSecretIsUnknownThereAndStaysValidAtHome() {
        var dossier = fixture.dossier(office, 1, false, true);
        String secret = secrets(fixture.print(port, tenant, dossier.id()).body()).getFirst();
        var other = tenants.open("Other door " + UUID.randomUUID());

        var elsewhere = fixture.checkIn(port, other, secret);

        assertThat(elsewhere.path("result").asString()).isEqualTo("UNKNOWN");
        assertThat(elsewhere.path("ticket").isNull()).isTrue();
        assertThat(fixture.checkIn(port, tenant, secret).path("result").asString()).isEqualTo("VALID");
    }

    @Test
    void attendanceAndTheListCountCheckIns() {
        var dossier = fixture.dossier(office, 3, true, true);
        var secrets = secrets(fixture.print(port, tenant, dossier.id()).body());
        fixture.checkIn(port, tenant, secrets.get(0));
        fixture.checkIn(port, tenant, secrets.get(3));
        String viewer = TicketFixture.who(tenant, Role.VIEWER);

        var availability = fixture.get(port, "/api/v1/sessions/" + office.session().id() + "/availability", viewer,
                "application/json").json();
        var checkedIn = fixture.get(port, "/api/v1/tickets?checkedIn=true&sessionId=" + office.session().id(), viewer,
                "application/json").json();
        var valid = fixture.get(port, "/api/v1/tickets?status=VALID&eventId=" + office.session().eventId(), viewer,
                "application/json").json();

        assertThat(availability.path("checkedIn").asLong()).isEqualTo(2);
        assertThat(checkedIn.path("totalItems").asLong()).isEqualTo(2);
        assertThat(checkedIn.path("items").valueStream().map(t -> t.path("status").asString())).containsOnly("USED");
        assertThat(valid.path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void aViewerCannotCheckInAndABlankSecretIsRefused() {
        var viewer = fixture.post(port, "/api/v1/check-ins", TicketFixture.who(tenant, Role.VIEWER), Map.of("secret", "x"));
        var blank = fixture.post(port, "/api/v1/check-ins", TicketFixture.who(tenant, Role.AGENT), Map.of("secret", " "));

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("fields").path(0).path("field").asString()).isEqualTo("secret");
    }
}
