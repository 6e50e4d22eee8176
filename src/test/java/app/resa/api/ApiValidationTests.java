package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/**
 * DESIGN.md §4.7: bad input gets a 400 problem detail naming the field, never a 500, and writes
 * nothing.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiValidationTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials admin;
    String contactId;
    String contactTypeId;
    String userId;

    /** Where a bad request is sent: a collection (POST) or one existing resource (PUT with its ETag). */
    enum Target {
        CONTACTS("POST", "/api/v1/contacts"), CONTACT("PUT", "/api/v1/contacts/"),
        CONTACT_TYPES("POST", "/api/v1/contact-types"), CONTACT_TYPE("PUT", "/api/v1/contact-types/"),
        USERS("POST", "/api/v1/users"), USER("PUT", "/api/v1/users/");

        final String method;
        final String path;

        Target(String method, String path) {
            this.method = method;
            this.path = path;
        }
    }

    @BeforeAll
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Validation");
        admin = Credentials.of(tenant, Role.ADMIN);
        contactId = created(http.post("/api/v1/contacts", admin, """
                {"kind": "PERSON", "firstName": "Ada", "lastName": "Valid", "email": "ada@example.org"}"""));
        contactTypeId = created(http.post("/api/v1/contact-types", admin, """
                {"code": "validated", "name": "Validated"}"""));
        userId = created(http.post("/api/v1/users", admin, """
                {"username": "valid-user-%s", "password": "long-enough-password", "displayName": "Valid", "role": "AGENT"}"""
                .formatted(tenant.suffix())));
    }

    static Stream<Arguments> badBodies() {
        String contact = """
                {"kind": "PERSON", "lastName": "Durand", "email": "durand@example.org"}""";
        String type = """
                {"code": "subscriber-2", "name": "Subscriber 2"}""";
        String user = """
                {"username": "someone-new", "password": "long-enough-password", "displayName": "Someone", "role": "AGENT"}""";
        String userChange = """
                {"displayName": "Valid", "role": "AGENT", "enabled": true}""";
        var cases = Stream.<Arguments>builder();
        for (Target target : new Target[] {Target.CONTACTS, Target.CONTACT}) {
            cases.add(Arguments.of(target, "truncated JSON", "{\"kind\": \"PERSON\", \"lastName\": ", "malformed-json", null));
            cases.add(Arguments.of(target, "missing comma", "{\"kind\": \"PERSON\" \"lastName\": \"X\"}", "malformed-json", null));
            cases.add(Arguments.of(target, "unknown field", contact.replace("}", ", \"nickname\": \"Dudu\"}"), "unknown-field", "nickname"));
            cases.add(Arguments.of(target, "invalid enum", contact.replace("PERSON", "ALIEN"), "invalid-value", "kind"));
            cases.add(Arguments.of(target, "lower-case enum", contact.replace("PERSON", "person"), "invalid-value", "kind"));
            cases.add(Arguments.of(target, "invalid UUID in body", contact.replace("}", ", \"contactTypeId\": \"nope\"}"), "invalid-value", "contactTypeId"));
            cases.add(Arguments.of(target, "object for a string", contact.replace("\"Durand\"", "{\"a\": 1}"), "invalid-value", "lastName"));
            cases.add(Arguments.of(target, "invalid e-mail", contact.replace("durand@example.org", "not-an-email"), "invalid-request", "email"));
            cases.add(Arguments.of(target, "missing kind", "{\"lastName\": \"Durand\"}", "invalid-request", "kind"));
            cases.add(Arguments.of(target, "invalid country", contact.replace("}", ", \"country\": \"france\"}"), "invalid-request", "country"));
            cases.add(Arguments.of(target, "invalid phone", contact.replace("}", ", \"phone\": \"call me\"}"), "invalid-request", "phone"));
            cases.add(Arguments.of(target, "too long a name", contact.replace("Durand", "D".repeat(101)), "invalid-request", "lastName"));
            cases.add(Arguments.of(target, "person without last name", "{\"kind\": \"PERSON\", \"firstName\": \"Jean\"}", "contact-name-missing", "lastName"));
            cases.add(Arguments.of(target, "person with blank last name", "{\"kind\": \"PERSON\", \"lastName\": \"  \"}", "contact-name-missing", "lastName"));
            cases.add(Arguments.of(target, "company without name", "{\"kind\": \"COMPANY\", \"lastName\": \"Durand\"}", "contact-name-missing", "companyName"));
            cases.add(Arguments.of(target, "empty body", "", "unreadable-body", null));
        }
        cases.add(Arguments.of(Target.CONTACT_TYPES, "truncated JSON", "{\"code\": ", "malformed-json", null));
        cases.add(Arguments.of(Target.CONTACT_TYPES, "unknown field", type.replace("}", ", \"colour\": \"red\"}"), "unknown-field", "colour"));
        cases.add(Arguments.of(Target.CONTACT_TYPES, "missing code", "{\"name\": \"No code\"}", "invalid-request", "code"));
        cases.add(Arguments.of(Target.CONTACT_TYPES, "invalid code", type.replace("subscriber-2", "Not A Code"), "invalid-request", "code"));
        cases.add(Arguments.of(Target.CONTACT_TYPES, "missing name", "{\"code\": \"no-name\"}", "invalid-request", "name"));
        cases.add(Arguments.of(Target.CONTACT_TYPE, "truncated JSON", "{\"name\": ", "malformed-json", null));
        cases.add(Arguments.of(Target.CONTACT_TYPE, "unknown field", "{\"name\": \"X\", \"code\": \"x\"}", "unknown-field", "code"));
        cases.add(Arguments.of(Target.CONTACT_TYPE, "blank name", "{\"name\": \" \"}", "invalid-request", "name"));
        cases.add(Arguments.of(Target.USERS, "truncated JSON", "{\"username\": ", "malformed-json", null));
        cases.add(Arguments.of(Target.USERS, "unknown field", user.replace("}", ", \"superuser\": true}"), "unknown-field", "superuser"));
        cases.add(Arguments.of(Target.USERS, "invalid role", user.replace("AGENT", "GOD"), "invalid-value", "role"));
        cases.add(Arguments.of(Target.USERS, "missing role", user.replace(", \"role\": \"AGENT\"", ""), "invalid-request", "role"));
        cases.add(Arguments.of(Target.USERS, "short password", user.replace("long-enough-password", "short"), "invalid-request", "password"));
        cases.add(Arguments.of(Target.USERS, "invalid username", user.replace("someone-new", "no spaces allowed"), "invalid-request", "username"));
        cases.add(Arguments.of(Target.USERS, "invalid language", user.replace("}", ", \"language\": \"klingon\"}"), "invalid-request", "language"));
        cases.add(Arguments.of(Target.USERS, "invalid point of sale id", user.replace("}", ", \"pointOfSaleId\": \"42\"}"), "invalid-value", "pointOfSaleId"));
        cases.add(Arguments.of(Target.USER, "truncated JSON", "{\"displayName\": ", "malformed-json", null));
        cases.add(Arguments.of(Target.USER, "unknown field", userChange.replace("}", ", \"username\": \"renamed\"}"), "unknown-field", "username"));
        cases.add(Arguments.of(Target.USER, "invalid role", userChange.replace("AGENT", "ROOT"), "invalid-value", "role"));
        cases.add(Arguments.of(Target.USER, "invalid boolean", userChange.replace("true", "\"maybe\""), "invalid-value", "enabled"));
        cases.add(Arguments.of(Target.USER, "missing enabled", userChange.replace(", \"enabled\": true", ""), "invalid-request", "enabled"));
        cases.add(Arguments.of(Target.USER, "short password", userChange.replace("}", ", \"password\": \"short\"}"), "invalid-request", "password"));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badBodies")
    void refusesABadBodyNamingTheFieldAndWritesNothing(Target target, String what, String body, String code,
                                                       @Nullable String field) {
        String path = target.path + switch (target) {
            case CONTACT -> contactId;
            case CONTACT_TYPE -> contactTypeId;
            case USER -> userId;
            default -> "";
        };
        String ifMatch = target.method.equals("PUT") ? http.get(path, admin).header("ETag").orElseThrow() : null;
        String before = state();
        long contactsBefore = contacts();

        Answer answer = http.send(target.method, path, admin, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.firstField()).as(answer.toString()).isEqualTo(field);
            if (!code.equals("contact-name-missing")) {
                assertThat(answer.json().path("detail").asString()).contains(field);
            }
        }
        assertThat(contacts()).isEqualTo(contactsBefore);
        assertThat(state()).as("nothing written").isEqualTo(before);
    }

    static Stream<Arguments> badPathsAndParameters() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/contacts/not-a-uuid", "id"),
                Arguments.of("PUT", "/api/v1/contacts/12345", "id"),
                Arguments.of("GET", "/api/v1/contact-types/xyz", "id"),
                Arguments.of("PUT", "/api/v1/contact-types/xyz", "id"),
                Arguments.of("DELETE", "/api/v1/contact-types/xyz", "id"),
                Arguments.of("GET", "/api/v1/users/1", "id"),
                Arguments.of("PUT", "/api/v1/users/1", "id"),
                Arguments.of("GET", "/api/v1/branches/b", "id"),
                Arguments.of("GET", "/api/v1/points-of-sale/p", "id"),
                Arguments.of("POST", "/api/v1/api-keys/k/revoke", "id"),
                Arguments.of("GET", "/api/v1/contacts?size=1000", "size"),
                Arguments.of("GET", "/api/v1/contacts?size=0", "size"),
                Arguments.of("GET", "/api/v1/contacts?page=-1", "page"),
                Arguments.of("GET", "/api/v1/contacts?size=many", "size"),
                Arguments.of("GET", "/api/v1/contacts?kind=ALIEN", "kind"),
                Arguments.of("GET", "/api/v1/contacts?contactTypeId=nope", "contactTypeId"),
                Arguments.of("GET", "/api/v1/contacts?q=" + "x".repeat(201), "q"),
                Arguments.of("GET", "/api/v1/contacts?city=" + "x".repeat(101), "city"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badPathsAndParameters")
    void refusesAnInvalidPathVariableOrParameterNamingIt(String method, String path, String field) {
        String body = switch (method) {
            case "PUT" -> path.contains("users") ? "{\"displayName\": \"X\", \"role\": \"AGENT\", \"enabled\": true}"
                    : path.contains("contact-types") ? "{\"name\": \"X\"}" : "{\"kind\": \"PERSON\", \"lastName\": \"X\"}";
            case "POST" -> "";
            default -> null;
        };
        String before = state();

        Answer answer = http.send(method, path, admin, body, method.equals("PUT") ? Map.of("If-Match", "\"0\"") : Map.of());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).as(answer.toString()).isIn("invalid-parameter", "invalid-request");
        assertThat(answer.firstField()).as(answer.toString()).isEqualTo(field);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void refusesABodyThatIsNotJson() {
        long before = contacts();

        var answer = http.send("POST", "/api/v1/contacts", admin, "kind=PERSON&lastName=Form",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(contacts()).isEqualTo(before);
    }

    @Test
    void refusesATakenContactTypeCodeNamingTheCode() {
        var answer = http.post("/api/v1/contact-types", admin, "{\"code\": \"validated\", \"name\": \"Again\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("contact-type-code-taken");
        assertThat(answer.firstField()).isEqualTo("code");
    }

    private long contacts() {
        return jdbc.sql("select count(*) from contacts.contact where organisation_id = :org")
                .param("org", tenant.organisationId()).query(Long.class).single();
    }

    /** Counts and versions of everything the bad requests could have written to. */
    private String state() {
        return jdbc.sql("""
                select (select count(*) || ':' || coalesce(sum(version), 0) from contacts.contact where organisation_id = :org)
                    || '/' || (select count(*) || ':' || coalesce(sum(version), 0) from contacts.contact_type where organisation_id = :org)
                    || '/' || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || max(modified_at) from organisation.app_user where organisation_id = :org)
                """).param("org", tenant.organisationId()).query(String.class).single();
    }

    private static String created(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }
}
