package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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
import tools.jackson.databind.JsonNode;

/**
 * The billing API as an integrator sees it: the folio of a sold dossier, payments, settlement,
 * credit; every bad input a 4xx naming the field with nothing written; a replayed payment
 * recorded once.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials agent;
    String eventId;
    String sessionId;
    String quotaId;

    @BeforeAll
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Billing API");
        agent = Credentials.of(tenant, Role.AGENT);
        var manager = Credentials.of(tenant, Role.MANAGER);
        created(http.post("/api/v1/tax-rates", manager, """
                {"name": "TVA 5.5 %", "rate": "5.5", "inclusive": true, "isDefault": true}"""));
        eventId = created(http.post("/api/v1/events", manager, "{\"name\": \"Le Malade imaginaire\"}")).path("id").asString();
        created(http.post("/api/v1/tariffs", manager, Http.json(Map.of("eventId", eventId, "name", "Full",
                "audience", "full", "price", Map.of("amount", "25.00", "currency", "EUR")))));
        var session = created(http.post("/api/v1/sessions", manager, Http.json(Map.of("eventId", eventId,
                "startsAt", "2027-05-01T19:00:00Z", "quotas", List.of(Map.of("name", "Stalls", "capacity", 1000))))));
        sessionId = session.path("id").asString();
        quotaId = session.path("quotas").path(0).path("id").asString();
    }

    @Test
    void aSoldDossiersFolioShowsItsChargesAndBalance() {
        String dossier = soldDossier(null, 2);

        var folio = ok(http.get("/api/v1/dossiers/" + dossier + "/folio", Credentials.of(tenant, Role.VIEWER)));

        assertThat(folio.path("balance").path("amount").asString()).isEqualTo("50.00");
        assertThat(folio.path("balance").path("currency").asString()).isEqualTo("EUR");
        assertThat(folio.path("charges")).hasSize(1);
        var charge = folio.path("charges").path(0);
        assertThat(charge.path("gross").path("amount").asString()).isEqualTo("50.00");
        assertThat(charge.path("net").path("amount").asString()).isEqualTo("47.39");
        assertThat(charge.path("tax").path("amount").asString()).isEqualTo("2.61");
        assertThat(charge.path("taxName").asString()).isEqualTo("TVA 5.5 %");
        assertThat(folio.path("payments")).isEmpty();
        assertThat(folio.path("folios").path(0).path("kind").asString()).isEqualTo("MAIN");
    }

    @Test
    void aPartialPaymentThenSettleLeavesNothingDue() {
        String dossier = soldDossier(null, 4);

        var paid = created(pay(dossier, "40.00", "EUR", "CASH", null));
        assertThat(paid.path("payment").path("method").asString()).isEqualTo("CASH");
        assertThat(paid.path("folio").path("balance").path("amount").asString()).isEqualTo("60.00");

        var settled = created(http.post("/api/v1/dossiers/" + dossier + "/settle", agent, "{\"method\": \"CARD\"}"));
        assertThat(settled.path("payment").path("amount").path("amount").asString()).isEqualTo("60.00");
        assertThat(settled.path("folio").path("balance").path("amount").asString()).isEqualTo("0.00");

        var again = http.post("/api/v1/dossiers/" + dossier + "/settle", agent, "{\"method\": \"CARD\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("nothing-due");
        assertThat(paymentsOf(dossier)).isEqualTo(2);
    }

    @Test
    void anOverpaymentShowsOnTheContactsCreditBalance() {
        String contact = created(http.post("/api/v1/contacts", agent, """
                {"kind": "PERSON", "lastName": "Argan"}""")).path("id").asString();
        String dossier = soldDossier(contact, 1);

        var paid = created(pay(dossier, "30.00", "EUR", "CASH", null));

        assertThat(paid.path("toCredit").path("amount").path("amount").asString()).isEqualTo("-5.00");
        var credit = ok(http.get("/api/v1/contacts/" + contact + "/credit-balance", agent));
        assertThat(credit.path(0).path("balance").path("amount").asString()).isEqualTo("5.00");
        assertThat(ok(http.get("/api/v1/credit-balances", agent)).toString()).contains(contact);
        assertThat(ok(http.get("/api/v1/payments?dossierId=" + dossier + "&method=CASH", agent))
                .path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aRepeatedPaymentRequestRecordsOnePayment() {
        String dossier = soldDossier(null, 1);
        String body = payment("10.00", "EUR", "CASH");
        var key = Map.of("Idempotency-Key", "pay-" + dossier);

        Answer first = http.send("POST", "/api/v1/dossiers/" + dossier + "/payments", agent, body, key);
        Answer replay = http.send("POST", "/api/v1/dossiers/" + dossier + "/payments", agent, body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json().path("payment").path("id")).isEqualTo(first.json().path("payment").path("id"));
        assertThat(paymentsOf(dossier)).isEqualTo(1);
    }

    @Test
    void concurrentReplaysOfOnePaymentRecordItOnce() throws Exception {
        String dossier = soldDossier(null, 1);
        String body = payment("10.00", "EUR", "CARD");
        var key = Map.of("Idempotency-Key", "concurrent-" + dossier);
        var tasks = new ArrayList<Callable<Answer>>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> http.send("POST", "/api/v1/dossiers/" + dossier + "/payments", agent, body, key));
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var answer : pool.invokeAll(tasks)) {
                statuses.add(answer.get().status());
            }
        }

        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(paymentsOf(dossier)).isEqualTo(1);
    }

    static Stream<Arguments> badPayments() {
        return Stream.of(
                Arguments.of("a negative amount", payment("-5.00", "EUR", "CASH"), 400, "amount-not-positive", "amount.amount"),
                Arguments.of("a zero amount", payment("0.00", "EUR", "CASH"), 400, "amount-not-positive", "amount.amount"),
                Arguments.of("another currency", payment("5.00", "USD", "CASH"), 400, "currency-mismatch", "amount.currency"),
                Arguments.of("an unknown method", payment("5.00", "EUR", "BITCOIN"), 400, "unknown-method", "method"),
                Arguments.of("a blank method", payment("5.00", "EUR", " "), 400, "invalid-request", "method"),
                Arguments.of("no amount", "{\"method\": \"CASH\"}", 400, "invalid-request", "amount"),
                Arguments.of("more decimals than the currency", payment("5.001", "EUR", "CASH"), 400, "invalid-value", "amount"),
                Arguments.of("an unknown currency", payment("5.00", "EURO", "CASH"), 400, "invalid-value", "amount.currency"),
                Arguments.of("a number for the amount", "{\"amount\": 5, \"method\": \"CASH\"}", 400, "invalid-value", "amount"),
                Arguments.of("an unknown field", payment("5.00", "EUR", "CASH").replace("}}", "}, \"tip\": 1}")
                        .replace("\"CASH\"}", "\"CASH\", \"tip\": 1}"), 400, "unknown-field", "tip"),
                Arguments.of("a note too long", payment("5.00", "EUR", "CASH").replace("\"CASH\"}",
                        "\"CASH\", \"note\": \"" + "n".repeat(501) + "\"}"), 400, "invalid-request", "note"),
                Arguments.of("truncated JSON", "{\"amount\": ", 400, "malformed-json", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPayments")
    void refusesABadPaymentNamingTheFieldAndWritesNothing(String what, String body, int status, String code,
                                                          @Nullable String field) {
        String dossier = soldDossier(null, 1);
        long before = billingRows();

        Answer answer = http.post("/api/v1/dossiers/" + dossier + "/payments", agent, body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.firstField()).as(answer.toString()).isEqualTo(field);
        }
        assertThat(billingRows()).as("nothing written").isEqualTo(before);
    }

    static Stream<Arguments> badRequestsOnOtherEndpoints() {
        return Stream.of(
                Arguments.of("settle", "{\"method\": \"IOU\"}", 400, "unknown-method", "method"),
                Arguments.of("settle", "{}", 400, "invalid-request", "method"),
                Arguments.of("refunds", "{\"amount\": {\"amount\": \"-1.00\", \"currency\": \"EUR\"}, \"method\": \"CASH\", \"reason\": \"x\"}",
                        400, "amount-not-positive", "amount.amount"),
                Arguments.of("refunds", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"method\": \"CASH\"}",
                        400, "invalid-request", "reason"),
                Arguments.of("refunds", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"method\": \"CASH\", \"reason\": \"x\"}",
                        409, "refund-exceeds-paid", "amount.amount"),
                Arguments.of("charges", "{\"description\": \"Bar\", \"quantity\": 0, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}",
                        400, "invalid-request", "quantity"),
                Arguments.of("charges", "{\"description\": \"Bar\", \"quantity\": 1, \"unitPrice\": {\"amount\": \"1.50\", \"currency\": \"JPY\"}}",
                        400, "invalid-value", "unitPrice"),
                Arguments.of("charges", "{\"description\": \"Bar\", \"quantity\": 1, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"USD\"}}",
                        400, "currency-mismatch", "unitPrice.currency"),
                Arguments.of("charges", "{\"description\": \" \", \"quantity\": 1, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}",
                        400, "invalid-request", "description"),
                Arguments.of("charges/void", "{\"chargeId\": \"4f4c0a8e-0000-4000-8000-000000000000\", \"reason\": \"x\"}",
                        404, "not-found", null),
                Arguments.of("folios", "{\"kind\": \"MAIN\"}", 400, "invalid-request", null),
                Arguments.of("folios", "{\"kind\": \"PARTY\"}", 400, "invalid-value", "kind"),
                Arguments.of("routing-rules", "{\"folioId\": \"4f4c0a8e-0000-4000-8000-000000000000\"}", 400, "invalid-request", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badRequestsOnOtherEndpoints")
    void refusesBadChargesFoliosRefundsAndSettlementsWritingNothing(String endpoint, String body, int status,
                                                                     String code, @Nullable String field) {
        String dossier = soldDossier(null, 1);
        long before = billingRows();

        Answer answer = http.post("/api/v1/dossiers/" + dossier + "/" + endpoint, Credentials.of(tenant, Role.MANAGER),
                body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.firstField()).as(answer.toString()).isEqualTo(field);
        }
        assertThat(billingRows()).as("nothing written").isEqualTo(before);
    }

    @Test
    void anOverpaymentWithoutAContactToCreditIsRefusedAndWritesNothing() {
        String dossier = soldDossier(null, 1);
        long before = billingRows();

        Answer answer = pay(dossier, "30.00", "EUR", "CASH", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("no-contact-for-credit");
        assertThat(billingRows()).isEqualTo(before);
    }

    @Test
    void aDossierWithNothingChargedHasNothingToSettle() {
        String dossier = created(http.post("/api/v1/dossiers", agent, "{}")).path("id").asString();

        var folio = ok(http.get("/api/v1/dossiers/" + dossier + "/folio", agent));
        var settle = http.post("/api/v1/dossiers/" + dossier + "/settle", agent, "{\"method\": \"CASH\"}");

        assertThat(folio.path("folios")).isEmpty();
        assertThat(folio.path("balance").isNull()).isTrue();
        assertThat(settle.status()).isEqualTo(409);
        assertThat(settle.code()).isEqualTo("nothing-due");
    }

    @Test
    void refusesToPayACancelledDossierAndWritesNothing() {
        String dossier = soldDossier(null, 1);
        assertThat(http.post("/api/v1/dossiers/" + dossier + "/cancel", agent, "").status()).isEqualTo(200);
        long before = billingRows();

        Answer answer = pay(dossier, "5.00", "EUR", "CASH", null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("dossier-cancelled");
        assertThat(billingRows()).isEqualTo(before);
    }

    @Test
    void refusesARefundBeyondWhatWasPaidAndLetsOnlyManagersRefund() {
        String dossier = soldDossier(null, 1);
        created(pay(dossier, "25.00", "EUR", "CASH", null));
        String refund = """
                {"amount": {"amount": "%s", "currency": "EUR"}, "method": "CASH", "reason": "show moved"}""";

        var byAgent = http.post("/api/v1/dossiers/" + dossier + "/refunds", agent, refund.formatted("5.00"));
        var tooMuch = http.post("/api/v1/dossiers/" + dossier + "/refunds", Credentials.of(tenant, Role.MANAGER),
                refund.formatted("25.01"));
        var fine = http.post("/api/v1/dossiers/" + dossier + "/refunds", Credentials.of(tenant, Role.MANAGER),
                refund.formatted("25.00"));

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.code()).isEqualTo("refund-exceeds-paid");
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
        assertThat(fine.json().path("folio").path("balance").path("amount").asString()).isEqualTo("25.00");
        assertThat(paymentsOf(dossier)).isEqualTo(2);
    }

    @Test
    void aViewerReadsTheFolioButCannotPay() {
        String dossier = soldDossier(null, 1);
        var viewer = Credentials.of(tenant, Role.VIEWER);

        assertThat(http.get("/api/v1/dossiers/" + dossier + "/folio", viewer).status()).isEqualTo(200);
        var answer = http.post("/api/v1/dossiers/" + dossier + "/payments", viewer, payment("5.00", "EUR", "CASH"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(paymentsOf(dossier)).isZero();
    }

    @Test
    void extraServicesRoutingAndVoidsThroughTheApi() {
        String company = created(http.post("/api/v1/contacts", agent, """
                {"kind": "COMPANY", "companyName": "Béralde SA"}""")).path("id").asString();
        String dossier = soldDossier(null, 1);
        String folio = created(http.post("/api/v1/dossiers/" + dossier + "/folios", agent, Http.json(Map.of(
                "kind", "COMPANY", "name", "Béralde", "payerContactId", company)))).path("id").asString();
        created(http.post("/api/v1/dossiers/" + dossier + "/routing-rules", agent,
                Http.json(Map.of("folioId", folio, "eventId", eventId))));
        var service = created(http.post("/api/v1/dossiers/" + dossier + "/charges", agent, """
                {"description": "Cloakroom", "quantity": 2, "unitPrice": {"amount": "2.50", "currency": "EUR"}}"""));
        var badDiscount = http.post("/api/v1/dossiers/" + dossier + "/charges", agent, """
                {"description": "Cloakroom", "quantity": 1, "unitPrice": {"amount": "2.50", "currency": "EUR"},
                 "discount": {"amount": "3.00", "currency": "EUR"}}""");

        var all = ok(http.get("/api/v1/dossiers/" + dossier + "/folio", agent));
        assertThat(all.path("folios")).hasSize(2);
        assertThat(all.path("folios").path(0).path("balance").path("amount").asString()).isEqualTo("5.00");
        assertThat(all.path("folios").path(1).path("balance").path("amount").asString()).isEqualTo("25.00");
        assertThat(badDiscount.status()).isEqualTo(400);
        assertThat(badDiscount.code()).isEqualTo("discount-too-large");

        var voided = ok(http.post("/api/v1/dossiers/" + dossier + "/charges/void", agent, Http.json(Map.of(
                "chargeId", service.path("id").asString(), "reason", "offered"))));
        assertThat(voided.path("voided").path("reason").asString()).isEqualTo("offered");
        assertThat(ok(http.get("/api/v1/dossiers/" + dossier + "/folio", agent)).path("balance").path("amount")
                .asString()).isEqualTo("25.00");
    }

    // --- helpers

    private String soldDossier(@Nullable String contactId, int places) {
        String dossier = created(http.post("/api/v1/dossiers", agent,
                contactId == null ? "{}" : Http.json(Map.of("contactId", contactId)))).path("id").asString();
        created(http.post("/api/v1/dossiers/" + dossier + "/lines", agent,
                Http.json(Map.of("sessionId", sessionId, "quotaId", quotaId, "quantity", places))));
        ok(http.post("/api/v1/dossiers/" + dossier + "/confirm", agent, ""));
        return dossier;
    }

    private Answer pay(String dossier, String amount, String currency, String method, @Nullable String note) {
        return http.post("/api/v1/dossiers/" + dossier + "/payments", agent, payment(amount, currency, method));
    }

    private static String payment(String amount, String currency, String method) {
        return """
                {"amount": {"amount": "%s", "currency": "%s"}, "method": "%s"}""".formatted(amount, currency, method);
    }

    private long paymentsOf(String dossier) {
        return jdbc.sql("select count(*) from billing.payment where organisation_id = :org and dossier_id = cast(:d as uuid)")
                .param("org", tenant.organisationId()).param("d", dossier).query(Long.class).single();
    }

    /** Every billing row of the organisation: folios, charges, payments, credit. */
    private long billingRows() {
        return jdbc.sql("""
                select (select count(*) from billing.folio where organisation_id = :org)
                     + (select count(*) from billing.charge where organisation_id = :org)
                     + (select count(*) from billing.payment where organisation_id = :org)
                     + (select count(*) from billing.credit_movement where organisation_id = :org)
                """).param("org", tenant.organisationId()).query(Long.class).single();
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
