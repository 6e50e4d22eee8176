package app.resa.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.resa.organisation.Role;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running application: any method, any header, any body, and the answer
 * whatever its status (4xx included), so tests can assert on exactly what an integrator sees.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Who is calling: an {@code Authorization} header value, or none. */
    record Credentials(@Nullable String authorization) {

        static final Credentials NONE = new Credentials(null);

        static Credentials basic(String username, String password) {
            return new Credentials("Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        static Credentials of(Tenant tenant, Role role) {
            return basic(tenant.username(role), Tenants.PASSWORD);
        }

        static Credentials bearer(String token) {
            return new Credentials("Bearer " + token);
        }
    }

    /** One answer: status, headers (first value of each) and body. */
    record Answer(int status, Map<String, String> headers, String body) {

        JsonNode json() {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }

        /** The problem detail's stable {@code code}. */
        String code() {
            return json().path("code").asString("");
        }

        /** The first offending field a problem detail names. */
        String firstField() {
            return json().path("fields").path(0).path("field").asString("");
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path, Credentials who) {
        return send("GET", path, who, null, Map.of());
    }

    Answer post(String path, Credentials who, String body) {
        return send("POST", path, who, body, Map.of());
    }

    Answer put(String path, Credentials who, String body, @Nullable String ifMatch) {
        return send("PUT", path, who, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    Answer send(String method, String path, Credentials who, @Nullable String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.header("Accept", "application/json, application/problem+json");
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        if (who.authorization() != null) {
            request.header("Authorization", who.authorization());
        }
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

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
