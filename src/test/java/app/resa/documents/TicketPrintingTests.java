package app.resa.documents;

import static app.resa.documents.TicketFixture.decodeQr;
import static app.resa.documents.TicketFixture.pages;
import static app.resa.documents.TicketFixture.secrets;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.booking.DossierHistory;
import app.resa.booking.DossierLine;
import app.resa.booking.PrintStatus;
import app.resa.documents.TicketFixture.BoxOffice;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** Printing tickets over HTTP, read back with PDFBox and ZXing as a person and a scanner would. */
@ApiTest
class TicketPrintingTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierHistory history;

    TicketFixture fixture;
    Tenant tenant;
    BoxOffice office;

    @BeforeEach
    void setUp() {
        fixture = new TicketFixture(context);
        tenant = tenants.open("Documents " + UUID.randomUUID());
        office = fixture.boxOffice(tenant, "Le Misanthrope");
    }

    @Test
    void aConfirmedDossierPrintsOneTicketPerPlaceWithEventSeatVenueAndDossierNumber() throws Exception {
        var dossier = fixture.dossier(office, 3, true, true);

        var answer = fixture.print(port, tenant, dossier.id());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        // Kept for a person to look at, as the browser tests keep screenshots.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "tickets-sample.pdf"), answer.body());
        var pages = pages(answer.body());
        assertThat(pages).as("three standing places and one seat").hasSize(4);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Le Misanthrope").contains("Dossier " + dossier.number())
                .contains("Plein tarif").contains("30.00 EUR"));
        assertThat(pages.stream().filter(page -> page.contains("General admission — Debout"))).hasSize(3);
        String seat = dossier.lines().stream().filter(l -> l.seatLabel() != null).findFirst().orElseThrow().seatLabel();
        assertThat(pages.stream().filter(page -> page.contains("Seat " + seat) && page.contains("Théâtre de l'Odéon")))
                .hasSize(1);
        // The session starts at 19:30 UTC, 20:30 in the organisation's Paris.
        assertThat(pages.getFirst()).contains("Sunday, March 14, 2027").contains("20:30");
        assertThat(String.join("", pages)).containsPattern("Ticket \\d+");
        assertThat(secrets(answer.body())).hasSize(4).doesNotHaveDuplicates();
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.PRINTED);
    }

    @Test
    void aCyrillicEventNameRenders() {
        var ballet = fixture.boxOffice(tenant, "Лебедово езеро — Щелкунчик");
        var dossier = fixture.dossier(ballet, 1, false, true);

        var answer = fixture.print(port, tenant, dossier.id());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(pages(answer.body()).getFirst()).contains("Лебедово езеро — Щелкунчик");
    }

    @Test
    void theQrCodeOnThePageCarriesTheTicketsStoredSecret() throws Exception {
        var dossier = fixture.dossier(office, 1, true, true);

        byte[] pdf = fixture.print(port, tenant, dossier.id()).body();

        for (int page = 0; page < 2; page++) {
            String scanned = decodeQr(pdf, page);
            assertThat(scanned).as("the code says what is printed under it").isEqualTo(secrets(pdf).get(page));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(scanned.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long stored = jdbc.sql("""
                    select count(*) from documents.ticket_secret s join documents.ticket t on t.id = s.ticket_id
                     where s.organisation_id = :org and s.secret_hash = :hash and s.replaced_at is null and t.dossier_id = :dossier
                    """).param("org", tenant.organisationId()).param("hash", hash).param("dossier", dossier.id())
                    .query(Long.class).single();
            assertThat(stored).as("the scanned secret is a live secret of this dossier's tickets").isEqualTo(1);
            assertThat(fixture.checkIn(port, tenant, scanned).path("result").asString()).isEqualTo("VALID");
        }
        assertThat(jdbc.sql("""
                        select count(*) from documents.ticket_secret
                         where organisation_id = :org and position(convert_to(:secret, 'UTF8') in secret_hash) > 0
                        """)
                .param("org", tenant.organisationId()).param("secret", secrets(pdf).getFirst())
                .query(Long.class).single()).as("secrets are stored hashed, never in clear").isZero();
    }

    @Test
    void aReservedLineIsNotPrintableAndNothingChanges() {
        var reserved = fixture.dossier(office, 2, false, false);
        UUID line = reserved.lines().getFirst().id();

        var chosen = fixture.print(port, tenant, reserved.id(), line);
        var whole = fixture.print(port, tenant, reserved.id());

        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(409);
        assertThat(chosen.code()).isEqualTo("not-printable");
        assertThat(chosen.json().path("detail").asString()).contains(line.toString());
        assertThat(whole.status()).isEqualTo(409);
        assertThat(whole.code()).isEqualTo("not-printable");
        var after = fixture.get(tenant, reserved.id());
        assertThat(after.printStatus()).isEqualTo(PrintStatus.NOT_PRINTED);
        assertThat(after.version()).isEqualTo(reserved.version());
        assertThat(ticketsOf(reserved.number())).isZero();
    }

    @Test
    void choosingAReservedLineBesideAConfirmedOneRefusesTheWholePrint() {
        var dossier = fixture.dossier(office, 2, false, true);
        var admin = tenant.admin();
        var carts = context.getBean(app.resa.booking.CartManagement.class);
        var operations = context.getBean(app.resa.booking.DossierOperations.class);
        carts.addPlaces(admin, dossier.id(), null, office.session().id(), office.quotaId(), 1, null);
        var mixed = operations.reserve(admin, dossier.id(), null, List.of(), null);
        var confirmed = mixed.lines().stream().filter(DossierLine::printable).findFirst().orElseThrow();
        var reservedLine = mixed.lines().stream().filter(l -> !l.printable()).findFirst().orElseThrow();

        var refused = fixture.print(port, tenant, dossier.id(), confirmed.id(), reservedLine.id());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains(reservedLine.id().toString());
        assertThat(ticketsOf(mixed.number())).isZero();
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.NOT_PRINTED);

        var whole = fixture.print(port, tenant, dossier.id());
        assertThat(whole.status()).as("the whole dossier prints its confirmed lines").isEqualTo(200);
        assertThat(pages(whole.body())).hasSize(2);
    }

    @Test
    void printThenReprintMarksPrintedThenReprintedAndOnlyTheNewPaperGetsIn() {
        var dossier = fixture.dossier(office, 2, false, true);

        var first = fixture.print(port, tenant, dossier.id());
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.PRINTED);
        var again = fixture.print(port, tenant, dossier.id());

        assertThat(again.status()).isEqualTo(200);
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.REPRINTED);
        var numbers = pages(first.body()).stream().map(TicketPrintingTests::ticketNumber).toList();
        assertThat(pages(again.body()).stream().map(TicketPrintingTests::ticketNumber).toList())
                .as("a reprint prints the same tickets").isEqualTo(numbers);
        var list = fixture.get(port, "/api/v1/tickets?dossierNumber=" + dossier.number(),
                TicketFixture.who(tenant, Role.VIEWER), "application/json").json();
        assertThat(list.path("totalItems").asLong()).isEqualTo(2);
        assertThat(list.path("items").valueStream().map(t -> t.path("printCount").asInt())).containsOnly(2);
        assertThat(history.of(tenant.organisationId(), dossier.id()).stream().map(DossierHistory.Entry::action))
                .containsSubsequence("CONFIRMED", "PRINTED", "REPRINTED");

        assertThat(fixture.checkIn(port, tenant, secrets(first.body()).getFirst()).path("result").asString())
                .as("the paper printed first was replaced").isEqualTo("CANCELLED");
        assertThat(fixture.checkIn(port, tenant, secrets(again.body()).getFirst()).path("result").asString())
                .isEqualTo("VALID");
    }

    @Test
    void twoPrintsOfOneDossierAtOnceIssueItsTicketsOnce() throws Exception {
        var dossier = fixture.dossier(office, 2, false, true);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var first = pool.submit(() -> {
                start.await();
                return fixture.print(port, tenant, dossier.id());
            });
            var second = pool.submit(() -> {
                start.await();
                return fixture.print(port, tenant, dossier.id());
            });
            start.countDown();
            assertThat(first.get().status()).isEqualTo(200);
            assertThat(second.get().status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }

        assertThat(ticketsOf(dossier.number())).as("the second print reprinted the first one's tickets").isEqualTo(2);
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.REPRINTED);
    }

    @Test
    void anotherOrganisationsDossierIsNotFound() {
        var dossier = fixture.dossier(office, 1, false, true);
        var other = tenants.open("Other " + UUID.randomUUID());

        var answer = fixture.get(port, "/api/v1/dossiers/" + dossier.id() + "/tickets.pdf",
                TicketFixture.who(other, Role.ADMIN), "application/pdf, application/problem+json");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("not-found");
        assertThat(fixture.get(tenant, dossier.id()).printStatus()).isEqualTo(PrintStatus.NOT_PRINTED);
    }

    @Test
    void aViewerMayListTicketsButNotPrintThem() {
        var dossier = fixture.dossier(office, 1, false, true);

        var print = fixture.get(port, "/api/v1/dossiers/" + dossier.id() + "/tickets.pdf",
                TicketFixture.who(tenant, Role.VIEWER), "application/pdf, application/problem+json");
        var list = fixture.get(port, "/api/v1/tickets", TicketFixture.who(tenant, Role.VIEWER), "application/json");

        assertThat(print.status()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void ticketsFollowTheirLinesThroughASplitAndAnExchangeVoidsTheOldSeatsTicket() {
        var dossier = fixture.dossier(office, 2, true, true);
        var seatLine = dossier.lines().stream().filter(l -> l.seatLabel() != null).findFirst().orElseThrow();
        var standing = dossier.lines().stream().filter(l -> l.seatLabel() == null).findFirst().orElseThrow();
        byte[] pdf = fixture.print(port, tenant, dossier.id()).body();
        String seatSecret = secrets(pdf).get(pages(pdf).stream().map(page -> page.contains(seatLine.seatLabel()))
                .toList().indexOf(true));
        var admin = tenant.admin();

        var other = context.getBean(app.resa.booking.DossierOperations.class)
                .split(admin, dossier.id(), null, List.of(standing.id()));
        assertThat(ticketsOf(other.number())).as("the split's tickets moved with their line").isEqualTo(2);
        assertThat(ticketsOf(dossier.number())).isEqualTo(1);

        UUID newSeat = office.seatIds().get(office.nextSeat());
        context.getBean(app.resa.booking.LineExchange.class)
                .exchange(admin, dossier.id(), null, seatLine.id(), null, null, newSeat);
        assertThat(fixture.checkIn(port, tenant, seatSecret).path("result").asString())
                .as("the paper names the old seat").isEqualTo("CANCELLED");
        var again = fixture.print(port, tenant, dossier.id(), seatLine.id());
        assertThat(again.status()).isEqualTo(200);
        String label = fixture.get(tenant, dossier.id()).lines().stream().filter(l -> l.id().equals(seatLine.id()))
                .findFirst().orElseThrow().seatLabel();
        assertThat(pages(again.body()).getFirst()).contains("Seat " + label);
        assertThat(fixture.checkIn(port, tenant, secrets(again.body()).getFirst()).path("result").asString())
                .isEqualTo("VALID");
    }

    @Test
    void badParametersAreRefusedNamingThemAndAPdfOnlyClientStillGetsTheProblem() {
        var reserved = fixture.dossier(office, 1, false, false);
        String viewer = TicketFixture.who(tenant, Role.VIEWER);
        String agent = TicketFixture.who(tenant, Role.AGENT);

        var notAUuid = fixture.get(port, "/api/v1/dossiers/" + reserved.id() + "/tickets.pdf?lineIds=seat-12", agent,
                "application/pdf, application/problem+json");
        var badStatus = fixture.get(port, "/api/v1/tickets?status=LOST", viewer, "application/json");
        var badNumber = fixture.get(port, "/api/v1/tickets?dossierNumber=0", viewer, "application/json");
        var pdfOnly = fixture.get(port, "/api/v1/dossiers/" + reserved.id() + "/tickets.pdf", agent, "application/pdf");

        assertThat(notAUuid.status()).as(notAUuid.toString()).isEqualTo(400);
        assertThat(notAUuid.text()).contains("lineIds");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text()).contains("status");
        assertThat(badNumber.status()).as(badNumber.toString()).isEqualTo(400);
        assertThat(badNumber.text()).contains("dossierNumber");
        assertThat(pdfOnly.status()).as(pdfOnly.toString()).isEqualTo(409);
        assertThat(pdfOnly.text()).contains("not-printable");
    }

    private long ticketsOf(long dossierNumber) {
        return fixture.get(port, "/api/v1/tickets?dossierNumber=" + dossierNumber, TicketFixture.who(tenant, Role.VIEWER),
                "application/json").json().path("totalItems").asLong();
    }

    private static String ticketNumber(String page) {
        var matcher = java.util.regex.Pattern.compile("Ticket (\\d+)").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
