package app.resa.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.resa.organisation.Role;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP for the booking tests (the api package's helper is package-private): any method, any
 * header, any body, and the answer whatever its status; plus the catalog set-up a sale needs.
 */
final class BookingHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    BookingHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    static String who(Tenant tenant, Role role) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (tenant.username(role) + ":" + Tenants.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, Map<String, String> headers, String body) {

        JsonNode json() {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }

        String code() {
            return json().path("code").asString("");
        }

        List<String> fields() {
            var fields = new ArrayList<String>();
            json().path("fields").valueStream().forEach(f -> fields.add(f.path("field").asString()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path, String who) {
        return send("GET", path, who, null, Map.of());
    }

    Answer post(String path, String who, @Nullable Object body) {
        return send("POST", path, who, body, Map.of());
    }

    Answer send(String method, String path, String who, @Nullable Object body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body),
                                StandardCharsets.UTF_8));
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            request.header("Accept", "application/json, application/problem+json");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", who);
        headers.forEach(request::header);
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var first = new LinkedHashMap<String, String>();
            response.headers().map().forEach((name, values) -> first.put(name, values.getFirst()));
            return new Answer(response.statusCode(), first, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    // --- catalog set-up through the ticketing API ---

    String event(String manager, String name) {
        return created(post("/api/v1/events", manager, Map.of("name", name))).path("id").asString();
    }

    /** A general-admission session with one quota; its id and the quota's. */
    Session quotaSession(String manager, String eventId, int capacity) {
        var session = created(post("/api/v1/sessions", manager, Map.of("eventId", eventId,
                "startsAt", "2027-03-14T19:30:00Z", "quotas", List.of(Map.of("name", "Standing", "capacity", capacity)))));
        return new Session(session.path("id").asString(), session.path("quotas").path(0).path("id").asString(), List.of());
    }

    /** A seated session (rows A-B of {@code seatsPerRow}) with one quota too. */
    Session seatedSession(String manager, String eventId, int capacity, String rows, int seatsPerRow) {
        String venue = created(post("/api/v1/venues", manager, Map.of("name", "Hall " + eventId))).path("id").asString();
        String plan = created(post("/api/v1/seating-plans", manager, Map.of("venueId", venue, "name", "Flat",
                "rows", rows, "seatsPerRow", seatsPerRow))).path("id").asString();
        var session = created(post("/api/v1/sessions", manager, Map.of("eventId", eventId,
                "startsAt", "2027-03-14T19:30:00Z", "seatingPlanId", plan,
                "quotas", List.of(Map.of("name", "Standing", "capacity", capacity)))));
        String id = session.path("id").asString();
        var seats = ok(get("/api/v1/sessions/" + id + "/seats", manager)).valueStream()
                .map(seat -> seat.path("id").asString()).toList();
        return new Session(id, session.path("quotas").path(0).path("id").asString(), seats);
    }

    String tariff(String manager, String eventId, String name, String audience, String amount) {
        return created(post("/api/v1/tariffs", manager, Map.of("eventId", eventId, "name", name, "audience", audience,
                "price", Map.of("amount", amount, "currency", "EUR")))).path("id").asString();
    }

    /** Free places of the session's (first) quota. */
    int quotaFree(String who, String sessionId) {
        return ok(get("/api/v1/sessions/" + sessionId + "/availability", who)).path("quotas").path(0).path("free").asInt();
    }

    JsonNode availability(String who, String sessionId) {
        return ok(get("/api/v1/sessions/" + sessionId + "/availability", who));
    }

    JsonNode openDossier(String agent, @Nullable String contactId) {
        return created(post("/api/v1/dossiers", agent, contactId == null ? Map.of() : Map.of("contactId", contactId)));
    }

    Answer addPlaces(String agent, String dossierId, Session session, int quantity) {
        return post("/api/v1/dossiers/" + dossierId + "/lines", agent,
                Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", quantity));
    }

    Answer addSeats(String agent, String dossierId, Session session, List<String> seatIds) {
        return post("/api/v1/dossiers/" + dossierId + "/lines", agent,
                Map.of("sessionId", session.id(), "seatIds", seatIds));
    }

    void assertSound(String admin) {
        var check = ok(get("/api/v1/admin/inventory/check", admin));
        assertThat(check.path("sound").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.path("violations").size()).isZero();
    }

    record Session(String id, String quotaId, List<String> seatIds) {
    }
}
