package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.api.Http.Credentials;
import app.resa.billing.Sales;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** The invoice, cash register, waiting account and schedule endpoints over HTTP: answers and refusals. */
@ApiTest
class InvoiceAndCashApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials agent;

    @BeforeEach
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Invoice API");
        agent = Credentials.of(tenant, Role.AGENT);
    }

    @Test
    void issuingAnswers201WithTheNumberAndThePdfOpens() {
        var show = sales.show(tenant.admin(), "Tartuffe", "30.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 2);

        var issued = http.post("/api/v1/dossiers/" + dossier.id() + "/invoices", agent, "");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String number = issued.json().path("number").asString();
        assertThat(number).matches("\\d{4}-000001");
        assertThat(issued.json().path("gross").path("amount").asString()).isEqualTo("60.00");
        assertThat(issued.header("Location")).hasValue("/api/v1/invoices/" + issued.json().path("id").asString());
        var again = http.post("/api/v1/dossiers/" + dossier.id() + "/invoices", agent, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("nothing-to-invoice");

        var pdf = http.get(issued.json().path("pdf").asString(), agent);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        var list = http.get("/api/v1/invoices?number=" + number.substring(5) + "&dossierId=" + dossier.id(), agent);
        assertThat(list.json().path("items").get(0).path("number").asString()).isEqualTo(number);
        var note = http.post("/api/v1/invoices/" + issued.json().path("id").asString() + "/credit-notes", agent,
                Http.json(Map.of("reason", "refund")));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().path("number").asString()).startsWith("CN-");
        assertThat(http.get("/api/v1/invoices?kind=CREDIT_NOTE", agent).json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aViewerReadsInvoicesButIssuesNothing() {
        var show = sales.show(tenant.admin(), "Phèdre", "20.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 1);
        var viewer = Credentials.of(tenant, Role.VIEWER);

        assertThat(http.post("/api/v1/dossiers/" + dossier.id() + "/invoices", viewer, "").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/invoices", viewer).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/cash-registers", agent, Http.json(Map.of("pointOfSaleId",
                tenant.pointOfSaleId(), "name", "Desk"))).status()).as("registers are a manager's").isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        var manager = Credentials.of(tenant, Role.MANAGER);
        var blank = http.post("/api/v1/cash-registers", manager, Http.json(Map.of("pointOfSaleId",
                tenant.pointOfSaleId(), "name", " ")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.firstField()).isEqualTo("name");
        var register = http.post("/api/v1/cash-registers", manager, Http.json(Map.of("pointOfSaleId",
                tenant.pointOfSaleId(), "name", "Desk 1"))).json().path("id").asString();

        var negative = http.post("/api/v1/cash-registers/" + register + "/sessions", agent,
                Http.json(Map.of("openingFloat", Map.of("amount", "-5.00", "currency", "EUR"))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.firstField()).isEqualTo("openingFloat.amount");
        var otherCurrency = http.post("/api/v1/cash-registers/" + register + "/sessions", agent,
                Http.json(Map.of("openingFloat", Map.of("amount", "5.00", "currency", "USD"))));
        assertThat(otherCurrency.status()).isEqualTo(400);
        assertThat(otherCurrency.firstField()).isEqualTo("openingFloat.currency");
        assertThat(count("cash_session")).isZero();

        var gold = http.post("/api/v1/waiting-payments", agent, Http.json(Map.of("amount",
                Map.of("amount", "5.00", "currency", "EUR"), "method", "GOLD")));
        assertThat(gold.status()).isEqualTo(400);
        assertThat(gold.firstField()).isEqualTo("method");
        var zero = http.post("/api/v1/waiting-payments", agent, Http.json(Map.of("amount",
                Map.of("amount", "0.00", "currency", "EUR"), "method", "CHEQUE")));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.firstField()).isEqualTo("amount.amount");
        assertThat(count("waiting_payment")).isZero();

        var show = sales.show(tenant.admin(), "Ondine", "10.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 1);
        var mismatch = http.put("/api/v1/dossiers/" + dossier.id() + "/payment-schedule", agent,
                Http.json(Map.of("instalments", List.of(Map.of("dueOn", LocalDate.now().toString(),
                        "amount", Map.of("amount", "11.00", "currency", "EUR"))))), null);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.firstField()).isEqualTo("instalments");
        var badDate = http.put("/api/v1/dossiers/" + dossier.id() + "/payment-schedule", agent,
                Http.json(Map.of("instalments", List.of(Map.of("dueOn", "tomorrow",
                        "amount", Map.of("amount", "10.00", "currency", "EUR"))))), null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(count("instalment")).isZero();

        var invoice = http.post("/api/v1/dossiers/" + dossier.id() + "/invoices", agent, "").json().path("id").asString();
        var badLine = http.post("/api/v1/invoices/" + invoice + "/credit-notes", agent,
                Http.json(Map.of("lineIds", List.of(java.util.UUID.randomUUID().toString()))));
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.firstField()).isEqualTo("lineIds");
        assertThat(http.get("/api/v1/invoices?kind=CREDIT_NOTE", agent).json().path("totalItems").asLong()).isZero();
    }

    @Test
    void aDeskPaymentIsInTheClosingReport() {
        var manager = Credentials.of(tenant, Role.MANAGER);
        var register = http.post("/api/v1/cash-registers", manager, Http.json(Map.of("pointOfSaleId",
                tenant.pointOfSaleId(), "name", "Desk"))).json().path("id").asString();
        var opened = http.post("/api/v1/cash-registers/" + register + "/sessions", agent,
                Http.json(Map.of("openingFloat", Map.of("amount", "50.00", "currency", "EUR"))));
        assertThat(opened.status()).isEqualTo(201);
        String session = opened.json().path("id").asString();
        var show = sales.show(tenant.admin(), "Cyrano", "15.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 1);
        var waiting = http.post("/api/v1/waiting-payments", agent, Http.json(Map.of("amount",
                Map.of("amount", "15.00", "currency", "EUR"), "method", "CASH", "reference", "envelope 4")));
        var assigned = http.post("/api/v1/waiting-payments/" + waiting.json().path("id").asString() + "/assign", agent,
                Http.json(Map.of("dossierId", dossier.id().toString())));
        assertThat(assigned.status()).isEqualTo(200);

        var closed = http.post("/api/v1/cash-sessions/" + session + "/close", agent, Http.json(Map.of("counted",
                List.of(Map.of("method", "CASH", "amount", Map.of("amount", "65.00", "currency", "EUR"))))));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        var cash = closed.json().path("report").get(0);
        assertThat(cash.path("method").asString()).isEqualTo("CASH");
        assertThat(cash.path("expected").path("amount").asString()).isEqualTo("65.00");
        assertThat(cash.path("difference").path("amount").asString()).isEqualTo("0.00");
        var twice = http.post("/api/v1/cash-sessions/" + session + "/close", agent, "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("cash-session-closed");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from billing." + table + " where organisation_id = :org")
                .param("org", tenant.organisationId()).query(Long.class).single();
    }
}
