package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/**
 * The carnet desk through the API (issue 5): models, sales paid through the folio, numbering,
 * redemption exactly once with its refusal reasons, extension and pro-rata cancellation.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarnetApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials agent;
    Credentials manager;
    String contact;
    String model;

    @BeforeAll
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Carnets API");
        agent = Credentials.of(tenant, Role.AGENT);
        manager = Credentials.of(tenant, Role.MANAGER);
        contact = created(http.post("/api/v1/contacts", agent, """
                {"kind": "PERSON", "lastName": "El Amrani", "firstName": "Youssef"}""")).path("id").asString();
        model = model(manager, "Carnet 15 entrées", 15, null);
    }

    @Test
    void aSaleOfTwoCarnetsNumbersThemAndTheirCouponsAndChargesTheirPriceOnTheFolio() {
        var sale = created(sell("visitor", 2, null));

        long number = sale.path("number").asLong();
        String date = LocalDate.now(ZoneId.of("Europe/Paris")).toString().replace("-", "");
        assertThat(sale.path("state").asString()).isEqualTo("OPEN");
        assertThat(sale.path("total").path("amount").asString()).isEqualTo("11000.00");
        assertThat(sale.path("carnets")).hasSize(2);
        assertThat(sale.path("carnets").path(0).path("number").asString()).isEqualTo(date + "-" + number);
        assertThat(sale.path("carnets").path(1).path("number").asString()).isEqualTo(date + "-" + number + "A");
        var coupons = sale.path("carnets").path(1).path("coupons");
        assertThat(coupons).hasSize(15);
        assertThat(coupons.path(0).path("number").asString()).isEqualTo(date + "-" + number + "A-001");
        assertThat(coupons.path(14).path("number").asString()).isEqualTo(date + "-" + number + "A-015");
        assertThat(sale.path("validUntil").asString())
                .isEqualTo(LocalDate.parse(sale.path("saleDate").asString()).plusDays(60).toString());
        var folio = ok(http.get("/api/v1/dossiers/" + sale.path("dossierId").asString() + "/folio", agent));
        assertThat(folio.path("balance").path("amount").asString()).isEqualTo("11000.00");
        assertThat(folio.path("charges")).hasSize(2);
    }

    @Test
    void theTwentyEighthCarnetOfASaleTakesAAAfterZ() {
        var sale = created(sell("visitor", 28, null));

        String first = sale.path("carnets").path(0).path("number").asString();
        assertThat(sale.path("carnets").path(26).path("number").asString()).isEqualTo(first + "Z");
        assertThat(sale.path("carnets").path(27).path("number").asString()).isEqualTo(first + "AA");
        assertThat(sale.path("carnets").path(27).path("coupons").path(0).path("number").asString())
                .isEqualTo(first + "AA-001");
    }

    @Test
    void theValidityTypedReplacesTheModelsDefault() {
        var sale = created(sell("partner", 1, 10));

        assertThat(sale.path("validityDays").asInt()).isEqualTo(10);
        assertThat(sale.path("validUntil").asString())
                .isEqualTo(LocalDate.parse(sale.path("saleDate").asString()).plusDays(10).toString());
        assertThat(sale.path("unitPrice").path("amount").asString()).isEqualTo("4000.00");
    }

    @Test
    void concurrentSalesAreNumberedWithoutGapNorDuplicate() throws Exception {
        var own = tenants.open("Carnet numbers");
        var ownAgent = Credentials.of(own, Role.AGENT);
        String ownModel = model(Credentials.of(own, Role.MANAGER), "Carnet 5", 5, null);
        String ownContact = created(http.post("/api/v1/contacts", ownAgent, """
                {"kind": "PERSON", "lastName": "Parallel"}""")).path("id").asString();
        int sales = 12;
        var calls = new ArrayList<Callable<Answer>>();
        for (int i = 0; i < sales; i++) {
            calls.add(() -> http.post("/api/v1/carnet-sales", ownAgent, Http.json(Map.of("contactId", ownContact,
                    "beneficiaryType", "subscriber", "modelId", ownModel, "quantity", 1))));
        }
        var numbers = new ArrayList<Long>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var future : pool.invokeAll(calls)) {
                numbers.add(created(future.get()).path("number").asLong());
            }
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.rangeClosed(1, sales).boxed().toList());
    }

    @Test
    void aPaidAndClosedSalesCouponIsRedeemedOnceThenRefusedAsUsed() {
        var sale = paidAndClosed(1);
        String coupon = couponOf(sale, 0, 0);

        var redeemed = http.post("/api/v1/carnet-coupons/" + coupon + "/redeem", agent, "{}");
        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(200);
        assertThat(redeemed.json().path("number").asString()).isEqualTo(coupon);

        var again = http.post("/api/v1/carnet-coupons/" + coupon + "/redeem", agent, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("coupon-used");
        var carnet = ok(http.get("/api/v1/carnets/" + carnetOf(sale, 0), agent)).path("carnet");
        assertThat(carnet.path("couponsUsed").asLong()).isEqualTo(1);
        assertThat(carnet.path("couponsLeft").asLong()).isEqualTo(14);
    }

    @Test
    void ofTwoConcurrentScansOfOneCouponExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            var sale = paidAndClosed(1);
            String coupon = couponOf(sale, 0, round);
            var calls = new ArrayList<Callable<Answer>>();
            for (int i = 0; i < 2; i++) {
                calls.add(() -> http.post("/api/v1/carnet-coupons/" + coupon + "/redeem", agent, "{}"));
            }
            var answers = new ArrayList<Answer>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (var future : pool.invokeAll(calls)) {
                    answers.add(future.get());
                }
            }
            assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
            assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().code())
                    .isEqualTo("coupon-used");
            assertThat(jdbc.sql("select count(*) from carnets.coupon where organisation_id = :org and number = :n "
                            + "and state = 'USED'").param("org", tenant.organisationId()).param("n", coupon)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void unknownExpiredCancelledUnpaidAndElsewhereCouponsAreRefusedWithTheirReason() {
        var unknown = http.post("/api/v1/carnet-coupons/19990101-1-001/redeem", agent, "{}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("coupon-unknown");

        var unpaid = created(sell("visitor", 1, null));
        assertRefused(couponOf(unpaid, 0, 0), "{}", "coupon-not-paid");

        var expired = paidAndClosed(1);
        jdbc.sql("update carnets.carnet set expires_at = now() - interval '1 minute' where organisation_id = :org "
                        + "and number = :n").param("org", tenant.organisationId()).param("n", carnetOf(expired, 0))
                .update();
        assertRefused(couponOf(expired, 0, 0), "{}", "coupon-expired");

        var cancelled = paidAndClosed(1);
        ok(http.post("/api/v1/carnets/" + carnetOf(cancelled, 0) + "/cancel", manager,
                "{\"method\": \"CASH\", \"reason\": \"moving away\"}"));
        assertRefused(couponOf(cancelled, 0, 3), "{}", "coupon-cancelled");

        String theatre = created(http.post("/api/v1/events", manager, "{\"name\": \"Théâtre\"}")).path("id").asString();
        String cinema = created(http.post("/api/v1/events", manager, "{\"name\": \"Cinéma\"}")).path("id").asString();
        String theatreOnly = model(manager, "Carnet théâtre", 10, theatre);
        var sale = created(http.post("/api/v1/carnet-sales", agent, Http.json(Map.of("contactId", contact,
                "beneficiaryType", "visitor", "modelId", theatreOnly, "quantity", 1))));
        ok(http.post("/api/v1/carnet-sales/" + sale.path("id").asString() + "/payment", agent, "{\"method\": \"CARD\"}"));
        String coupon = couponOf(sale, 0, 0);
        assertRefused(coupon, "{\"eventId\": \"" + cinema + "\"}", "coupon-not-valid-here");
        assertRefused(coupon, "{}", "coupon-not-valid-here");
        assertThat(http.post("/api/v1/carnet-coupons/" + coupon + "/redeem", agent,
                "{\"eventId\": \"" + theatre + "\"}").status()).isEqualTo(200);
    }

    @Test
    void aManagerExtendsAnExpiredCarnetAndItsCouponsWorkAgainWithTheExtensionAudited() {
        var sale = paidAndClosed(1);
        String carnet = carnetOf(sale, 0);
        jdbc.sql("update carnets.carnet set expires_at = now() - interval '1 minute' where organisation_id = :org "
                + "and number = :n").param("org", tenant.organisationId()).param("n", carnet).update();
        String until = LocalDate.now().plusDays(90).toString();

        var refused = http.post("/api/v1/carnets/" + carnet + "/extend", agent,
                Http.json(Map.of("until", until, "reason", "illness")));
        assertThat(refused.status()).isEqualTo(403);
        var extended = ok(http.post("/api/v1/carnets/" + carnet + "/extend", manager,
                Http.json(Map.of("until", until, "reason", "illness"))));

        assertThat(extended.path("carnet").path("validUntil").asString()).isEqualTo(until);
        assertThat(extended.path("history").path(0).asString()).startsWith("EXTENDED").endsWith("illness");
        assertThat(http.post("/api/v1/carnet-coupons/" + couponOf(sale, 0, 0) + "/redeem", agent, "{}").status())
                .isEqualTo(200);
        var earlier = http.post("/api/v1/carnets/" + carnet + "/extend", manager,
                Http.json(Map.of("until", LocalDate.now().toString(), "reason", "oops")));
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.firstField()).isEqualTo("until");
    }

    @Test
    void cancellingUnusedCouponsRefundsThemProRataThroughTheFolio() {
        var sale = paidAndClosed(2);
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/carnet-coupons/" + couponOf(sale, 0, i) + "/redeem", agent, "{}").status())
                    .isEqualTo(200);
        }

        var cancelled = ok(http.post("/api/v1/carnets/" + carnetOf(sale, 0) + "/cancel", manager,
                "{\"method\": \"CASH\", \"reason\": \"moving away\"}"));

        assertThat(cancelled.path("couponsCancelled").asInt()).isEqualTo(10);
        // 5 500,00 × 10 ÷ 15
        assertThat(cancelled.path("refunded").path("amount").asString()).isEqualTo("3666.67");
        assertThat(cancelled.path("carnet").path("couponsLeft").asLong()).isZero();
        var folio = ok(http.get("/api/v1/dossiers/" + sale.path("dossierId").asString() + "/folio", agent));
        assertThat(folio.path("balance").path("amount").asString()).isEqualTo("0.00");
        var again = http.post("/api/v1/carnets/" + carnetOf(sale, 0) + "/cancel", manager,
                "{\"method\": \"CASH\", \"reason\": \"twice\"}");
        assertThat(again.code()).isEqualTo("nothing-to-cancel");
        assertThat(http.post("/api/v1/carnet-coupons/" + couponOf(sale, 1, 0) + "/redeem", agent, "{}").status())
                .as("the other carnet of the sale is untouched").isEqualTo(200);
    }

    @Test
    void aSaleClosesOnlyOncePaid() {
        var sale = created(sell("subscriber", 1, null));
        String id = sale.path("id").asString();

        var early = http.post("/api/v1/carnet-sales/" + id + "/close", agent, "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("sale-not-paid");
        var paid = ok(http.post("/api/v1/carnet-sales/" + id + "/payment", agent, "{\"method\": \"CASH\"}"));
        assertThat(paid.path("state").asString()).isEqualTo("PAID");
        assertThat(ok(http.post("/api/v1/carnet-sales/" + id + "/close", agent, "")).path("state").asString())
                .isEqualTo("CLOSED");
        var folio = ok(http.get("/api/v1/dossiers/" + sale.path("dossierId").asString() + "/folio", agent));
        assertThat(folio.path("balance").path("amount").asString()).isEqualTo("0.00");
    }

    @Test
    void badInputIsRefusedNamingTheFieldWithNothingWritten() {
        long models = count("carnet_model");
        long sales = count("carnet_sale");

        assertBadRequest(http.post("/api/v1/carnet-models", manager, """
                {"couponsPerCarnet": 15, "validityDays": 60, "tariffs": [{"beneficiaryType": "visitor",
                 "price": {"amount": "10.00", "currency": "EUR"}}]}"""), "name");
        assertBadRequest(http.post("/api/v1/carnet-models", manager, """
                {"name": "X", "couponsPerCarnet": 0, "validityDays": 60, "tariffs": [{"beneficiaryType": "visitor",
                 "price": {"amount": "10.00", "currency": "EUR"}}]}"""), "couponsPerCarnet");
        assertBadRequest(http.post("/api/v1/carnet-models", manager, """
                {"name": "X", "couponsPerCarnet": 15, "validityDays": 60, "tariffs": [{"beneficiaryType": "alien",
                 "price": {"amount": "10.00", "currency": "EUR"}}]}"""), "tariffs[0].beneficiaryType");
        // The organisation sells in EUR: a tariff in dirhams could never be paid through its folios.
        assertBadRequest(http.post("/api/v1/carnet-models", manager, """
                {"name": "X", "couponsPerCarnet": 15, "validityDays": 60, "tariffs": [{"beneficiaryType": "visitor",
                 "price": {"amount": "10.00", "currency": "MAD"}}]}"""), "tariffs[0].price.currency");
        assertBadRequest(http.post("/api/v1/carnet-sales", agent, Http.json(Map.of("contactId", contact,
                "beneficiaryType", "visitor", "modelId", model, "quantity", 0))), "quantity");
        assertBadRequest(http.post("/api/v1/carnet-sales", agent, Http.json(Map.of("contactId", contact,
                "beneficiaryType", "alien", "modelId", model, "quantity", 1))), "beneficiaryType");
        assertBadRequest(http.post("/api/v1/carnet-sales", agent, Http.json(Map.of("contactId", contact,
                "beneficiaryType", "visitor", "modelId", model, "quantity", 1, "validityDays", -3))), "validityDays");
        var model = ok(http.get("/api/v1/carnet-models/" + this.model, agent));
        String partnerTariff = model.path("tariffs").valueStream()
                .filter(t -> t.path("beneficiaryType").asString().equals("partner")).findFirst().orElseThrow()
                .path("id").asString();
        assertBadRequest(http.post("/api/v1/carnet-sales", agent, Http.json(Map.of("contactId", contact,
                "beneficiaryType", "visitor", "modelId", this.model, "tariffId", partnerTariff, "quantity", 1))),
                "tariffId");

        assertThat(count("carnet_model")).isEqualTo(models);
        assertThat(count("carnet_sale")).isEqualTo(sales);
    }

    // --- helpers

    private String model(Credentials who, String name, int coupons, @org.jspecify.annotations.Nullable String eventId) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("couponsPerCarnet", coupons);
        body.put("validityDays", 60);
        if (eventId != null) {
            body.put("eventIds", List.of(eventId));
        }
        body.put("tariffs", List.of(
                Map.of("beneficiaryType", "subscriber", "price", Map.of("amount", "5000.00", "currency", "EUR")),
                Map.of("beneficiaryType", "visitor", "price", Map.of("amount", "5500.00", "currency", "EUR")),
                Map.of("beneficiaryType", "partner", "price", Map.of("amount", "4000.00", "currency", "EUR"))));
        return created(http.post("/api/v1/carnet-models", who, Http.json(body))).path("id").asString();
    }

    private Answer sell(String beneficiaryType, int quantity, @org.jspecify.annotations.Nullable Integer days) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("contactId", contact,
                "beneficiaryType", beneficiaryType, "modelId", model, "quantity", quantity));
        if (days != null) {
            body.put("validityDays", days);
        }
        return http.post("/api/v1/carnet-sales", agent, Http.json(body));
    }

    private JsonNode paidAndClosed(int quantity) {
        var sale = created(sell("visitor", quantity, null));
        String id = sale.path("id").asString();
        ok(http.post("/api/v1/carnet-sales/" + id + "/payment", agent, "{\"method\": \"CASH\"}"));
        return ok(http.post("/api/v1/carnet-sales/" + id + "/close", agent, ""));
    }

    private static String carnetOf(JsonNode sale, int carnet) {
        return sale.path("carnets").path(carnet).path("number").asString();
    }

    private static String couponOf(JsonNode sale, int carnet, int coupon) {
        return sale.path("carnets").path(carnet).path("coupons").path(coupon).path("number").asString();
    }

    private void assertRefused(String coupon, String body, String code) {
        var answer = http.post("/api/v1/carnet-coupons/" + coupon + "/redeem", agent, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo(code);
    }

    private static void assertBadRequest(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.firstField()).as(answer.toString()).isEqualTo(field);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from carnets." + table + " where organisation_id = :org")
                .param("org", tenant.organisationId()).query(Long.class).single();
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
