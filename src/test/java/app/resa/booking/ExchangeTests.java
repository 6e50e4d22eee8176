package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.booking.BookingHttp.Answer;
import app.resa.booking.BookingHttp.Session;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/** Exchanging a seat or a session: the line keeps its state and price, the inventory follows, a refusal changes nothing. */
@ApiTest
class ExchangeTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    BookingHttp http;
    String manager;
    String agent;
    String admin;
    String eventId;
    Session session;
    Session later;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        Tenant tenant = tenants.open("Exchange " + UUID.randomUUID());
        manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        admin = BookingHttp.who(tenant, Role.ADMIN);
        eventId = http.event(manager, "Britannicus");
        http.tariff(manager, eventId, "Plein tarif", "full", "30.00");
        session = http.seatedSession(manager, eventId, 20, "A-D", 3);
        later = http.seatedSession(manager, eventId, 20, "A-B", 3);
    }

    @AfterEach
    void inventoryIsSound() {
        http.assertSound(admin);
    }

    @Test
    void aSeatIsExchangedInEveryLiveStateKeepingStateAndPrice() {
        var seats = session.seatIds();
        var states = Map.of("CART", "", "RESERVED", "reserve", "OPTION", "option", "CONFIRMED", "confirm");
        int i = 0;
        for (var state : List.of("CART", "RESERVED", "OPTION", "CONFIRMED")) {
            String from = seats.get(i);
            String to = seats.get(i + 6);
            i++;
            String id = seatDossier(from, states.get(state));
            var before = ok(http.get("/api/v1/dossiers/" + id, agent));
            var line = before.path("lines").path(0);
            var availability = http.availability(agent, session.id()).path("seats");

            var after = ok(exchange(id, Map.of("lineId", line.path("id").asString(), "seatId", to)));
            var moved = after.path("lines").path(0);
            assertThat(moved.path("id").asString()).isEqualTo(line.path("id").asString());
            assertThat(moved.path("status").asString()).as(state).isEqualTo(state);
            assertThat(moved.path("seatId").asString()).isEqualTo(to);
            assertThat(moved.path("seatLabel").asString()).isNotEqualTo(line.path("seatLabel").asString());
            assertThat(moved.path("unitPrice")).isEqualTo(line.path("unitPrice"));
            assertThat(after.path("status").asString()).isEqualTo(before.path("status").asString());
            assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong() + 1);
            assertThat(seatFree(session, from)).as("old seat free after " + state).isTrue();
            assertThat(seatFree(session, to)).as("new seat taken after " + state).isFalse();
            assertThat(http.availability(agent, session.id()).path("seats")).as("the same counts, moved seat")
                    .isEqualTo(availability);
            assertThat(history(id)).contains("EXCHANGED");
            http.assertSound(admin);
        }

        // The exchanged line goes on like any other: the cart's is confirmed, the option's cancelled.
        String cart = seatDossier(seats.get(4), "");
        var line = ok(http.get("/api/v1/dossiers/" + cart, agent)).path("lines").path(0).path("id").asString();
        ok(exchange(cart, Map.of("lineId", line, "seatId", seats.get(5))));
        assertThat(ok(http.post("/api/v1/dossiers/" + cart + "/confirm", agent, null)).path("status").asString())
                .isEqualTo("CONFIRMED");
        ok(http.post("/api/v1/dossiers/" + cart + "/cancel", agent, null));
        assertThat(seatFree(session, seats.get(5))).isTrue();
        assertThat(seatFree(session, seats.get(4))).isTrue();
    }

    @Test
    void aTakenSeatIsRefusedAndNothingChanges() {
        var seats = session.seatIds();
        String mine = seatDossier(seats.get(0), "reserve");
        seatDossier(seats.get(1), "confirm");
        var before = ok(http.get("/api/v1/dossiers/" + mine, agent));
        var availability = http.availability(agent, session.id());
        String line = before.path("lines").path(0).path("id").asString();

        var refused = exchange(mine, Map.of("lineId", line, "seatId", seats.get(1)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("seat-unavailable");
        var after = ok(http.get("/api/v1/dossiers/" + mine, agent));
        assertThat(after).isEqualTo(before);
        assertThat(http.availability(agent, session.id())).isEqualTo(availability);
        assertThat(seatFree(session, seats.get(0))).isFalse();
        assertThat(history(mine)).doesNotContain("EXCHANGED");

        // The held seat of another cart is just as unavailable.
        String cart = http.openDossier(agent, null).path("id").asString();
        created(http.addSeats(agent, cart, session, List.of(seats.get(2))));
        assertThat(exchange(mine, Map.of("lineId", line, "seatId", seats.get(2))).code()).isEqualTo("seat-unavailable");
        assertThat(ok(http.get("/api/v1/dossiers/" + mine, agent))).isEqualTo(before);
    }

    @Test
    void badExchangesAreRefusedNamingTheReason() {
        var seats = session.seatIds();
        String id = seatDossier(seats.get(0), "reserve");
        String line = ok(http.get("/api/v1/dossiers/" + id, agent)).path("lines").path(0).path("id").asString();

        var same = exchange(id, Map.of("lineId", line, "seatId", seats.get(0)));
        assertThat(same.status()).as(same.toString()).isEqualTo(400);
        assertThat(same.code()).isEqualTo("same-place");
        assertThat(exchange(id, Map.of("lineId", line, "seatId", later.seatIds().get(0))).status())
                .as("a seat of another session needs that session").isEqualTo(404);
        assertThat(exchange(id, Map.of("lineId", UUID.randomUUID().toString(), "seatId", seats.get(1))).status())
                .isEqualTo(404);
        assertThat(exchange(UUID.randomUUID().toString(), Map.of("lineId", line, "seatId", seats.get(1))).status())
                .isEqualTo(404);
        var noSeat = exchange(id, Map.of("lineId", line));
        assertThat(noSeat.status()).isEqualTo(400);
        var both = exchange(id, Map.of("lineId", line, "sessionId", later.id(), "quotaId", later.quotaId(),
                "seatId", later.seatIds().get(0)));
        assertThat(both.status()).isEqualTo(400);

        String otherEvent = http.event(manager, "Esther");
        var elsewhere = http.quotaSession(manager, otherEvent, 10);
        var otherEventAnswer = exchange(id, Map.of("lineId", line, "sessionId", elsewhere.id(), "quotaId",
                elsewhere.quotaId()));
        assertThat(otherEventAnswer.status()).as(otherEventAnswer.toString()).isEqualTo(400);
        assertThat(otherEventAnswer.code()).isEqualTo("other-event");

        String places = http.openDossier(agent, null).path("id").asString();
        var placesLine = created(http.addPlaces(agent, places, session, 3)).path("lines").path(0).path("id").asString();
        assertThat(exchange(places, Map.of("lineId", placesLine, "seatId", seats.get(5))).code())
                .isEqualTo("places-for-a-seat");

        ok(http.post("/api/v1/dossiers/" + id + "/cancel", agent, null));
        var cancelled = exchange(id, Map.of("lineId", line, "seatId", seats.get(1)));
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.code()).isEqualTo("dossier-closed");
        var stale = http.send("POST", "/api/v1/dossiers/" + places + "/exchange", agent,
                Map.of("lineId", placesLine, "sessionId", later.id(), "quotaId", later.quotaId()), Map.of("If-Match", "\"99\""));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aLineMovesToAnotherSessionOfItsEvent() {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, 2));
        created(http.addSeats(agent, id, session, List.of(session.seatIds().get(0))));
        var lines = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null)).path("lines");
        String places = lines.path(0).path("id").asString();
        String seat = lines.path(1).path("id").asString();

        var moved = ok(exchange(id, Map.of("lineId", places, "sessionId", later.id(), "quotaId", later.quotaId())));
        assertThat(line(moved, places).path("sessionId").asString()).isEqualTo(later.id());
        assertThat(line(moved, places).path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("confirmed").asInt()).isZero();
        assertThat(http.availability(agent, later.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(2);

        String target = later.seatIds().get(3);
        var reseated = ok(exchange(id, Map.of("lineId", seat, "sessionId", later.id(), "seatId", target)));
        assertThat(line(reseated, seat).path("seatId").asString()).isEqualTo(target);
        assertThat(line(reseated, seat).path("sessionId").asString()).isEqualTo(later.id());
        assertThat(seatFree(session, session.seatIds().get(0))).isTrue();
        assertThat(seatFree(later, target)).isFalse();
        assertThat(reseated.path("status").asString()).isEqualTo("CONFIRMED");

        // A full quota refuses, and nothing moves.
        String crowd = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, crowd, session, 19));
        var full = exchange(id, Map.of("lineId", places, "sessionId", session.id(), "quotaId", session.quotaId()));
        assertThat(full.status()).as(full.toString()).isEqualTo(409);
        assertThat(line(ok(http.get("/api/v1/dossiers/" + id, agent)), places).path("sessionId").asString())
                .isEqualTo(later.id());
        assertThat(http.availability(agent, later.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(2);
    }

    private Answer exchange(String dossierId, Map<String, ?> body) {
        return http.post("/api/v1/dossiers/" + dossierId + "/exchange", agent, body);
    }

    private String seatDossier(String seatId, String then) {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addSeats(agent, id, session, List.of(seatId)));
        if (then.equals("option")) {
            ok(http.post("/api/v1/dossiers/" + id + "/option", agent, Map.of("until", "2099-01-01T00:00:00Z")));
        } else if (!then.isEmpty()) {
            ok(http.post("/api/v1/dossiers/" + id + "/" + then, agent, null));
        }
        return id;
    }

    private boolean seatFree(Session of, String seatId) {
        return ok(http.get("/api/v1/sessions/" + of.id() + "/seats", agent)).valueStream()
                .filter(s -> s.path("id").asString().equals(seatId)).findFirst().orElseThrow()
                .path("free").asBoolean();
    }

    private List<String> history(String id) {
        return ok(http.get("/api/v1/dossiers/" + id + "/history", agent)).valueStream()
                .map(e -> e.path("action").asString()).toList();
    }

    private static JsonNode line(JsonNode dossier, String lineId) {
        return dossier.path("lines").valueStream().filter(l -> l.path("id").asString().equals(lineId)).findFirst()
                .orElseThrow();
    }
}
