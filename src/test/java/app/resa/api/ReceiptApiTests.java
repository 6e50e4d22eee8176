package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.api.Http.Credentials;
import app.resa.billing.Sales;
import app.resa.booking.Dossier;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** Payment receipts over HTTP: the PDF read back says what was paid and what was left to pay; other organisations see nothing. */
@ApiTest
class ReceiptApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    Http http;
    Tenant tenant;
    Credentials agent;

    @BeforeEach
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Receipts");
        agent = Credentials.of(tenant, Role.AGENT);
    }

    @Test
    void theReceiptNamesTheDossierThePayerTheAmountTheMethodAndTheBalanceAfterThatPayment() throws Exception {
        var dossier = soldFor60Euros(tenant);
        String first = pay(dossier, agent, "25.00", "CARD", "first instalment", "AUTH-4711");
        pay(dossier, agent, "10.00", "CASH", null, null);

        var receipt = fetch("/api/v1/payments/" + first + "/receipt.pdf", agent, "en");

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(receipt.body());
        assertThat(text).contains("Receipt").contains("Dossier " + dossier.number()).contains("Lovelace")
                .contains("25.00 EUR").contains("Card").contains("first instalment").contains("AUTH-4711")
                .as("the balance right after this payment, not after the next one")
                .contains("Balance after this payment 35.00 EUR");
        assertThat(fetch("/api/v1/payments/" + first + "/receipt.pdf", agent, "en").body())
                .as("a reprint is the same file").isEqualTo(receipt.body());
        assertThat(text(fetch("/api/v1/payments/" + first + "/receipt.pdf", agent, "fr").body()))
                .contains("Reçu").contains("Carte").contains("Solde après ce règlement 35.00 EUR");
    }

    @Test
    void aRefundPrintsAsARefundReceipt() throws Exception {
        var dossier = soldFor60Euros(tenant);
        pay(dossier, agent, "60.00", "CARD", null, null);
        var refunded = http.post("/api/v1/dossiers/" + dossier.id() + "/refunds", Credentials.of(tenant, Role.MANAGER),
                Http.json(Map.of("amount", Map.of("amount", "15.00", "currency", "EUR"), "method", "CASH",
                        "reason", "one seat given back")));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);

        String text = text(fetch("/api/v1/payments/" + refunded.json().path("payment").path("id").asString()
                + "/receipt.pdf", agent, "en").body());

        assertThat(text).contains("Refund receipt").contains("15.00 EUR").doesNotContain("-15.00")
                .contains("Cash").contains("one seat given back").contains("Balance after this payment 15.00 EUR");
    }

    @Test
    void anotherOrganisationsPaymentIsNotFoundAndAViewerMayNotPrint() throws Exception {
        var other = tenants.open("Receipts elsewhere");
        String theirs = pay(soldFor60Euros(other), Credentials.of(other, Role.AGENT), "20.00", "CASH", null, null);

        var answer = http.get("/api/v1/payments/" + theirs + "/receipt.pdf", agent);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("not-found");
        String ours = pay(soldFor60Euros(tenant), agent, "20.00", "CASH", null, null);
        assertThat(http.get("/api/v1/payments/" + ours + "/receipt.pdf", Credentials.of(tenant, Role.VIEWER))
                .status()).isEqualTo(403);
    }

    private Dossier soldFor60Euros(Tenant in) {
        var show = sales.show(in.admin(), "Tartuffe", "30.00", "EUR");
        return sales.sold(in.admin(), sales.contact(in.admin(), "Lovelace"), show, 2);
    }

    private String pay(Dossier dossier, Credentials who, String amount, String method, @Nullable String note,
                       @Nullable String reference) {
        var body = new java.util.HashMap<String, Object>();
        body.put("amount", Map.of("amount", amount, "currency", "EUR"));
        body.put("method", method);
        if (note != null) {
            body.put("note", note);
        }
        if (reference != null) {
            body.put("externalReference", reference);
        }
        var paid = http.post("/api/v1/dossiers/" + dossier.id() + "/payments", who, Http.json(body));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return paid.json().path("payment").path("id").asString();
    }

    /** The PDF's bytes ({@link Http} reads bodies as text). */
    private HttpResponse<byte[]> fetch(String path, Credentials who, String language)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", who.authorization()).header("Accept-Language", language).GET().build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
