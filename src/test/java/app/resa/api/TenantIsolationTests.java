package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.billing.online.StripeStub;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/**
 * DESIGN.md §4.6: one organisation can neither read nor change another's data through any
 * endpoint. The endpoints are discovered from Spring MVC, and {@link #ENDPOINTS} says how each is
 * probed, so a new endpoint fails this test until someone decides how to prove it is isolated.
 */
@ApiTest
class TenantIsolationTests {

    /** How an endpoint is called by A's admin, and what proves it is isolated from B. */
    enum Probe {
        /** A path with B's id: must be 404, as if B's resource did not exist. */
        B_ID_IS_NOT_FOUND,
        /** A list: nothing of B appears in it. */
        LIST_SHOWS_NOTHING_OF_B,
        /** A creation whose body refers to one of B's resources: refused as not found. */
        REFERENCE_TO_B_IS_NOT_FOUND,
        /** A creation with nothing to refer to: it lands in A and never in B. */
        CREATES_IN_A_ONLY,
        /** A singleton of the caller's organisation: it is A's own. */
        SHOWS_A_ONLY,
        /** A scan of one of B's ticket secrets: A knows no such ticket, and B's stays unused. */
        SECRET_OF_B_IS_UNKNOWN,
        /** A singleton of the caller's organisation, replaced: it is A's that changes (B's is compared after). */
        CHANGES_A_ONLY,
        /**
         * A payment provider's webhook: no user, hence no caller to isolate; the path names the
         * organisation and only its signing secret opens it. A's call to B's webhook, signed with a
         * secret that is not B's, is refused (400) and writes nothing.
         */
        SIGNED_ONLY,
        /** A scan of one of B's coupon numbers: A knows no such coupon (404 coupon-unknown), and B's stays unused. */
        COUPON_OF_B_IS_UNKNOWN
    }

    /**
     * GETs that do something (printing marks the dossier printed): not read as "what B sees",
     * since B reading them would change what B sees.
     */
    static final java.util.Set<String> GETS_WITH_EFFECTS = java.util.Set.of("GET /api/v1/dossiers/{id}/tickets.pdf");

    /**
     * Every {@code /api/v1} endpoint and how it is probed. A new endpoint must be added here.
     * The body, when there is one, is built from B's resources ({@link Fixture}).
     */
    static final Map<String, Probe> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/v1/organisation", Probe.SHOWS_A_ONLY),
            Map.entry("GET /api/v1/branches", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/branches/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/branches", Probe.CREATES_IN_A_ONLY),
            Map.entry("GET /api/v1/points-of-sale", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/points-of-sale/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/points-of-sale", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("PATCH /api/v1/points-of-sale/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/users", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/users/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/users", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("PUT /api/v1/users/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/api-keys", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/api-keys", Probe.CREATES_IN_A_ONLY),
            Map.entry("POST /api/v1/api-keys/{id}/revoke", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/contact-types", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/contact-types/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/contact-types", Probe.CREATES_IN_A_ONLY),
            Map.entry("PUT /api/v1/contact-types/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("DELETE /api/v1/contact-types/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/contacts", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/contacts/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/contacts", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("PUT /api/v1/contacts/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/admin/inventory/check", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/venues", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/venues", Probe.CREATES_IN_A_ONLY),
            Map.entry("POST /api/v1/seating-plans", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/seating-plans/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/seasons", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/seasons", Probe.CREATES_IN_A_ONLY),
            Map.entry("POST /api/v1/seasons/{id}/close", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/events", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/events/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/events", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/events/{id}/tariffs", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/tariffs", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/sessions", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/sessions/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/sessions", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/sessions/{id}/availability", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/sessions/{id}/seats", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/dossiers", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}/history", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/lines", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/reserve", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/option", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/confirm", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/cancel", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/split", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/suspend", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/unsuspend", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/exchange", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/changes", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/changes/preview", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}/tickets.pdf", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/tickets", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/check-ins", Probe.SECRET_OF_B_IS_UNKNOWN),
            Map.entry("GET /api/v1/dossiers/{id}/folio", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/payments", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/settle", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/refunds", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/charges", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/charges/void", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/charges/move", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/folios", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}/routing-rules", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/dossiers/{id}/routing-rules", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/payments", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/payments/{id}/receipt.pdf", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/deposits", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/credit-balances", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/contacts/{id}/credit-balance", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/tax-rates", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/tax-rates", Probe.CREATES_IN_A_ONLY),
            Map.entry("POST /api/v1/dossiers/{id}/invoices", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/invoices", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/invoices/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/invoices/{id}.pdf", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/invoices/{id}/credit-notes", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/cash-registers", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/cash-registers", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("POST /api/v1/cash-registers/{id}/sessions", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/cash-sessions", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/cash-sessions/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/cash-sessions/{id}/close", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/waiting-payments", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/waiting-payments", Probe.CREATES_IN_A_ONLY),
            Map.entry("POST /api/v1/waiting-payments/{id}/assign", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}/payment-schedule", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("PUT /api/v1/dossiers/{id}/payment-schedule", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/instalments/overdue", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/dossiers/{id}/checkout", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/dossiers/{id}/checkouts", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/online-payments/account", Probe.SHOWS_A_ONLY),
            Map.entry("PUT /api/v1/online-payments/account", Probe.CHANGES_A_ONLY),
            Map.entry("POST /api/v1/webhooks/stripe/{organisationId}", Probe.SIGNED_ONLY),
            Map.entry("GET /api/v1/carnet-models", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("GET /api/v1/carnet-models/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnet-models", Probe.CREATES_IN_A_ONLY),
            Map.entry("GET /api/v1/carnet-sales", Probe.LIST_SHOWS_NOTHING_OF_B),
            Map.entry("POST /api/v1/carnet-sales", Probe.REFERENCE_TO_B_IS_NOT_FOUND),
            Map.entry("GET /api/v1/carnet-sales/{id}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnet-sales/{id}/payment", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnet-sales/{id}/close", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("GET /api/v1/carnets/{number}", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnets/{number}/extend", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnets/{number}/cancel", Probe.B_ID_IS_NOT_FOUND),
            Map.entry("POST /api/v1/carnet-coupons/{number}/redeem", Probe.COUPON_OF_B_IS_UNKNOWN)));

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    ApplicationContext context;

    Http http;
    Tenant a;
    Tenant b;
    Credentials adminOfA;
    Credentials adminOfB;
    Fixture ofB;
    /** B's billing documents and registers, by collection: invoices, cash-registers, cash-sessions, waiting-payments. */
    Map<String, String> billingOfB;
    /** B's carnet sold, by collection: carnet-models, carnet-sales (ids), carnets, carnet-coupons (numbers). */
    Map<String, String> carnetsOfB;

    /** One of each of B's resources, named with a marker no other organisation uses. */
    record Fixture(String marker, String contact, String contactType, String contactTypeCode, String user,
                   String apiKey, String apiKeyToken, String branch, String branchName, String pointOfSale,
                   String venue, String seatingPlan, String season, String event, String session, String tariff,
                   String quota, String dossier, String line, String printedDossier, String ticketSecret,
                   String folio, String charge, String payment) {

        List<String> ids() {
            return List.of(contact, contactType, user, apiKey, branch, pointOfSale, venue, seatingPlan, season, event,
                    session, tariff, dossier, line, printedDossier, folio, charge, payment);
        }

        String idFor(String collection) {
            return switch (collection) {
                case "contacts" -> contact;
                case "contact-types" -> contactType;
                case "users" -> user;
                case "api-keys" -> apiKey;
                case "branches" -> branch;
                case "points-of-sale" -> pointOfSale;
                case "seating-plans" -> seatingPlan;
                case "seasons" -> season;
                case "events" -> event;
                case "sessions" -> session;
                case "dossiers" -> dossier;
                case "payments" -> payment;
                default -> throw new AssertionError("No resource of B for /" + collection + "/{id}; add one to Fixture");
            };
        }
    }

    @BeforeEach
    void openTwoOrganisations() {
        http = new Http(port);
        a = tenants.open("Tenant A");
        b = tenants.open("Tenant B");
        adminOfA = Credentials.of(a, Role.ADMIN);
        adminOfB = Credentials.of(b, Role.ADMIN);
        ofB = createOneOfEverythingIn(b, adminOfB);
        billingOfB = createBillingIn(adminOfB);
        carnetsOfB = createCarnetsIn(adminOfB);
    }

    @Test
    void everyApiEndpointHasAnIsolationProbe() {
        assertThat(apiEndpoints()).as("/api/v1 endpoints; add new ones to ENDPOINTS with their probe")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @Test
    void organisationACanNeitherSeeNorChangeAnythingOfOrganisationB() {
        var before = everythingBSees();
        var failures = new ArrayList<String>();
        var unknown = new ArrayList<String>();

        for (String endpoint : apiEndpoints()) {
            Probe probe = ENDPOINTS.get(endpoint);
            if (probe == null) {
                unknown.add(endpoint);
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            String failure = switch (probe) {
                case B_ID_IS_NOT_FOUND -> bIdIsNotFound(method, pattern);
                case LIST_SHOWS_NOTHING_OF_B -> listShowsNothingOfB(pattern);
                case REFERENCE_TO_B_IS_NOT_FOUND -> referenceToBIsNotFound(method, pattern);
                case CREATES_IN_A_ONLY -> createsInAOnly(method, pattern);
                case SHOWS_A_ONLY -> showsAOnly(pattern);
                case SECRET_OF_B_IS_UNKNOWN -> secretOfBIsUnknown(method, pattern);
                case CHANGES_A_ONLY -> changesAOnly(pattern);
                case SIGNED_ONLY -> signedOnly(pattern);
                case COUPON_OF_B_IS_UNKNOWN -> couponOfBIsUnknown(method, pattern);
            };
            if (failure != null) {
                failures.add(endpoint + ": " + failure);
            }
        }

        assertThat(unknown).as("endpoints without a probe in ENDPOINTS").isEmpty();
        assertThat(failures).as("isolation failures").isEmpty();
        assertThat(everythingBSees()).as("B's data after A walked every endpoint").isEqualTo(before);
        assertThat(http.get("/api/v1/contacts", Credentials.bearer(ofB.apiKeyToken())).status())
                .as("B's API key still works").isEqualTo(200);
    }

    @Test
    void searchInAFindsNothingOfBEvenByExactValues() {
        for (String q : List.of(ofB.marker(), "#1", "isolation-" + b.suffix() + "@example.org", "0612345678")) {
            var answer = http.get("/api/v1/contacts?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    adminOfA);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).as(q).doesNotContain(ofB.contact()).doesNotContain(ofB.marker());
        }
        var byType = http.get("/api/v1/contacts?contactTypeId=" + ofB.contactType(), adminOfA);
        assertThat(byType.status()).isEqualTo(200);
        assertThat(byType.json().path("totalItems").asLong()).isZero();
    }

    @Test
    void aCannotAttachBsResourcesToItsOwn() {
        var own = http.post("/api/v1/contacts", adminOfA, Http.json(Map.of("kind", "PERSON", "lastName", "Own")));
        assertThat(own.status()).isEqualTo(201);
        var change = http.put("/api/v1/contacts/" + own.json().path("id").asString(), adminOfA,
                contactBody(ofB.contactType(), "Own"), own.header("ETag").orElseThrow());
        assertThat(change.status()).isEqualTo(404);
        assertThat(change.code()).isEqualTo("not-found");

        var agentOfA = http.get("/api/v1/users", adminOfA).json().valueStream()
                .filter(user -> user.path("username").asString().equals(a.username(Role.AGENT))).findFirst().orElseThrow();
        var moved = http.put("/api/v1/users/" + agentOfA.path("id").asString(), adminOfA, Http.json(Map.of(
                "displayName", "Moved", "role", "AGENT", "pointOfSaleId", ofB.pointOfSale(), "enabled", true)),
                "\"" + agentOfA.path("version").asLong() + "\"");
        assertThat(moved.status()).isEqualTo(404);
        assertThat(moved.code()).isEqualTo("not-found");
    }

    // --- the probes: each answers null when isolated, or what went wrong

    private @Nullable String bIdIsNotFound(String method, String pattern) {
        String collection = pattern.replaceFirst("^/api/v1/([^/]+)/\\{(id|number)}.*$", "$1");
        String path = pattern.replace("{id}", idOfB(collection)).replace("{number}", idOfB(collection));
        if (path.contains("{")) {
            return "unknown path variable in " + pattern;
        }
        Answer answer = http.send(method, path, adminOfA, bodyFor(method, pattern),
                method.equals("PUT") || method.equals("DELETE") ? Map.of("If-Match", "\"0\"") : Map.of());
        if (answer.status() != 404 || !answer.code().equals("not-found")) {
            return "expected 404 not-found, got " + answer;
        }
        return answer.body().contains(ofB.marker()) ? "the 404 reveals B's data: " + answer : null;
    }

    private @Nullable String listShowsNothingOfB(String pattern) {
        String path = pattern.equals("/api/v1/contacts") ? pattern + "?size=200" : pattern;
        Answer answer = http.get(path, adminOfA);
        if (answer.status() != 200) {
            return "expected 200, got " + answer;
        }
        return leaksB(answer);
    }

    private @Nullable String referenceToBIsNotFound(String method, String pattern) {
        Answer answer = http.send(method, pattern, adminOfA, bodyFor(method, pattern), Map.of());
        if (answer.status() != 404 || !answer.code().equals("not-found")) {
            return "expected 404 not-found for a body naming B's resource, got " + answer;
        }
        return null;
    }

    private @Nullable String createsInAOnly(String method, String pattern) {
        Answer answer = http.send(method, pattern, adminOfA, bodyFor(method, pattern), Map.of());
        if (answer.status() != 201) {
            return "expected 201, got " + answer;
        }
        var created = answer.json().has("key") ? answer.json().path("key") : answer.json();
        if (created.has("organisationId") && !created.path("organisationId").asString().equals(a.organisationId().toString())) {
            return "created outside A: " + answer;
        }
        return null;
    }

    private @Nullable String showsAOnly(String pattern) {
        Answer answer = http.get(pattern, adminOfA);
        // an organisation's settings name it as organisationId, the organisation itself as id
        var own = answer.json().has("organisationId") ? answer.json().path("organisationId") : answer.json().path("id");
        if (answer.status() != 200 || !own.asString().equals(a.organisationId().toString())) {
            return "expected A's own, got " + answer;
        }
        return leaksB(answer);
    }

    private @Nullable String secretOfBIsUnknown(String method, String pattern) {
        Answer answer = http.send(method, pattern, adminOfA, Http.json(Map.of("secret", ofB.ticketSecret())), Map.of());
        if (answer.status() != 200 || !answer.json().path("result").asString().equals("UNKNOWN")) {
            return "expected 200 UNKNOWN for B's ticket secret, got " + answer;
        }
        return leaksB(answer);
    }

    private @Nullable String couponOfBIsUnknown(String method, String pattern) {
        String path = pattern.replace("{number}", carnetsOfB.get("carnet-coupons"));
        Answer answer = http.send(method, path, adminOfA, "{}", Map.of());
        if (answer.status() != 404 || !answer.code().equals("coupon-unknown")) {
            return "expected 404 coupon-unknown for B's coupon, got " + answer;
        }
        return leaksB(answer);
    }

    private @Nullable String changesAOnly(String pattern) {
        String etag = http.get(pattern, adminOfA).header("ETag").orElse("\"0\"");
        Answer answer = http.put(pattern, adminOfA, bodyFor("PUT", pattern), etag);
        if (answer.status() != 200
                || !answer.json().path("organisationId").asString().equals(a.organisationId().toString())) {
            return "expected A's own, changed, got " + answer;
        }
        return leaksB(answer);
    }

    private @Nullable String signedOnly(String pattern) {
        String path = pattern.replace("{organisationId}", b.organisationId().toString());
        String event = StripeStub.sessionEvent("evt_isolation_" + a.suffix(), "checkout.session.completed",
                "cs_isolation_" + a.suffix(), 2400, "eur", "paid", "pi_isolation",
                Map.of("dossierId", ofB.dossier(), "organisationId", b.organisationId().toString()));
        Answer answer = http.send("POST", path, adminOfA, event,
                Map.of("Stripe-Signature", StripeStub.signature("whsec_not_Bs_secret_" + a.suffix(), event)));
        if (answer.status() != 400 || !answer.code().equals("invalid-signature")) {
            return "expected 400 invalid-signature, got " + answer;
        }
        return null;
    }

    private @Nullable String leaksB(Answer answer) {
        var carnetIds = java.util.stream.Stream.of(carnetsOfB.get("carnet-models"), carnetsOfB.get("carnet-sales"));
        for (String id : java.util.stream.Stream.concat(java.util.stream.Stream.concat(ofB.ids().stream(),
                billingOfB.values().stream()), carnetIds).toList()) {
            if (answer.body().contains(id)) {
                return "shows B's " + id + ": " + answer;
            }
        }
        if (answer.body().contains(b.organisationId().toString()) || answer.body().contains(ofB.marker())) {
            return "shows B's data: " + answer;
        }
        return null;
    }

    /** A valid body for the endpoint; where it can name another resource, it names B's. */
    private @Nullable String bodyFor(String method, String pattern) {
        Map<String, Supplier<String>> bodies = new java.util.HashMap<>(Map.of(
                "POST /api/v1/branches", () -> Http.json(Map.of("name", ofB.branchName())),
                "POST /api/v1/points-of-sale", () -> Http.json(Map.of("branchId", ofB.branch(), "name", "A counter")),
                "POST /api/v1/users", () -> Http.json(Map.of("username", "a-user-" + a.suffix(),
                        "password", "long-enough-password", "displayName", "A user", "role", "AGENT",
                        "pointOfSaleId", ofB.pointOfSale())),
                "PUT /api/v1/users/{id}", () -> Http.json(Map.of("displayName", "Taken over by A", "role", "VIEWER",
                        "enabled", false, "password", "taken-over-password")),
                "POST /api/v1/api-keys", () -> Http.json(Map.of("name", "A key", "role", "ADMIN")),
                "POST /api/v1/contact-types", () -> Http.json(Map.of("code", ofB.contactTypeCode(), "name", "A's own")),
                "PUT /api/v1/contact-types/{id}", () -> Http.json(Map.of("name", "Renamed by A")),
                "POST /api/v1/contacts", () -> contactBody(ofB.contactType(), "Made by A"),
                "PUT /api/v1/contacts/{id}", () -> contactBody(null, "Changed by A")));
        bodies.put("POST /api/v1/dossiers", () -> Http.json(Map.of("contactId", ofB.contact())));
        bodies.put("POST /api/v1/dossiers/{id}/lines",
                () -> Http.json(Map.of("sessionId", ofB.session(), "quotaId", ofB.quota(), "quantity", 1)));
        bodies.put("POST /api/v1/dossiers/{id}/option", () -> Http.json(Map.of("until", "2099-01-01T00:00:00Z")));
        bodies.put("POST /api/v1/dossiers/{id}/split", () -> Http.json(Map.of("lineIds", List.of(ofB.line()))));
        bodies.put("POST /api/v1/dossiers/{id}/exchange",
                () -> Http.json(Map.of("lineId", ofB.line(), "sessionId", ofB.session(), "quotaId", ofB.quota())));
        bodies.put("POST /api/v1/dossiers/{id}/changes", () -> Http.json(Map.of("version", 1,
                "remove", List.of(ofB.line()), "add", List.of(Map.of("sessionId", ofB.session(), "quotaId", ofB.quota(),
                        "quantity", 1)))));
        bodies.put("POST /api/v1/dossiers/{id}/changes/preview", () -> Http.json(Map.of("remove", List.of(ofB.line()))));
        String euro = "{\"amount\": \"1.00\", \"currency\": \"EUR\"}";
        bodies.put("POST /api/v1/dossiers/{id}/payments", () -> "{\"amount\": " + euro + ", \"method\": \"CASH\"}");
        bodies.put("POST /api/v1/dossiers/{id}/settle", () -> Http.json(Map.of("method", "CASH")));
        bodies.put("POST /api/v1/dossiers/{id}/refunds",
                () -> "{\"amount\": " + euro + ", \"method\": \"CASH\", \"reason\": \"A takes B's money\"}");
        bodies.put("POST /api/v1/dossiers/{id}/charges",
                () -> "{\"description\": \"A's service\", \"quantity\": 1, \"unitPrice\": " + euro + "}");
        bodies.put("POST /api/v1/dossiers/{id}/charges/void",
                () -> Http.json(Map.of("chargeId", ofB.charge(), "reason", "voided by A")));
        bodies.put("POST /api/v1/dossiers/{id}/charges/move",
                () -> Http.json(Map.of("chargeIds", List.of(ofB.charge()), "folioId", ofB.folio())));
        bodies.put("POST /api/v1/dossiers/{id}/folios",
                () -> Http.json(Map.of("kind", "COMPANY", "payerContactId", ofB.contact())));
        bodies.put("POST /api/v1/dossiers/{id}/routing-rules",
                () -> Http.json(Map.of("folioId", ofB.folio(), "lineId", ofB.line())));
        bodies.put("POST /api/v1/tax-rates",
                () -> Http.json(Map.of("name", "A's VAT", "rate", "5.5", "inclusive", true, "isDefault", true)));
        bodies.put("PUT /api/v1/online-payments/account", () -> onlineAccount("sk_test_of_A_" + a.suffix(),
                "whsec_of_A_" + a.suffix()));
        bodies.put("PATCH /api/v1/points-of-sale/{id}",
                () -> Http.json(Map.of("holdDelaySeconds", 60, "holdMaxLifetimeSeconds", 120)));
        bodies.putAll(Map.of(
                "POST /api/v1/venues", () -> Http.json(Map.of("name", "A's venue")),
                "POST /api/v1/seating-plans", () -> Http.json(Map.of("venueId", ofB.venue(), "name", "A's plan",
                        "rows", "A-B", "seatsPerRow", 2)),
                "POST /api/v1/seasons", () -> Http.json(Map.of("name", "A's season")),
                "POST /api/v1/events", () -> Http.json(Map.of("name", "A's event", "seasonId", ofB.season())),
                "POST /api/v1/tariffs", () -> Http.json(Map.of("eventId", ofB.event(), "name", "A's tariff",
                        "audience", "full", "price", Map.of("amount", "10.00", "currency", "EUR"))),
                "POST /api/v1/sessions", () -> Http.json(Map.of("eventId", ofB.event(),
                        "startsAt", "2026-01-01T20:00:00Z", "quotas", List.of(Map.of("name", "A", "capacity", 5))))));
        bodies.putAll(Map.of(
                "POST /api/v1/cash-registers", () -> Http.json(Map.of("pointOfSaleId", ofB.pointOfSale(), "name", "A's")),
                "POST /api/v1/cash-registers/{id}/sessions",
                () -> Http.json(Map.of("openingFloat", Map.of("amount", "10.00", "currency", "EUR"))),
                "POST /api/v1/cash-sessions/{id}/close",
                () -> Http.json(Map.of("counted", List.of(Map.of("method", "CASH", "amount",
                        Map.of("amount", "0.00", "currency", "EUR"))))),
                "POST /api/v1/waiting-payments", () -> Http.json(Map.of("amount", Map.of("amount", "5.00",
                        "currency", "EUR"), "method", "BANK_TRANSFER", "reference", "A's transfer")),
                "POST /api/v1/waiting-payments/{id}/assign", () -> Http.json(Map.of("dossierId", ofB.dossier())),
                "PUT /api/v1/dossiers/{id}/payment-schedule", () -> Http.json(Map.of("instalments", List.of()))));
        bodies.put("POST /api/v1/carnet-models", () -> Http.json(Map.of("name", "A's carnet", "couponsPerCarnet", 5,
                "validityDays", 30, "tariffs", List.of(Map.of("beneficiaryType", "visitor",
                        "price", Map.of("amount", "20.00", "currency", "EUR"))))));
        bodies.put("POST /api/v1/carnet-sales", () -> Http.json(Map.of("contactId", ofB.contact(),
                "beneficiaryType", "visitor", "modelId", carnetsOfB.get("carnet-models"), "quantity", 1)));
        bodies.put("POST /api/v1/carnet-sales/{id}/payment", () -> Http.json(Map.of("method", "CASH")));
        bodies.put("POST /api/v1/carnets/{number}/extend",
                () -> Http.json(Map.of("until", "2099-01-01", "reason", "A extends B's carnet")));
        bodies.put("POST /api/v1/carnets/{number}/cancel",
                () -> Http.json(Map.of("method", "CASH", "reason", "A cancels B's carnet")));
        var body = bodies.get(method + " " + pattern);
        return body == null ? (method.equals("POST") ? "" : null) : body.get();
    }

    private static String onlineAccount(String secretKey, String webhookSecret) {
        return Http.json(Map.of("secretKey", secretKey, "webhookSecret", webhookSecret,
                "successUrl", "https://shop.example.org/paid", "cancelUrl", "https://shop.example.org/cart"));
    }

    private static String contactBody(@Nullable String contactTypeId, String lastName) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "PERSON");
        body.put("lastName", lastName);
        body.put("email", "someone@example.org");
        if (contactTypeId != null) {
            body.put("contactTypeId", contactTypeId);
        }
        return Http.json(body);
    }

    // --- B's side

    private Fixture createOneOfEverythingIn(Tenant tenant, Credentials admin) {
        String marker = "Bmark" + tenant.suffix();
        String code = "bcode-" + tenant.suffix();
        String type = created(http.post("/api/v1/contact-types", admin,
                Http.json(Map.of("code", code, "name", marker + " type")))).path("id").asString();
        String contact = created(http.post("/api/v1/contacts", admin, Http.json(Map.of("kind", "PERSON",
                "lastName", marker, "firstName", "Isolated", "email", "isolation-" + tenant.suffix() + "@example.org",
                "phone", "06 12 34 56 78", "city", "Sofia", "contactTypeId", type)))).path("id").asString();
        String branchName = marker + " branch";
        String branch = created(http.post("/api/v1/branches", admin, Http.json(Map.of("name", branchName))))
                .path("id").asString();
        String pointOfSale = created(http.post("/api/v1/points-of-sale", admin,
                Http.json(Map.of("branchId", branch, "name", marker + " counter")))).path("id").asString();
        String user = created(http.post("/api/v1/users", admin, Http.json(Map.of("username", marker.toLowerCase() + "-user",
                "password", "b-users-password", "displayName", marker + " user", "role", "AGENT",
                "pointOfSaleId", pointOfSale)))).path("id").asString();
        var key = created(http.post("/api/v1/api-keys", admin, Http.json(Map.of("name", marker + " key", "role", "AGENT"))));
        String venue = created(http.post("/api/v1/venues", admin, Http.json(Map.of("name", marker + " venue"))))
                .path("id").asString();
        String plan = created(http.post("/api/v1/seating-plans", admin, Http.json(Map.of("venueId", venue,
                "name", marker + " plan", "rows", "A-B", "seatsPerRow", 3)))).path("id").asString();
        String season = created(http.post("/api/v1/seasons", admin, Http.json(Map.of("name", marker + " season"))))
                .path("id").asString();
        String event = created(http.post("/api/v1/events", admin,
                Http.json(Map.of("name", marker + " event", "seasonId", season)))).path("id").asString();
        var sessionNode = created(http.post("/api/v1/sessions", admin, Http.json(Map.of("eventId", event,
                "startsAt", "2026-01-01T20:00:00Z", "seatingPlanId", plan,
                "quotas", List.of(Map.of("name", marker + " quota", "capacity", 10))))));
        String session = sessionNode.path("id").asString();
        String quota = sessionNode.path("quotas").get(0).path("id").asString();
        String tariff = created(http.post("/api/v1/tariffs", admin, Http.json(Map.of("eventId", event,
                "name", marker + " tariff", "audience", "full", "price", Map.of("amount", "12.00", "currency", "EUR")))))
                .path("id").asString();
        String dossier = created(http.post("/api/v1/dossiers", admin, Http.json(Map.of("contactId", contact))))
                .path("id").asString();
        String line = created(http.post("/api/v1/dossiers/" + dossier + "/lines", admin,
                Http.json(Map.of("sessionId", session, "quotaId", quota, "quantity", 2)))).path("lines").get(0)
                .path("id").asString();
        assertThat(http.post("/api/v1/dossiers/" + dossier + "/reserve", admin, "").status()).isEqualTo(200);
        // Billing: a tax rate, a deposit (paid before confirmation), the sale's charge, a company folio.
        created(http.post("/api/v1/tax-rates", admin, Http.json(Map.of("name", marker + " VAT", "rate", "20",
                "inclusive", true, "isDefault", true))));
        String payment = created(http.post("/api/v1/dossiers/" + dossier + "/payments", admin,
                "{\"amount\": {\"amount\": \"5.00\", \"currency\": \"EUR\"}, \"method\": \"CASH\", \"note\": \"" + marker + "\"}"))
                .path("payment").path("id").asString();
        assertThat(http.post("/api/v1/dossiers/" + dossier + "/confirm", admin, "").status()).isEqualTo(200);
        String charge = http.get("/api/v1/dossiers/" + dossier + "/folio", admin).json().path("charges").path(0)
                .path("id").asString();
        String folio = created(http.post("/api/v1/dossiers/" + dossier + "/folios", admin,
                Http.json(Map.of("kind", "COMPANY", "name", marker + " company", "payerContactId", contact))))
                .path("id").asString();
        String printed = created(http.post("/api/v1/dossiers", admin, Http.json(Map.of("contactId", contact))))
                .path("id").asString();
        created(http.post("/api/v1/dossiers/" + printed + "/lines", admin,
                Http.json(Map.of("sessionId", session, "quotaId", quota, "quantity", 1))));
        assertThat(http.post("/api/v1/dossiers/" + printed + "/confirm", admin, "").status()).isEqualTo(200);
        assertThat(http.put("/api/v1/online-payments/account", admin, onlineAccount("sk_test_" + marker,
                "whsec_" + marker), "\"0\"").status()).isEqualTo(200);
        return new Fixture(marker, contact, type, code, user, key.path("key").path("id").asString(),
                key.path("token").asString(), branch, branchName, pointOfSale, venue, plan, season, event, session,
                tariff, quota, dossier, line, printed, printedSecret(printed, admin), folio, charge, payment);
    }

    /** Prints the dossier's one ticket and reads its secret, printed under the QR code. */
    private String printedSecret(String dossier, Credentials admin) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/dossiers/" + dossier + "/tickets.pdf"))
                    .header("Authorization", admin.authorization()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                var matcher = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])")
                        .matcher(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf));
                assertThat(matcher.find()).as("a secret printed on B's ticket").isTrue();
                return matcher.group();
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** B's id for a collection of the probes: billing's own, or the fixture's. */
    private String idOfB(String collection) {
        if (carnetsOfB.containsKey(collection)) {
            return carnetsOfB.get(collection);
        }
        return billingOfB.containsKey(collection) ? billingOfB.get(collection) : ofB.idFor(collection);
    }

    /** A sold and invoiced dossier, a cash register with an open session, money in the waiting account. */
    private Map<String, String> createBillingIn(Credentials admin) {
        var ids = new java.util.HashMap<String, String>();
        String dossier = created(http.post("/api/v1/dossiers", admin, Http.json(Map.of("contactId", ofB.contact()))))
                .path("id").asString();
        created(http.post("/api/v1/dossiers/" + dossier + "/lines", admin,
                Http.json(Map.of("sessionId", ofB.session(), "quotaId", ofB.quota(), "quantity", 1))));
        assertThat(http.post("/api/v1/dossiers/" + dossier + "/confirm", admin, "").status()).isEqualTo(200);
        ids.put("invoices", created(http.post("/api/v1/dossiers/" + dossier + "/invoices", admin, ""))
                .path("id").asString());
        String register = created(http.post("/api/v1/cash-registers", admin,
                Http.json(Map.of("pointOfSaleId", ofB.pointOfSale(), "name", ofB.marker() + " register"))))
                .path("id").asString();
        ids.put("cash-registers", register);
        ids.put("cash-sessions", created(http.post("/api/v1/cash-registers/" + register + "/sessions", admin,
                Http.json(Map.of("openingFloat", Map.of("amount", "50.00", "currency", "EUR"))))).path("id").asString());
        ids.put("waiting-payments", created(http.post("/api/v1/waiting-payments", admin, Http.json(Map.of(
                "amount", Map.of("amount", "42.00", "currency", "EUR"), "method", "BANK_TRANSFER",
                "reference", ofB.marker() + " transfer")))).path("id").asString());
        return Map.copyOf(ids);
    }

    /** A carnet model and a sale of one carnet, paid and closed: its coupons are redeemable in B. */
    private Map<String, String> createCarnetsIn(Credentials admin) {
        String model = created(http.post("/api/v1/carnet-models", admin, Http.json(Map.of("name", ofB.marker() + " carnet",
                "couponsPerCarnet", 3, "validityDays", 30, "tariffs", List.of(Map.of("beneficiaryType", "visitor",
                        "price", Map.of("amount", "30.00", "currency", "EUR")))))))
                .path("id").asString();
        var sale = created(http.post("/api/v1/carnet-sales", admin, Http.json(Map.of("contactId", ofB.contact(),
                "beneficiaryType", "visitor", "modelId", model, "quantity", 1))));
        String id = sale.path("id").asString();
        assertThat(http.post("/api/v1/carnet-sales/" + id + "/payment", admin, "{\"method\": \"CASH\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/carnet-sales/" + id + "/close", admin, "").status()).isEqualTo(200);
        var carnet = sale.path("carnets").path(0);
        return Map.of("carnet-models", model, "carnet-sales", id, "carnets", carnet.path("number").asString(),
                "carnet-coupons", carnet.path("coupons").path(0).path("number").asString());
    }

    private static tools.jackson.databind.JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    /** Every GET of the API as B's admin sees it: lists, and each of B's resources by id. */
    private Map<String, String> everythingBSees() {
        var seen = new TreeMap<String, String>();
        for (String endpoint : apiEndpoints()) {
            if (!endpoint.startsWith("GET ") || GETS_WITH_EFFECTS.contains(endpoint)) {
                continue;
            }
            String pattern = endpoint.substring(4);
            String collection = pattern.replaceFirst("^/api/v1/([^/]+)/\\{(id|number)}.*$", "$1");
            String path = pattern.contains("{id}") || pattern.contains("{number}")
                    ? pattern.replace("{id}", idOfB(collection)).replace("{number}", idOfB(collection))
                    : pattern;
            Answer answer = http.get(path, adminOfB);
            assertThat(answer.status()).as("B reads " + path).isEqualTo(200);
            seen.put(path, answer.body() + " ETag=" + answer.header("ETag").orElse(""));
        }
        return seen;
    }

    /** "METHOD /pattern" of every handler under /api/v1, from Spring MVC itself. */
    private List<String> apiEndpoints() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var endpoints = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                for (RequestMethod method : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        });
        return List.copyOf(endpoints);
    }
}
