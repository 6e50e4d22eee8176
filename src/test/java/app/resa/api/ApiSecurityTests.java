package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

@ApiTest
class ApiSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    ApplicationContext context;

    Http http;
    Tenant tenant;

    @BeforeEach
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Security");
    }

    @Test
    void refusesACallWithoutCredentialsWithAProblem() {
        var answer = http.get("/api/v1/contacts", Credentials.NONE);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("unauthenticated");
        assertThat(answer.header("WWW-Authenticate")).isPresent();
    }

    @Test
    void refusesAWrongPassword() {
        var answer = http.get("/api/v1/contacts", Credentials.basic(tenant.username(Role.ADMIN), "not-the-password"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
    }

    @Test
    void refusesAnUnknownUser() {
        var answer = http.get("/api/v1/contacts", Credentials.basic("nobody-" + tenant.suffix(), Tenants.PASSWORD));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void disabledUserCanNoLongerSignIn() {
        var admin = Credentials.of(tenant, Role.ADMIN);
        var viewer = Credentials.of(tenant, Role.VIEWER);
        assertThat(http.get("/api/v1/contacts", viewer).status()).isEqualTo(200);
        var user = http.get("/api/v1/users", admin).json().valueStream()
                .filter(u -> u.path("username").asString().equals(tenant.username(Role.VIEWER))).findFirst().orElseThrow();

        var disabled = http.put("/api/v1/users/" + user.path("id").asString(), admin, """
                {"displayName": "Gone", "role": "VIEWER", "enabled": false}""", "\"" + user.path("version").asLong() + "\"");

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        var answer = http.get("/api/v1/contacts", viewer);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
    }

    @Test
    void passwordHashesNeverLeaveTheServer() {
        var admin = Credentials.of(tenant, Role.ADMIN);
        var users = http.get("/api/v1/users", admin);

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");
        String id = users.json().path(0).path("id").asString();
        assertThat(http.get("/api/v1/users/" + id, admin).body()).doesNotContainIgnoringCase("password");
    }

    @Test
    void viewerCanReadButNotCreateAContact() {
        var viewer = Credentials.of(tenant, Role.VIEWER);
        assertThat(http.get("/api/v1/contacts", viewer).status()).isEqualTo(200);

        var answer = http.post("/api/v1/contacts", viewer, contact("Viewer"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("forbidden");
        assertThat(http.get("/api/v1/contacts?q=Viewer", viewer).json().path("totalItems").asLong()).isZero();
    }

    @Test
    void agentCreatesContactsButNotContactTypes() {
        var agent = Credentials.of(tenant, Role.AGENT);
        assertThat(http.post("/api/v1/contacts", agent, contact("Agent")).status()).isEqualTo(201);

        var answer = http.post("/api/v1/contact-types", agent, """
                {"code": "agent-made", "name": "Agent made"}""");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("forbidden");
        assertThat(http.get("/api/v1/contact-types", agent).body()).doesNotContain("agent-made");
    }

    @Test
    void managerCreatesContactTypesButCannotManageUsers() {
        var manager = Credentials.of(tenant, Role.MANAGER);
        assertThat(http.post("/api/v1/contact-types", manager, """
                {"code": "manager-made", "name": "Manager made"}""").status()).isEqualTo(201);

        var list = http.get("/api/v1/users", manager);
        var create = http.post("/api/v1/users", manager, """
                {"username": "sneaky-%s", "password": "long-enough-password", "displayName": "Sneaky", "role": "ADMIN"}"""
                .formatted(tenant.suffix()));

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.code()).isEqualTo("forbidden");
        assertThat(create.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/users", Credentials.of(tenant, Role.ADMIN)).body())
                .doesNotContain("sneaky-" + tenant.suffix());
    }

    @Test
    void managerCannotIssueApiKeys() {
        var answer = http.post("/api/v1/api-keys", Credentials.of(tenant, Role.MANAGER), """
                {"name": "escalation", "role": "ADMIN"}""");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("forbidden");
    }

    @Test
    void apiKeyActsWithItsOwnRoleUntilRevoked() {
        var admin = Credentials.of(tenant, Role.ADMIN);
        var issued = http.post("/api/v1/api-keys", admin, """
                {"name": "box office sync", "role": "AGENT"}""");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("token").asString();
        String id = issued.json().path("key").path("id").asString();
        assertThat(token).startsWith("resa_");
        assertThat(http.get("/api/v1/api-keys", admin).body()).doesNotContain(token);
        var key = Credentials.bearer(token);

        assertThat(http.get("/api/v1/contacts", key).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/contacts", key, contact("Keyed")).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/contact-types", key, """
                {"code": "key-made", "name": "Key made"}""").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/users", key).status()).isEqualTo(403);

        var revoked = http.post("/api/v1/api-keys/" + id + "/revoke", admin, "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();

        var afterRevocation = http.get("/api/v1/contacts", key);
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(afterRevocation.code()).isEqualTo("unauthenticated");
    }

    @Test
    void aKeyIssuedForAPointOfSaleWritesAsThatPointOfSale() {
        var admin = Credentials.of(tenant, Role.ADMIN);
        var issued = http.post("/api/v1/api-keys", admin, """
                {"name": "web shop", "role": "AGENT", "pointOfSaleId": "%s"}""".formatted(tenant.pointOfSaleId()));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().path("key").path("pointOfSaleId").asString()).isEqualTo(tenant.pointOfSaleId().toString());

        var dossier = http.post("/api/v1/dossiers", Credentials.bearer(issued.json().path("token").asString()), "{}");

        assertThat(dossier.status()).isEqualTo(201);
        assertThat(dossier.json().path("createdOn").asString()).isEqualTo(tenant.pointOfSaleId().toString());
    }

    @Test
    void aKeyCannotBeIssuedForAnotherOrganisationsPointOfSale() {
        var other = tenants.open("Security elsewhere");
        int before = http.get("/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN)).json().size();

        var answer = http.post("/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN), """
                {"name": "stolen desk", "role": "AGENT", "pointOfSaleId": "%s"}""".formatted(other.pointOfSaleId()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("unknown-point-of-sale");
        assertThat(answer.body()).contains("pointOfSaleId");
        assertThat(http.get("/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN)).json().size()).isEqualTo(before);
    }

    @Test
    void refusesAGarbageOrForgedBearerToken() {
        var issued = http.post("/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN), """
                {"name": "real", "role": "VIEWER"}""").json().path("token").asString();
        String forged = issued.substring(0, issued.lastIndexOf('_') + 1) + "0".repeat(64);

        for (String token : List.of("garbage", "resa_", "resa_abc", "resa_nope_nope", forged)) {
            var answer = http.get("/api/v1/contacts", Credentials.bearer(token));
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.code()).as(token).isEqualTo("unauthenticated");
        }
    }

    @Test
    void idempotentReplayNeverHandsAnotherCallerTheFirstCallersAnswer() {
        String key = "issue-sync-key-" + tenant.suffix();
        String body = "{\"name\": \"sync\", \"role\": \"ADMIN\"}";
        var issued = http.send("POST", "/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN), body,
                Map.of("Idempotency-Key", key));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("token").asString();

        var byViewer = http.send("POST", "/api/v1/api-keys", Credentials.of(tenant, Role.VIEWER), body,
                Map.of("Idempotency-Key", key));

        assertThat(byViewer.status()).as(byViewer.toString()).isIn(403, 422);
        assertThat(byViewer.body()).doesNotContain(token);
    }

    @Test
    void everyApiHandlerDeclaresWhoMayCallIt() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var unguarded = new ArrayList<String>();
        int apiHandlers = 0;
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            var patterns = entry.getKey().getPatternValues();
            if (patterns.stream().noneMatch(pattern -> pattern.startsWith("/api/v1/"))) {
                continue;
            }
            apiHandlers++;
            var handler = entry.getValue();
            boolean guarded = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!guarded) {
                unguarded.add(entry.getKey() + " -> " + handler);
            }
        }
        assertThat(apiHandlers).as("API handlers found").isGreaterThan(10);
        assertThat(unguarded).as("handlers under /api/v1 without @PreAuthorize").isEmpty();
    }

    private static String contact(String lastName) {
        return Http.json(Map.of("kind", "PERSON", "lastName", lastName));
    }
}
