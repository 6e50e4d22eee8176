package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** ETag/If-Match optimistic locking, Idempotency-Key on POSTs, and the shape of pages. */
@ApiTest
class ApiConventionsTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials agent;
    String bearer;

    @BeforeEach
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Conventions");
        agent = Credentials.of(tenant, Role.AGENT);
    }

    // --- ETag / If-Match

    @Test
    void updateWithTheCurrentETagSucceedsAndGivesANewOne() {
        String id = create(contact("Martin")).json().path("id").asString();
        var read = http.get("/api/v1/contacts/" + id, agent);
        String etag = read.header("ETag").orElseThrow();

        var updated = http.put("/api/v1/contacts/" + id, agent, contact("Martin-Dupont"), etag);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(updated.json().path("displayName").asString()).isEqualTo("Martin-Dupont");
        var reread = http.get("/api/v1/contacts/" + id, agent);
        assertThat(reread.header("ETag")).isEqualTo(updated.header("ETag"));
        assertThat(reread.json().path("version").asLong()).isEqualTo(read.json().path("version").asLong() + 1);
    }

    @Test
    void updateWithAStaleETagIsRefusedAndChangesNothing() {
        String id = create(contact("Bernard")).json().path("id").asString();
        String stale = http.get("/api/v1/contacts/" + id, agent).header("ETag").orElseThrow();
        assertThat(http.put("/api/v1/contacts/" + id, agent, contact("Bernard-First"), stale).status()).isEqualTo(200);

        var second = http.put("/api/v1/contacts/" + id, agent, contact("Bernard-Second"), stale);

        assertThat(second.status()).isEqualTo(412);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.code()).isEqualTo("stale-version");
        assertThat(http.get("/api/v1/contacts/" + id, agent).json().path("displayName").asString())
                .isEqualTo("Bernard-First");
    }

    @Test
    void updateWithoutIfMatchIsRefusedAsPreconditionRequired() {
        String id = create(contact("Thomas")).json().path("id").asString();

        var answer = http.put("/api/v1/contacts/" + id, agent, contact("Thomas-Blind"), null);

        assertThat(answer.status()).isEqualTo(428);
        assertThat(answer.code()).isEqualTo("if-match-required");
        assertThat(http.get("/api/v1/contacts/" + id, agent).json().path("displayName").asString()).isEqualTo("Thomas");
    }

    @Test
    void unparseableIfMatchIsAStaleVersionNotAServerError() {
        String id = create(contact("Petit")).json().path("id").asString();

        var answer = http.put("/api/v1/contacts/" + id, agent, contact("Petit-Grand"), "not-a-version");

        assertThat(answer.status()).isEqualTo(412);
        assertThat(answer.code()).isEqualTo("stale-version");
    }

    @Test
    void contactTypesAndUsersFollowTheSameETagRules() {
        var manager = Credentials.of(tenant, Role.MANAGER);
        var type = http.post("/api/v1/contact-types", manager, "{\"code\": \"etagged\", \"name\": \"Tagged\"}");
        String path = "/api/v1/contact-types/" + type.json().path("id").asString();
        String etag = type.header("ETag").orElseThrow();

        assertThat(http.put(path, manager, "{\"name\": \"No tag\"}", null).status()).isEqualTo(428);
        var renamed = http.put(path, manager, "{\"name\": \"Retagged\"}", etag);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(http.put(path, manager, "{\"name\": \"Stale\"}", etag).code()).isEqualTo("stale-version");

        var admin = Credentials.of(tenant, Role.ADMIN);
        var users = http.get("/api/v1/users", admin).json();
        String userId = users.valueStream().filter(u -> u.path("username").asString().equals(tenant.username(Role.VIEWER)))
                .findFirst().orElseThrow().path("id").asString();
        var user = http.get("/api/v1/users/" + userId, admin);
        String change = "{\"displayName\": \"Viewer renamed\", \"role\": \"VIEWER\", \"enabled\": true}";
        assertThat(http.put("/api/v1/users/" + userId, admin, change, null).status()).isEqualTo(428);
        assertThat(http.put("/api/v1/users/" + userId, admin, change, user.header("ETag").orElseThrow()).status())
                .isEqualTo(200);
        assertThat(http.put("/api/v1/users/" + userId, admin, change, user.header("ETag").orElseThrow()).status())
                .isEqualTo(412);
    }

    // --- Idempotency-Key

    @Test
    void replayedPostWithTheSameKeyGivesTheSameAnswerAndCreatesOnce() {
        String key = UUID.randomUUID().toString();
        String body = contact("Idempotent");

        var first = postWithKey(body, key);
        var replay = postWithKey(body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isPresent().isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(countContactsNamed("Idempotent")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(postWithKey(contact("Original"), key).status()).isEqualTo(201);

        var reused = postWithKey(contact("Different"), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.code()).isEqualTo("idempotency-key-reused");
        assertThat(countContactsNamed("Different")).isZero();
    }

    @Test
    void keysBelongToOneOrganisation() {
        String key = UUID.randomUUID().toString();
        assertThat(postWithKey(contact("Ours"), key).status()).isEqualTo(201);
        var other = tenants.open("Other conventions");

        var theirs = http.send("POST", "/api/v1/contacts", Credentials.of(other, Role.AGENT), contact("Theirs"),
                Map.of("Idempotency-Key", key));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.body()).doesNotContain("Ours");
    }

    @Test
    void refusedRequestIsAnsweredTheSameOnReplayAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        var refused = postWithKey("{\"kind\": \"PERSON\"}", key);
        assertThat(refused.status()).isEqualTo(400);

        var replay = postWithKey("{\"kind\": \"PERSON\"}", key);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).isEqualTo(refused.body());
        assertThat(countContactsNamed("%")).isZero();
    }

    @Test
    void concurrentPostsWithOneKeyCreateExactlyOneContact() throws Exception {
        // An API key authenticates without a slow password hash, so the requests really overlap.
        bearer = http.post("/api/v1/api-keys", Credentials.of(tenant, Role.ADMIN),
                "{\"name\": \"race\", \"role\": \"AGENT\"}").json().path("token").asString();
        String key = UUID.randomUUID().toString();
        String body = contact("Concurrent");
        int threads = 8;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.send("POST", "/api/v1/contacts", Credentials.bearer(bearer), body,
                            Map.of("Idempotency-Key", key));
                }));
            }
            start.countDown();
            var answers = new ArrayList<Answer>();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).extracting(Answer::status).allMatch(status -> status == 201 || status == 409);
            var created = answers.stream().filter(answer -> answer.status() == 201).toList();
            assertThat(created).isNotEmpty();
            assertThat(created).extracting(answer -> answer.json().path("id").asString()).containsOnly(
                    created.getFirst().json().path("id").asString());
            answers.stream().filter(answer -> answer.status() == 409)
                    .forEach(answer -> assertThat(answer.code()).isEqualTo("idempotency-request-in-progress"));
            assertThat(countContactsNamed("Concurrent")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- pages

    @Test
    void listsArePagesWithTotals() {
        for (int i = 0; i < 5; i++) {
            create(contact("Paged" + i));
        }

        var page = http.get("/api/v1/contacts?page=1&size=2", agent);

        assertThat(page.status()).isEqualTo(200);
        var json = page.json();
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
        assertThat(json.path("items").size()).isEqualTo(2);
        assertThat(json.path("page").asInt()).isEqualTo(1);
        assertThat(json.path("size").asInt()).isEqualTo(2);
        assertThat(json.path("totalItems").asLong()).isEqualTo(5);
        assertThat(json.path("totalPages").asInt()).isEqualTo(3);
        assertThat(json.path("items").path(0).path("displayName").asString()).isEqualTo("Paged2");

        var last = http.get("/api/v1/contacts?page=2&size=2", agent).json();
        assertThat(last.path("items").size()).isEqualTo(1);
        var beyond = http.get("/api/v1/contacts?page=9&size=2", agent).json();
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("totalItems").asLong()).isEqualTo(5);
        var defaults = http.get("/api/v1/contacts", agent).json();
        assertThat(defaults.path("page").asInt()).isZero();
        assertThat(defaults.path("size").asInt()).isEqualTo(20);
    }

    @Test
    void createdResourcesHaveALocationThatReadsThem() {
        var created = create(contact("Located"));

        String location = created.header("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/contacts/" + created.json().path("id").asString());
        var read = http.get(location.replaceFirst("^https?://[^/]+", ""), agent);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    private Answer create(String body) {
        var answer = http.post("/api/v1/contacts", agent, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    private Answer postWithKey(String body, String key) {
        return http.send("POST", "/api/v1/contacts", agent, body, Map.of("Idempotency-Key", key));
    }

    private long countContactsNamed(String lastNamePattern) {
        return jdbc.sql("select count(*) from contacts.contact where organisation_id = :org and last_name like :name")
                .param("org", tenant.organisationId()).param("name", lastNamePattern).query(Long.class).single();
    }

    private static String contact(String lastName) {
        return Http.json(Map.of("kind", "PERSON", "lastName", lastName, "email", "someone@example.org"));
    }
}
