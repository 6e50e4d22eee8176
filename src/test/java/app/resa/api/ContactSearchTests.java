package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/** The contact list's search box and filters, through the API, on the real trigram search. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactSearchTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    Http http;
    Tenant a;
    Tenant b;
    Credentials agentOfA;
    Credentials agentOfB;
    String subscriberType;
    String partnerType;
    Map<String, JsonNode> contacts = new LinkedHashMap<>();

    @BeforeAll
    void createContacts() {
        http = new Http(port);
        a = tenants.open("Search A");
        b = tenants.open("Search B");
        agentOfA = Credentials.of(a, Role.AGENT);
        agentOfB = Credentials.of(b, Role.AGENT);
        subscriberType = typeId(a, "subscriber");
        partnerType = typeId(a, "partner");

        add("dubois", person("Camille", "Dubois", "camille.dubois@example.fr", "+33 6 12 34 56 78", "Paris", subscriberType));
        add("petrov", person("Иван", "Петров", "ivan.petrov@example.ru", "+7 495 123 45 67", "Москва", subscriberType));
        add("ivanova", person("Мария", "Иванова", "maria.ivanova@example.bg", "+359 2 987 6543", "София", null));
        add("tremblay", person("Émilie", "Tremblay", "emilie.tremblay@example.ca", "+1 514 555 0199", "Montréal", partnerType));
        add("theatre", company("Théâtre des Amis", "FR12345678901", "Lyon", partnerType));
        add("balkan", company("Balkan Travel OOD", "BG204567890", "Paris", null));

        // B has namesakes: A's searches must never return them.
        create(agentOfB, person("Pierre", "Dubois", "pierre.dubois@example.fr", "+33 6 12 34 56 78", "Paris", null));
        create(agentOfB, person("Пётр", "Петров", "petr.petrov@example.ru", "+7 495 123 45 67", "Москва", null));
    }

    @Test
    void findsByPartOfTheNameWhateverTheCase() {
        assertThat(search("q=dubo")).containsExactly("dubois");
        assertThat(search("q=DUBOIS")).containsExactly("dubois");
        assertThat(search("q=camille")).containsExactly("dubois");
        assertThat(search("q=" + encode("théâtre"))).containsExactly("theatre");
        assertThat(search("q=travel")).containsExactly("balkan");
    }

    @Test
    void findsCyrillicNamesWhateverTheCase() {
        assertThat(search("q=" + encode("петр"))).containsExactly("petrov");
        assertThat(search("q=" + encode("ПЕТРОВ"))).containsExactly("petrov");
        assertThat(search("q=" + encode("Иван"))).containsExactlyInAnyOrder("petrov", "ivanova");
        assertThat(search("q=" + encode("мария"))).containsExactly("ivanova");
    }

    @Test
    void findsByEmail() {
        assertThat(search("q=" + encode("ivan.petrov@example.ru"))).containsExactly("petrov");
        assertThat(search("q=" + encode("EMILIE.TREMBLAY@"))).containsExactly("tremblay");
        assertThat(search("q=example.bg")).containsExactly("ivanova");
    }

    @Test
    void findsByPhoneTypedAnyWay() {
        assertThat(search("q=" + encode("+33 6 12 34 56 78"))).containsExactly("dubois");
        assertThat(search("q=" + encode("6 12-34-56"))).containsExactly("dubois");
        assertThat(search("q=" + encode("(514) 555-0199"))).containsExactly("tremblay");
        assertThat(search("q=" + encode("987 65 43"))).containsExactly("ivanova");
    }

    @Test
    void findsByNumberAndByVatNumber() {
        var theatre = contacts.get("theatre");
        long number = theatre.path("number").asLong();

        assertThat(search("q=" + number)).contains("theatre");
        assertThat(search("q=" + encode("#" + number))).contains("theatre");
        assertThat(search("q=FR1234567")).containsExactly("theatre");
    }

    @Test
    void filtersByKindTypeAndCity() {
        assertThat(search("kind=COMPANY")).containsExactlyInAnyOrder("theatre", "balkan");
        assertThat(search("kind=PERSON")).containsExactlyInAnyOrder("dubois", "petrov", "ivanova", "tremblay");
        assertThat(search("contactTypeId=" + subscriberType)).containsExactlyInAnyOrder("dubois", "petrov");
        assertThat(search("contactTypeId=" + partnerType + "&kind=COMPANY")).containsExactly("theatre");
        assertThat(search("city=paris")).containsExactlyInAnyOrder("dubois", "balkan");
        assertThat(search("city=" + encode("москва"))).containsExactly("petrov");
        assertThat(search("city=Paris&q=dubois")).containsExactly("dubois");
        assertThat(search("q=nobody-has-this-name")).isEmpty();
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        assertThat(search("q=%25")).isEmpty();
        assertThat(search("q=_")).isEmpty();
    }

    @Test
    void searchNeverReturnsAnotherOrganisationsContacts() {
        for (String q : List.of("dubois", encode("петров"), encode("+33 6 12 34 56 78"), "pierre", "example")) {
            var page = http.get("/api/v1/contacts?size=200&q=" + q, agentOfA).json();
            assertThat(page.path("items").valueStream().map(item -> item.path("id").asString()))
                    .as(q).isSubsetOf(contacts.values().stream().map(c -> c.path("id").asString()).toList());
        }
        assertThat(http.get("/api/v1/contacts?q=pierre", agentOfA).json().path("totalItems").asLong()).isZero();
        assertThat(http.get("/api/v1/contacts?size=200", agentOfA).json().path("totalItems").asLong())
                .isEqualTo(contacts.size());
        assertThat(http.get("/api/v1/contacts?size=200", agentOfB).json().path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void contactNumbersAreSequentialPerOrganisation() {
        var fresh = tenants.open("Numbering");
        var agent = Credentials.of(fresh, Role.AGENT);
        var numbers = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            numbers.add(create(agent, person("N", "Numbered" + i, null, null, null, null)).path("number").asLong());
        }

        assertThat(numbers).containsExactly(1L, 2L, 3L, 4L);
        assertThat(contacts.values().stream().map(c -> c.path("number").asLong()))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void refusedContactDoesNotUseUpANumber() {
        var fresh = tenants.open("Numbering gaps");
        var agent = Credentials.of(fresh, Role.AGENT);
        assertThat(create(agent, person("A", "First", null, null, null, null)).path("number").asLong()).isEqualTo(1);

        assertThat(http.post("/api/v1/contacts", agent, "{\"kind\": \"PERSON\", \"firstName\": \"Nameless\"}").status())
                .isEqualTo(400);

        assertThat(create(agent, person("B", "Second", null, null, null, null)).path("number").asLong()).isEqualTo(2);
    }

    @Test
    void concurrentCreationsGetDistinctConsecutiveNumbers() throws Exception {
        var fresh = tenants.open("Numbering race");
        String token = http.post("/api/v1/api-keys", Credentials.of(fresh, Role.ADMIN),
                "{\"name\": \"race\", \"role\": \"AGENT\"}").json().path("token").asString();
        int count = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<JsonNode>>();
            for (int i = 0; i < count; i++) {
                String body = person("R", "Racer" + i, null, null, null, null);
                futures.add(pool.submit(() -> {
                    start.await();
                    return create(Credentials.bearer(token), body);
                }));
            }
            start.countDown();
            var numbers = new ArrayList<Long>();
            for (var future : futures) {
                numbers.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS).path("number").asLong());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> search(String query) {
        var answer = http.get("/api/v1/contacts?size=200&" + query, agentOfA);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var byId = new LinkedHashMap<String, String>();
        contacts.forEach((name, contact) -> byId.put(contact.path("id").asString(), name));
        return answer.json().path("items").valueStream()
                .map(item -> byId.getOrDefault(item.path("id").asString(), "foreign:" + item.path("displayName").asString()))
                .toList();
    }

    private void add(String name, String body) {
        contacts.put(name, create(agentOfA, body));
    }

    private JsonNode create(Credentials who, String body) {
        var answer = http.post("/api/v1/contacts", who, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private String typeId(Tenant tenant, String code) {
        return http.get("/api/v1/contact-types", Credentials.of(tenant, Role.VIEWER)).json().valueStream()
                .filter(type -> type.path("code").asString().equals(code)).findFirst().orElseThrow()
                .path("id").asString();
    }

    private static String person(String first, String last, @Nullable String email, @Nullable String phone,
                                 @Nullable String city, @Nullable String type) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "PERSON");
        body.put("firstName", first);
        body.put("lastName", last);
        if (email != null) body.put("email", email);
        if (phone != null) body.put("phone", phone);
        if (city != null) body.put("city", city);
        if (type != null) body.put("contactTypeId", type);
        return Http.json(body);
    }

    private static String company(String name, String vat, String city, @Nullable String type) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "COMPANY");
        body.put("companyName", name);
        body.put("vatNumber", vat);
        body.put("city", city);
        if (type != null) body.put("contactTypeId", type);
        return Http.json(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
