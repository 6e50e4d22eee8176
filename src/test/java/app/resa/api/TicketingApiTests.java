package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

@ApiTest
class TicketingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    Http http;
    Tenant tenant;
    Credentials manager;

    @BeforeEach
    void open() {
        http = new Http(port);
        tenant = tenants.open("Box office");
        manager = Credentials.of(tenant, Role.MANAGER);
    }

    @Test
    void managerSetsUpAVenueAnEventASeatedSessionAndTariffsThenReadsAvailability() {
        String venue = created(http.post("/api/v1/venues", manager, Http.json(Map.of("name", "Théâtre des Lilas"))))
                .path("id").asString();
        var plan = created(http.post("/api/v1/seating-plans", manager, Http.json(Map.of("venueId", venue,
                "name", "Italian", "sections", List.of(Map.of("name", "Orchestre", "rows", List.of(
                        Map.of("name", "1", "seats", List.of(Map.of("number", 1, "priceCategory", "A"),
                                Map.of("number", 2, "priceCategory", "A", "blocked", true),
                                Map.of("number", 3, "priceCategory", "B"))))))))));
        assertThat(plan.path("sections").path(0).path("rows").path(0).path("seats").size()).isEqualTo(3);
        assertThat(http.get("/api/v1/seating-plans/" + plan.path("id").asString(), manager).status()).isEqualTo(200);

        String season = created(http.post("/api/v1/seasons", manager, Http.json(Map.of("name", "2025-2026"))))
                .path("id").asString();
        var event = created(http.post("/api/v1/events", manager,
                Http.json(Map.of("name", "Le Misanthrope", "seasonId", season))));
        assertThat(event.path("name").asString()).isEqualTo("Le Misanthrope");
        String eventId = event.path("id").asString();

        var session = created(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-03-14T19:30:00Z", "seatingPlanId", plan.path("id").asString(),
                "quotas", List.of(Map.of("name", "Standing", "capacity", 50),
                        Map.of("name", "Balcony", "capacity", 20, "priceCategory", "C"))))));
        assertThat(session.path("quotas").size()).isEqualTo(2);
        assertThat(session.path("quotas").path(0).path("id").asString()).isNotBlank();
        String sessionId = session.path("id").asString();

        var availability = http.get("/api/v1/sessions/" + sessionId + "/availability", manager).json();
        assertThat(availability.path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(availability.path("quotas").path(0).path("name").asString()).isEqualTo("Standing");
        assertThat(availability.path("quotas").path(0).path("capacity").asInt()).isEqualTo(50);
        assertThat(availability.path("quotas").path(0).path("free").asInt()).isEqualTo(50);
        assertThat(availability.path("quotas").path(1).path("free").asInt()).isEqualTo(20);
        assertThat(availability.path("seats").path("capacity").asInt()).as("the blocked seat is not sold").isEqualTo(2);
        assertThat(availability.path("seats").path("free").asInt()).isEqualTo(2);

        var seats = http.get("/api/v1/sessions/" + sessionId + "/seats", manager).json();
        assertThat(seats.size()).isEqualTo(3);
        assertThat(seats.valueStream().map(seat -> seat.path("label").asString()))
                .contains("Orchestre R1-1", "Orchestre R1-2", "Orchestre R1-3");
        assertThat(seats.valueStream().filter(seat -> seat.path("blocked").asBoolean()).count()).isEqualTo(1);

        var tariff = created(http.post("/api/v1/tariffs", manager, Http.json(Map.of("eventId", eventId,
                "name", "Plein tarif", "audience", "full", "priceCategory", "A",
                "price", Map.of("amount", "42.50", "currency", "EUR")))));
        assertThat(tariff.path("price").path("amount").asString()).isEqualTo("42.50");
        created(http.post("/api/v1/tariffs", manager, Http.json(Map.of("eventId", eventId,
                "name", "Réduit", "audience", "reduced", "price", Map.of("amount", 20, "currency", "EUR")))));
        assertThat(http.get("/api/v1/events/" + eventId + "/tariffs", manager).json().size()).isEqualTo(2);

        var list = http.get("/api/v1/sessions?eventId=" + eventId + "&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z",
                manager).json();
        assertThat(list.path("totalItems").asLong()).isEqualTo(1);
        assertThat(list.path("items").path(0).path("id").asString()).isEqualTo(sessionId);
        assertThat(http.get("/api/v1/sessions?from=2026-04-01T00:00:00Z", manager).json().path("totalItems").asLong())
                .isZero();
        assertThat(http.get("/api/v1/events", manager).json().size()).isEqualTo(1);
        assertThat(http.get("/api/v1/sessions/" + sessionId, manager).json().path("eventName").asString())
                .isEqualTo("Le Misanthrope");
    }

    @Test
    void aGeneralAdmissionSessionHasNoSeats() {
        String eventId = event("Concert");
        var session = created(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-05-01T18:00:00Z", "quotas", List.of(Map.of("name", "Pit", "capacity", 200))))));
        var availability = http.get("/api/v1/sessions/" + session.path("id").asString() + "/availability", manager).json();
        assertThat(availability.path("seats").isNull()).isTrue();
        assertThat(availability.path("quotas").path(0).path("free").asInt()).isEqualTo(200);
    }

    @Test
    void theCompactPlanMakesLetteredRows() {
        String venue = created(http.post("/api/v1/venues", manager, Http.json(Map.of("name", "Hall")))).path("id").asString();
        var plan = created(http.post("/api/v1/seating-plans", manager, Http.json(Map.of("venueId", venue,
                "name", "Flat", "rows", "A-C", "seatsPerRow", 4))));
        assertThat(plan.path("sections").path(0).path("rows").size()).isEqualTo(3);
        assertThat(plan.path("sections").path(0).path("rows").path(2).path("name").asString()).isEqualTo("C");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String eventId = event("Validation");
        assertRefused(http.post("/api/v1/events", manager, Http.json(Map.of("name", " "))), "name");
        assertRefused(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId))), "startsAt");
        assertRefused(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-05-01T18:00:00Z", "quotas", List.of(Map.of("name", "Pit", "capacity", -1))))),
                "quotas[0].capacity");
        assertRefused(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-05-01T18:00:00Z"))), "quotas");
        assertRefused(http.post("/api/v1/tariffs", manager, Http.json(Map.of("eventId", eventId, "name", "X",
                "audience", "full", "price", Map.of("amount", "10", "currency", "euro")))), "price.currency");
        assertRefused(http.post("/api/v1/tariffs", manager, Http.json(Map.of("eventId", eventId, "name", "X",
                "audience", "full", "price", Map.of("amount", "10.123", "currency", "EUR")))), "price.amount");
        assertRefused(http.post("/api/v1/seating-plans", manager, Http.json(Map.of("venueId", eventId,
                "name", "P", "sections", List.of(Map.of("name", "S", "rows", List.of()))))), "sections[0].rows");
    }

    @Test
    void aViewerReadsButCannotCreate() {
        var viewer = Credentials.of(tenant, Role.VIEWER);
        assertThat(http.post("/api/v1/events", viewer, Http.json(Map.of("name", "Nope"))).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/venues", viewer, Http.json(Map.of("name", "Nope"))).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/events", viewer).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsSessionIsNotFound() {
        String eventId = event("Mine");
        String sessionId = created(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-05-01T18:00:00Z", "quotas", List.of(Map.of("name", "Pit", "capacity", 10))))))
                .path("id").asString();
        var other = Credentials.of(tenants.open("Other"), Role.ADMIN);
        for (String path : List.of("", "/availability", "/seats")) {
            var answer = http.get("/api/v1/sessions/" + sessionId + path, other);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("not-found");
        }
        assertThat(http.post("/api/v1/sessions", other, Http.json(Map.of("eventId", eventId,
                "startsAt", "2026-05-01T18:00:00Z", "quotas", List.of(Map.of("name", "Pit", "capacity", 10)))))
                .status()).isEqualTo(404);
    }

    @Test
    void aClosedSeasonTakesNoNewEvent() {
        String season = created(http.post("/api/v1/seasons", manager, Http.json(Map.of("name", "Past")))).path("id").asString();
        assertThat(http.post("/api/v1/seasons/" + season + "/close", manager, "").json().path("closed").asBoolean()).isTrue();
        var refused = http.post("/api/v1/events", manager, Http.json(Map.of("name", "Late", "seasonId", season)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("season-closed");
    }

    private String event(String name) {
        return created(http.post("/api/v1/events", manager, Http.json(Map.of("name", name)))).path("id").asString();
    }

    private static void assertRefused(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("fields").valueStream().map(f -> f.path("field").asString()))
                .as(answer.toString()).contains(field);
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }
}
