package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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

/** Dossiers through HTTP, as an integrator sees them; the inventory stays sound after every test. */
@ApiTest
class DossierApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    BookingHttp http;
    Tenant tenant;
    String manager;
    String agent;
    String admin;
    String eventId;
    String fullTariff;
    String reducedTariff;
    Session session;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        tenant = tenants.open("Booking " + UUID.randomUUID());
        manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        admin = BookingHttp.who(tenant, Role.ADMIN);
        eventId = http.event(manager, "Tartuffe");
        fullTariff = http.tariff(manager, eventId, "Plein tarif", "full", "30.00");
        reducedTariff = http.tariff(manager, eventId, "Réduit", "reduced", "12.50");
        session = http.seatedSession(manager, eventId, 20, "A-B", 3);
    }

    @AfterEach
    void inventoryIsSound() {
        http.assertSound(admin);
    }

    @Test
    void aDossierGoesFromCartToReservedAndConfirmedLinesWithPricesAndHistory() {
        String contact = created(http.post("/api/v1/contacts", agent, Map.of("kind", "PERSON", "lastName", "Orgon")))
                .path("id").asString();
        var opened = http.openDossier(agent, contact);
        String id = opened.path("id").asString();
        assertThat(opened.path("status").asString()).isEqualTo("CART");
        assertThat(opened.path("number").asLong()).isEqualTo(1);
        assertThat(opened.path("contactId").asString()).isEqualTo(contact);
        assertThat(opened.has("version")).isTrue();
        assertThat(ok(http.get("/api/v1/dossiers/" + id, agent)).path("number").asLong()).isEqualTo(1);

        // Three places at the default 'full' tariff, two seats at the reduced one.
        var withPlaces = created(http.addPlaces(agent, id, session, 3));
        var quotaLine = withPlaces.path("lines").path(0);
        assertThat(quotaLine.path("status").asString()).isEqualTo("CART");
        assertThat(quotaLine.path("quantity").asInt()).isEqualTo(3);
        assertThat(quotaLine.path("tariffId").asString()).isEqualTo(fullTariff);
        assertThat(quotaLine.path("unitPrice").path("amount").asString()).isEqualTo("30.00");
        assertThat(quotaLine.path("total").path("amount").asString()).isEqualTo("90.00");
        var seats = session.seatIds().subList(0, 2);
        var withSeats = created(http.post("/api/v1/dossiers/" + id + "/lines", agent,
                Map.of("sessionId", session.id(), "seatIds", seats, "tariffId", reducedTariff)));
        assertThat(withSeats.path("lines").size()).isEqualTo(3);
        var seatLines = withSeats.path("lines").valueStream().filter(l -> !l.path("seatId").isNull()
                && l.has("seatId") && !l.path("seatId").asString("").isEmpty()).toList();
        assertThat(seatLines).hasSize(2);
        assertThat(seatLines).allSatisfy(l -> {
            assertThat(l.path("tariffName").asString()).isEqualTo("Réduit");
            assertThat(l.path("unitPrice").path("amount").asString()).isEqualTo("12.50");
        });
        assertThat(withSeats.path("totals").path(0).path("amount").asString()).isEqualTo("115.00");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(17);
        assertThat(http.availability(agent, session.id()).path("seats").path("held").asInt()).isEqualTo(2);

        // Reserve the seats only: blocked but not printable; the quota line stays in the cart.
        var seatLineIds = seatLines.stream().map(l -> l.path("id").asString()).toList();
        var reserved = ok(http.post("/api/v1/dossiers/" + id + "/reserve", agent, Map.of("lineIds", seatLineIds)));
        assertThat(reserved.path("status").asString()).isEqualTo("CART");
        assertThat(line(reserved, seatLineIds.get(0)).path("status").asString()).isEqualTo("RESERVED");
        assertThat(line(reserved, seatLineIds.get(0)).path("printable").asBoolean()).isFalse();
        assertThat(line(reserved, quotaLine.path("id").asString()).path("status").asString()).isEqualTo("CART");

        // Confirm the rest: printable, and the dossier is reserved as a whole while seats are only reserved.
        var confirmed = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent,
                Map.of("lineIds", List.of(quotaLine.path("id").asString()))));
        assertThat(line(confirmed, quotaLine.path("id").asString()).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(line(confirmed, quotaLine.path("id").asString()).path("printable").asBoolean()).isTrue();
        assertThat(line(confirmed, seatLineIds.get(1)).path("printable").asBoolean()).isFalse();
        assertThat(confirmed.path("status").asString()).isEqualTo("RESERVED");
        var availability = http.availability(agent, session.id());
        assertThat(availability.path("quotas").path(0).path("confirmed").asInt()).isEqualTo(3);
        assertThat(availability.path("seats").path("reserved").asInt()).isEqualTo(2);

        // Confirming the reserved seats makes the whole dossier confirmed.
        var all = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null));
        assertThat(all.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(all.path("lines").valueStream().allMatch(l -> l.path("printable").asBoolean())).isTrue();

        assertThat(actions(id)).containsExactly("OPENED", "ADDED", "ADDED", "RESERVED", "CONFIRMED", "CONFIRMED");
        var history = ok(http.get("/api/v1/dossiers/" + id + "/history", agent));
        assertThat(history.path(0).path("userName").asString()).isNotBlank();
        assertThat(history.path(0).path("pointOfSaleId").asString()).isEqualTo(tenant.pointOfSaleId().toString());
    }

    @Test
    void anOptionNeedsAFutureDeadline() {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, 2));
        Instant until = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        var past = http.post("/api/v1/dossiers/" + id + "/option", agent, Map.of("until", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        assertThat(past.fields()).contains("until");
        var missing = http.post("/api/v1/dossiers/" + id + "/option", agent, Map.of());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.fields()).contains("until");
        assertThat(ok(http.get("/api/v1/dossiers/" + id, agent)).path("status").asString()).isEqualTo("CART");

        var option = ok(http.post("/api/v1/dossiers/" + id + "/option", agent, Map.of("until", until.toString())));
        assertThat(option.path("status").asString()).isEqualTo("OPTION");
        assertThat(Instant.parse(option.path("optionUntil").asString())).isEqualTo(until);
        assertThat(option.path("lines").path(0).path("status").asString()).isEqualTo("OPTION");
        assertThat(option.path("lines").path(0).path("printable").asBoolean()).isFalse();
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("reserved").asInt()).isEqualTo(2);
        assertThat(actions(id)).containsExactly("OPENED", "ADDED", "OPTION");
    }

    @Test
    void cancellingOneLineFreesItsCapacity() {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, 4));
        var dossier = created(http.addPlaces(agent, id, session, 2));
        ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null));
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(14);

        String second = dossier.path("lines").path(1).path("id").asString();
        var cancelled = ok(http.post("/api/v1/dossiers/" + id + "/cancel", agent, Map.of("lineIds", List.of(second))));
        assertThat(line(cancelled, second).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(16);
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(4);

        var all = ok(http.post("/api/v1/dossiers/" + id + "/cancel", agent, null));
        assertThat(all.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(20);
        assertThat(actions(id)).containsExactly("OPENED", "ADDED", "ADDED", "CONFIRMED", "CANCELLED", "CANCELLED");
    }

    @Test
    void aSplitMovesLinesAndTheirClaimsToANewDossier() {
        String contact = created(http.post("/api/v1/contacts", agent, Map.of("kind", "PERSON", "lastName", "Elmire")))
                .path("id").asString();
        var original = http.openDossier(agent, contact);
        String id = original.path("id").asString();
        created(http.addPlaces(agent, id, session, 2));
        var withSeat = created(http.addSeats(agent, id, session, List.of(session.seatIds().get(0))));
        ok(http.post("/api/v1/dossiers/" + id + "/reserve", agent, null));
        String seatLine = withSeat.path("lines").path(1).path("id").asString();

        var split = http.post("/api/v1/dossiers/" + id + "/split", agent, Map.of("lineIds", List.of(seatLine)));
        var other = created(split);
        String otherId = other.path("id").asString();
        assertThat(otherId).isNotEqualTo(id);
        assertThat(other.path("number").asLong()).isEqualTo(original.path("number").asLong() + 1);
        assertThat(other.path("contactId").asString()).isEqualTo(contact);
        assertThat(other.path("status").asString()).isEqualTo("RESERVED");
        assertThat(other.path("lines").size()).isEqualTo(1);
        assertThat(other.path("lines").path(0).path("id").asString()).isEqualTo(seatLine);
        var left = ok(http.get("/api/v1/dossiers/" + id, agent));
        assertThat(left.path("lines").size()).isEqualTo(1);
        assertThat(ok(http.get("/api/v1/dossiers/" + otherId, agent)).path("lines").path(0).path("seatId").asString())
                .isEqualTo(session.seatIds().get(0));

        // The claim followed the line: cancelling in the new dossier frees the seat.
        assertThat(http.availability(agent, session.id()).path("seats").path("reserved").asInt()).isEqualTo(1);
        ok(http.post("/api/v1/dossiers/" + otherId + "/cancel", agent, null));
        assertThat(http.availability(agent, session.id()).path("seats").path("reserved").asInt()).isZero();
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("reserved").asInt()).isEqualTo(2);
        // and another buyer can take it
        String buyer = http.openDossier(agent, null).path("id").asString();
        created(http.addSeats(agent, buyer, session, List.of(session.seatIds().get(0))));

        assertThat(actions(id)).containsExactly("OPENED", "ADDED", "ADDED", "RESERVED", "SPLIT");
        assertThat(actions(otherId)).containsExactly("SPLIT", "CANCELLED");

        var nothingLeft = http.post("/api/v1/dossiers/" + id + "/split", agent,
                Map.of("lineIds", List.of(left.path("lines").path(0).path("id").asString())));
        assertThat(nothingLeft.status()).as(nothingLeft.toString()).isEqualTo(409);
        assertThat(nothingLeft.code()).isEqualTo("split-leaves-nothing");
    }

    @Test
    void aDossierOpensWithItsLinesAllHeldOrNotOpenedAtAll() {
        var opened = created(http.post("/api/v1/dossiers", agent, Map.of("lines", List.of(
                Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 2),
                Map.of("sessionId", session.id(), "seatIds", session.seatIds().subList(0, 2), "tariffId", reducedTariff)))));
        assertThat(opened.path("status").asString()).isEqualTo("CART");
        assertThat(opened.path("lines").size()).isEqualTo(3);
        assertThat(opened.path("totals").path(0).path("amount").asString()).isEqualTo("85.00");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(18);
        assertThat(http.availability(agent, session.id()).path("seats").path("held").asInt()).isEqualTo(2);
        assertThat(actions(opened.path("id").asString())).containsExactly("OPENED", "ADDED", "ADDED");
        long dossiersBefore = ok(http.get("/api/v1/dossiers", agent)).path("totalItems").asLong();

        // The second line's seat is taken: the first line's places are not held and no dossier is left behind.
        var refused = http.post("/api/v1/dossiers", agent, Map.of("lines", List.of(
                Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1),
                Map.of("sessionId", session.id(), "seatIds", session.seatIds().subList(1, 2)))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("seat-unavailable");
        assertThat(refused.fields()).containsExactly("lines[1]");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(18);
        assertThat(ok(http.get("/api/v1/dossiers", agent)).path("totalItems").asLong()).isEqualTo(dossiersBefore);

        var neither = http.post("/api/v1/dossiers", agent, Map.of("lines", List.of(Map.of("sessionId", session.id()))));
        assertThat(neither.status()).as(neither.toString()).isEqualTo(400);
        assertThat(neither.fields()).containsExactly("lines[0].quotaOrSeats");
        assertThat(ok(http.get("/api/v1/dossiers", agent)).path("totalItems").asLong()).isEqualTo(dossiersBefore);
    }

    @Test
    void placesBeyondCapacityAndTakenSeatsAreRefusedWithoutAPartialWrite() {
        var small = http.quotaSession(manager, eventId, 2);
        String first = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, first, small, 2));
        String second = http.openDossier(agent, null).path("id").asString();
        var full = http.addPlaces(agent, second, small, 1);
        assertThat(full.status()).as(full.toString()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("insufficient-capacity");

        created(http.addSeats(agent, first, session, List.of(session.seatIds().get(1))));
        var taken = http.addSeats(agent, second, session, List.of(session.seatIds().get(2), session.seatIds().get(1)));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("seat-unavailable");

        var untouched = ok(http.get("/api/v1/dossiers/" + second, agent));
        assertThat(untouched.path("lines").size()).isZero();
        assertThat(untouched.path("version").asLong()).isZero();
        assertThat(actions(second)).containsExactly("OPENED");
        // the free seat of the refused pair was not held either
        created(http.addSeats(agent, second, session, List.of(session.seatIds().get(2))));
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        String id = http.openDossier(agent, null).path("id").asString();
        String lines = "/api/v1/dossiers/" + id + "/lines";

        var neither = http.post(lines, agent, Map.of("sessionId", session.id()));
        assertThat(neither.status()).as(neither.toString()).isEqualTo(400);
        assertThat(neither.fields()).isNotEmpty();
        var both = http.post(lines, agent, Map.of("sessionId", session.id(), "quotaId", session.quotaId(),
                "quantity", 1, "seatIds", List.of(session.seatIds().get(0))));
        assertThat(both.status()).as(both.toString()).isEqualTo(400);
        var zero = http.post(lines, agent, Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 0));
        assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
        assertThat(zero.fields()).contains("quantity");
        var unknown = http.post(lines, agent, Map.of("sessionId", session.id(), "quotaId", session.quotaId(),
                "quantity", 1, "colour", "red"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.fields()).contains("colour");
        var noSession = http.post(lines, agent, Map.of("quotaId", session.quotaId(), "quantity", 1));
        assertThat(noSession.status()).as(noSession.toString()).isEqualTo(400);
        assertThat(noSession.fields()).contains("sessionId");
        var badId = http.post(lines, agent, Map.of("sessionId", "not-a-uuid", "quotaId", session.quotaId(), "quantity", 1));
        assertThat(badId.status()).as(badId.toString()).isEqualTo(400);
        assertThat(badId.fields()).contains("sessionId");
        var foreignTariff = http.post(lines, agent, Map.of("sessionId", session.id(), "quotaId", session.quotaId(),
                "quantity", 1, "tariffId", http.tariff(manager, http.event(manager, "Other"), "X", "full", "1.00")));
        assertThat(foreignTariff.status()).as(foreignTariff.toString()).isEqualTo(400);
        assertThat(foreignTariff.fields()).contains("tariffId");
        var split = http.post("/api/v1/dossiers/" + id + "/split", agent, Map.of("lineIds", List.of()));
        assertThat(split.status()).as(split.toString()).isEqualTo(400);
        assertThat(split.fields()).contains("lineIds");

        assertThat(ok(http.get("/api/v1/dossiers/" + id, agent)).path("lines").size()).isZero();
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(20);
    }

    @Test
    void anUnknownDossierIsNotFound() {
        String unknown = "/api/v1/dossiers/" + UUID.randomUUID();
        for (var answer : List.of(http.get(unknown, agent), http.get(unknown + "/history", agent),
                http.addPlaces(agent, UUID.randomUUID().toString(), session, 1),
                http.post(unknown + "/confirm", agent, null), http.post(unknown + "/cancel", agent, null))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("not-found");
        }
        var unknownLine = http.post("/api/v1/dossiers/" + http.openDossier(agent, null).path("id").asString()
                + "/confirm", agent, Map.of("lineIds", List.of(UUID.randomUUID())));
        assertThat(unknownLine.status()).as(unknownLine.toString()).isEqualTo(404);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        var opened = http.post("/api/v1/dossiers", agent, Map.of());
        String id = opened.json().path("id").asString();
        String etag = opened.header("ETag").orElseThrow();
        var body = Map.<String, Object>of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1);
        var added = http.send("POST", "/api/v1/dossiers/" + id + "/lines", agent, body, Map.of("If-Match", etag));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("ETag").orElseThrow()).isNotEqualTo(etag);

        var stale = http.send("POST", "/api/v1/dossiers/" + id + "/lines", agent, body, Map.of("If-Match", etag));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        var staleConfirm = http.send("POST", "/api/v1/dossiers/" + id + "/confirm", agent, null, Map.of("If-Match", etag));
        assertThat(staleConfirm.status()).as(staleConfirm.toString()).isEqualTo(412);
        assertThat(ok(http.get("/api/v1/dossiers/" + id, agent)).path("lines").size()).isEqualTo(1);
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(19);

        var fresh = http.send("POST", "/api/v1/dossiers/" + id + "/confirm", agent, null,
                Map.of("If-Match", added.header("ETag").orElseThrow()));
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
    }

    @Test
    void aViewerReadsButCannotOpenOrAddLines() {
        String viewer = BookingHttp.who(tenant, Role.VIEWER);
        String id = http.openDossier(agent, null).path("id").asString();
        var add = http.addPlaces(viewer, id, session, 1);
        assertThat(add.status()).as(add.toString()).isEqualTo(403);
        assertThat(http.post("/api/v1/dossiers", viewer, Map.of()).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/dossiers/" + id + "/cancel", viewer, null).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/dossiers/" + id, viewer).status()).isEqualTo(200);
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(20);
    }

    @Test
    void dossierNumbersAreSequentialPerOrganisation() {
        var numbers = new HashMap<Integer, Long>();
        for (int i = 0; i < 4; i++) {
            numbers.put(i, http.openDossier(agent, null).path("number").asLong());
        }
        assertThat(numbers.values()).containsExactly(1L, 2L, 3L, 4L);
        var other = tenants.open("Other " + UUID.randomUUID());
        assertThat(http.openDossier(BookingHttp.who(other, Role.AGENT), null).path("number").asLong()).isEqualTo(1);
        assertThat(http.openDossier(agent, null).path("number").asLong()).isEqualTo(5);
    }

    private List<String> actions(String dossierId) {
        return ok(http.get("/api/v1/dossiers/" + dossierId + "/history", agent)).valueStream()
                .map(e -> e.path("action").asString()).toList();
    }

    private static JsonNode line(JsonNode dossier, String lineId) {
        return dossier.path("lines").valueStream().filter(l -> l.path("id").asString().equals(lineId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + lineId + " in " + dossier));
    }

}
