package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.booking.BookingHttp.Session;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/** The dossier list: every filter, sort, pages, the CSV export, and never another organisation's rows. */
@ApiTest
class DossierListTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    BookingHttp http;
    Tenant tenant;
    String agent;
    String alice;
    String bob;
    String firstEvent;
    String secondEvent;
    Session firstSession;
    Session secondSession;
    /** d1 confirmed (Alice, first event), d2 reserved (Bob, second), d3 cart (first), d4 empty, d5 cancelled (Alice, second). */
    JsonNode[] dossiers = new JsonNode[6];
    /** An organisation with a dossier of its own, which must never show. */
    Tenant other;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        tenant = tenants.open("List " + UUID.randomUUID());
        String manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        alice = contact("Alice");
        bob = contact("Bob");
        firstEvent = http.event(manager, "Phèdre");
        secondEvent = http.event(manager, "Andromaque");
        firstSession = http.quotaSession(manager, firstEvent, 50);
        secondSession = http.quotaSession(manager, secondEvent, 50);

        dossiers[1] = withPlaces(alice, firstSession, "confirm");
        dossiers[2] = withPlaces(bob, secondSession, "reserve");
        dossiers[3] = withPlaces(null, firstSession, null);
        dossiers[4] = http.openDossier(agent, null);
        dossiers[5] = withPlaces(alice, secondSession, "cancel");

        other = tenants.open("Other " + UUID.randomUUID());
        String otherManager = BookingHttp.who(other, Role.MANAGER);
        String otherAgent = BookingHttp.who(other, Role.AGENT);
        var otherSession = http.quotaSession(otherManager, http.event(otherManager, "Elsewhere"), 5);
        String foreign = http.openDossier(otherAgent, null).path("id").asString();
        created(http.addPlaces(otherAgent, foreign, otherSession, 1));
    }

    @Test
    void everyFilterNarrowsTheList() {
        assertThat(numbers("")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(numbers("number=2")).containsExactly(2L);
        assertThat(numbers("status=CONFIRMED")).containsExactly(1L);
        assertThat(numbers("status=CART")).containsExactlyInAnyOrder(3L, 4L);
        assertThat(numbers("status=CANCELLED")).containsExactly(5L);
        assertThat(numbers("printStatus=NOT_PRINTED")).hasSize(5);
        assertThat(numbers("contactId=" + alice)).containsExactlyInAnyOrder(1L, 5L);
        assertThat(numbers("contactId=" + bob + "&status=RESERVED")).containsExactly(2L);
        assertThat(numbers("product=" + firstEvent)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(numbers("product=" + secondSession.id())).containsExactlyInAnyOrder(2L, 5L);
        assertThat(numbers("product=" + UUID.randomUUID())).isEmpty();

        String third = dossiers[3].path("createdAt").asString();
        assertThat(numbers("createdFrom=" + encode(third))).containsExactlyInAnyOrder(3L, 4L, 5L);
        assertThat(numbers("createdTo=" + encode(third))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(numbers("createdFrom=" + encode(dossiers[2].path("createdAt").asString()) + "&createdTo="
                + encode(dossiers[4].path("createdAt").asString()))).containsExactlyInAnyOrder(2L, 3L);
        String agentId = dossiers[1].path("createdBy").asString();
        assertThat(numbers("createdBy=" + agentId)).hasSize(5);
        assertThat(numbers("createdOn=" + tenant.pointOfSaleId())).hasSize(5);
        assertThat(numbers("modifiedBy=" + agentId + "&modifiedOn=" + tenant.pointOfSaleId())).hasSize(5);
        assertThat(numbers("modifiedFrom=" + encode(ok(http.get("/api/v1/dossiers/" + dossiers[5].path("id").asString(),
                agent)).path("modifiedAt").asString()))).containsExactly(5L);

        var bad = http.get("/api/v1/dossiers?status=SOLD", agent);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        var badDate = http.get("/api/v1/dossiers?createdFrom=yesterday", agent);
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
    }

    @Test
    void contactTextAndContactTypeNarrowTheList() {
        var types = ok(http.get("/api/v1/contact-types", agent));
        String firstType = types.path(0).path("id").asString();
        String secondType = types.path(1).path("id").asString();
        String carol = created(http.post("/api/v1/contacts", agent, Map.of("kind", "PERSON", "lastName", "Carolingian",
                "contactTypeId", firstType))).path("id").asString();
        String dave = created(http.post("/api/v1/contacts", agent, Map.of("kind", "PERSON", "lastName", "Davidson",
                "contactTypeId", secondType))).path("id").asString();
        withPlaces(carol, firstSession, null);
        withPlaces(dave, firstSession, null);

        assertThat(numbers("contactTypeId=" + firstType)).containsExactly(6L);
        assertThat(numbers("contactTypeId=" + secondType)).containsExactly(7L);
        assertThat(numbers("contactTypeId=" + UUID.randomUUID())).isEmpty();
        assertThat(numbers("contact=carolin")).containsExactly(6L);
        assertThat(numbers("contact=alice")).containsExactlyInAnyOrder(1L, 5L);
        assertThat(numbers("contact=alice&contactTypeId=" + firstType)).isEmpty();
        assertThat(numbers("contact=nobody-at-all")).isEmpty();
        var tooLong = http.get("/api/v1/dossiers?contact=" + "x".repeat(201), agent);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    }

    @Test
    void dossiersOfClosedSeasonsShowOnlyWhenAsked() {
        String manager = BookingHttp.who(tenant, Role.MANAGER);
        String season = created(http.post("/api/v1/seasons", manager, Map.of("name", "2025-2026")))
                .path("id").asString();
        String pastEvent = created(http.post("/api/v1/events", manager, Map.of("name", "Bérénice", "seasonId", season)))
                .path("id").asString();
        var pastSession = http.quotaSession(manager, pastEvent, 20);
        withPlaces(alice, pastSession, "confirm");
        var mixed = withPlaces(bob, pastSession, null);
        created(http.addPlaces(agent, mixed.path("id").asString(), firstSession, 1));
        assertThat(numbers("")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);

        ok(http.post("/api/v1/seasons/" + season + "/close", manager, null));
        assertThat(numbers("")).as("6 is all closed season; 7 has a line of an open one; 4 has no line")
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 7L);
        assertThat(numbers("includeClosedSeasons=false")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 7L);
        assertThat(numbers("includeClosedSeasons=true")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(numbers("includeClosedSeasons=true&product=" + pastEvent)).containsExactlyInAnyOrder(6L, 7L);
        var export = http.send("GET", "/api/v1/dossiers", agent, null, Map.of("Accept", "text/csv"));
        assertThat(export.body()).doesNotContain("\n6,");
    }

    @Test
    void theListSortsAndPages() {
        assertThat(numbers("sort=NUMBER_ASC")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(numbers("sort=NUMBER_DESC")).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(numbers("sort=CREATED_ASC")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(numbers("")).as("newest first by default").containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(numbers("sort=MODIFIED_DESC").getFirst()).isEqualTo(5L);

        var page = ok(http.get("/api/v1/dossiers?sort=NUMBER_ASC&page=1&size=2", agent));
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isEqualTo(5);
        assertThat(page.path("totalPages").asInt()).isEqualTo(3);
        assertThat(page.path("items").valueStream().map(i -> i.path("number").asLong())).containsExactly(3L, 4L);
        var item = page.path("items").path(0);
        assertThat(item.path("products").asString()).contains("Phèdre");
        assertThat(item.path("createdBy").asString()).isNotBlank();
        assertThat(item.path("createdOn").asString()).isEqualTo("Box office");
        var last = ok(http.get("/api/v1/dossiers?sort=NUMBER_ASC&page=2&size=2", agent));
        assertThat(last.path("items").size()).isEqualTo(1);
        var alices = ok(http.get("/api/v1/dossiers?number=1", agent)).path("items").path(0);
        assertThat(alices.path("contactName").asString()).contains("Alice");

        assertThat(http.get("/api/v1/dossiers?size=0", agent).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dossiers?size=201", agent).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dossiers?sort=SIDEWAYS", agent).status()).isEqualTo(400);
    }

    @Test
    void theCsvExportHasAHeaderAndTheFilteredRows() throws IOException {
        var export = http.send("GET", "/api/v1/dossiers?sort=NUMBER_ASC", agent, null, Map.of("Accept", "text/csv"));
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type").orElseThrow()).startsWith("text/csv");
        var records = parse(export.body());
        assertThat(records).hasSize(5);
        assertThat(records.getFirst().getParser().getHeaderNames()).containsExactly("dossier", "status", "print_status",
                "purchase_contact", "products", "created_at", "created_on", "created_by", "modified_at", "modified_on",
                "modified_by");
        assertThat(records.stream().map(r -> r.get("dossier"))).containsExactly("1", "2", "3", "4", "5");
        var first = records.getFirst();
        assertThat(first.get("status")).isEqualTo("CONFIRMED");
        assertThat(first.get("print_status")).isEqualTo("NOT_PRINTED");
        assertThat(first.get("purchase_contact")).contains("Alice");
        assertThat(first.get("products")).contains("Phèdre");
        assertThat(first.get("created_on")).isEqualTo("Box office");
        assertThat(first.get("created_at")).isNotBlank();
        assertThat(records.get(3).get("products")).isEmpty();

        var filtered = parse(http.send("GET", "/api/v1/dossiers?contactId=" + alice, agent, null,
                Map.of("Accept", "text/csv")).body());
        assertThat(filtered.stream().map(r -> r.get("dossier"))).containsExactlyInAnyOrder("1", "5");
    }

    @Test
    void anotherOrganisationsDossiersNeverAppear() throws IOException {
        String otherAgent = BookingHttp.who(other, Role.AGENT);
        var mine = ok(http.get("/api/v1/dossiers?size=200", agent));
        assertThat(mine.path("totalItems").asLong()).isEqualTo(5);
        var theirs = ok(http.get("/api/v1/dossiers?size=200", otherAgent));
        assertThat(theirs.path("totalItems").asLong()).isEqualTo(1);
        assertThat(theirs.path("items").valueStream().map(i -> i.path("id").asString()))
                .doesNotContainAnyElementsOf(List.of(dossiers[1].path("id").asString(), dossiers[2].path("id").asString()));
        assertThat(ok(http.get("/api/v1/dossiers?number=2", otherAgent)).path("totalItems").asLong()).isZero();
        assertThat(ok(http.get("/api/v1/dossiers?contactId=" + alice, otherAgent)).path("totalItems").asLong()).isZero();
        assertThat(ok(http.get("/api/v1/dossiers?product=" + firstEvent, otherAgent)).path("totalItems").asLong()).isZero();
        assertThat(parse(http.send("GET", "/api/v1/dossiers", otherAgent, null, Map.of("Accept", "text/csv")).body()))
                .hasSize(1);
        assertThat(http.get("/api/v1/dossiers/" + dossiers[1].path("id").asString(), otherAgent).status()).isEqualTo(404);
    }

    private JsonNode withPlaces(@org.jspecify.annotations.Nullable String contact, Session session,
                                @org.jspecify.annotations.Nullable String then) {
        String id = http.openDossier(agent, contact).path("id").asString();
        var dossier = created(http.addPlaces(agent, id, session, 2));
        if (then != null) {
            dossier = ok(http.post("/api/v1/dossiers/" + id + "/" + then, agent, null));
        }
        return dossier;
    }

    private String contact(String lastName) {
        return created(http.post("/api/v1/contacts", agent, Map.of("kind", "PERSON", "lastName", lastName)))
                .path("id").asString();
    }

    private List<Long> numbers(String query) {
        var page = ok(http.get("/api/v1/dossiers?size=200&" + query, agent));
        assertThat(page.path("totalItems").asLong()).isEqualTo(page.path("items").size());
        return page.path("items").valueStream().map(i -> i.path("number").asLong()).toList();
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
