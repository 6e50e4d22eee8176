package app.resa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.api.Http.Answer;
import app.resa.api.Http.Credentials;
import app.resa.billing.FolioManagement;
import app.resa.billing.Payment;
import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentMethod;
import app.resa.billing.Sales;
import app.resa.billing.online.StripeStub;
import app.resa.booking.Dossier;
import app.resa.organisation.Role;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** Payment links and Stripe's webhooks over HTTP, against a local stand-in for Stripe's API. */
@ApiTest
class OnlinePaymentsApiTests {

    static StripeStub stripe;

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    Sales sales;

    @Autowired
    FolioManagement folios;

    @Autowired
    PaymentManagement payments;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Tenant tenant;
    Credentials admin;
    Credentials agent;
    String secretKey;
    String webhookSecret;

    @BeforeAll
    static void startStripe() {
        stripe = StripeStub.start();
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    @BeforeEach
    void openOrganisation() {
        http = new Http(port);
        tenant = tenants.open("Online");
        admin = Credentials.of(tenant, Role.ADMIN);
        agent = Credentials.of(tenant, Role.AGENT);
        secretKey = "sk_test_" + tenant.suffix() + "secretKEY1234";
        webhookSecret = "whsec_" + tenant.suffix() + "signingSECRET9876";
        configure(tenant, admin, secretKey, webhookSecret);
    }

    @Test
    void theCheckoutSentToStripeAsksTheBalanceInMinorUnitsAndNamesTheDossier() {
        var dossier = soldFor("60.00");

        var answer = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("url").asString()).startsWith(stripe.base() + "/pay/");
        String reference = answer.json().path("reference").asString();
        assertThat(reference).startsWith("cs_test_stub");
        assertThat(answer.json().path("amount").path("amount").asString()).isEqualTo("60.00");
        var sent = stripe.last();
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.authorization()).isEqualTo("Bearer " + secretKey);
        assertThat(sent.idempotencyKey()).isEqualTo("resa-checkout-" + answer.json().path("id").asString());
        assertThat(sent.form()).containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][unit_amount]", "6000")
                .containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("metadata[dossierId]", dossier.id().toString())
                .containsEntry("metadata[organisationId]", tenant.organisationId().toString())
                .containsEntry("payment_intent_data[metadata][dossierId]", dossier.id().toString())
                .containsEntry("success_url", "https://shop.example.org/paid")
                .containsEntry("cancel_url", "https://shop.example.org/cart");
    }

    @Test
    void aNamedAmountMakesADepositLinkForADossierNotYetConfirmed() {
        var show = sales.show(tenant.admin(), "Deposit", "40.00", "EUR");
        var dossier = sales.reserve(tenant.admin(), sales.cart(tenant.admin(), null, show, 2).id());

        var all = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "");
        var deposit = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent,
                Http.json(Map.of("amount", Map.of("amount", "25.00", "currency", "EUR"))));

        assertThat(all.json().path("amount").path("amount").asString()).isEqualTo("80.00");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(stripe.last().form()).containsEntry("line_items[0][price_data][unit_amount]", "2500");
    }

    @Test
    void aSignedSuccessRecordsOneOnlinePaymentAndItsReplayNothingMore() {
        var dossier = soldFor("60.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        String event = paid("evt_" + UUID.randomUUID(), reference, 6000, dossier);

        var first = webhook(tenant, event, StripeStub.signature(webhookSecret, event));
        var replay = webhook(tenant, event, StripeStub.signature(webhookSecret, event));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("outcome").asString()).isEqualTo("RECORDED");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("outcome").asString()).isEqualTo("DUPLICATE");
        var after = folios.of(tenant.admin(), dossier.id());
        assertThat(after.balances()).containsExactly(Money.of("0.00", "EUR"));
        assertThat(onlinePayments(dossier)).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo(Money.of("60.00", "EUR"));
            assertThat(payment.externalReference()).isEqualTo(reference);
        });
        var links = http.get("/api/v1/dossiers/" + dossier.id() + "/checkouts", agent).json();
        assertThat(links.path(0).path("status").asString()).isEqualTo("PAID");
    }

    @Test
    void anotherEventForTheSamePaidCheckoutRecordsNothingMore() {
        var dossier = soldFor("30.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        String first = paid("evt_" + UUID.randomUUID(), reference, 3000, dossier);
        String second = paid("evt_" + UUID.randomUUID(), reference, 3000, dossier);

        webhook(tenant, first, StripeStub.signature(webhookSecret, first));
        var again = webhook(tenant, second, StripeStub.signature(webhookSecret, second));

        assertThat(again.json().path("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(onlinePayments(dossier)).hasSize(1);
    }

    @Test
    void aBadSignatureIsRefusedAndWritesNothing() {
        var dossier = soldFor("60.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        String eventId = "evt_" + UUID.randomUUID();
        String event = paid(eventId, reference, 6000, dossier);
        String forged = StripeStub.signature(webhookSecret, event).replaceFirst("v1=.", "v1=x");
        String tampered = event.replace("6000", "600000");

        for (String signature : List.of(forged, "", "t=1,v1=00", StripeStub.signature(webhookSecret, event)
                .replaceFirst("t=\\d+", "t=1"))) {
            var answer = webhook(tenant, event, signature);
            assertThat(answer.status()).as(signature).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("invalid-signature");
        }
        var answer = webhook(tenant, tampered, StripeStub.signature(webhookSecret, event));
        assertThat(answer.status()).isEqualTo(400);

        assertThat(onlinePayments(dossier)).isEmpty();
        assertThat(folios.of(tenant.admin(), dossier.id()).balances()).containsExactly(Money.of("60.00", "EUR"));
        assertThat(jdbc.sql("select count(*) from billing.online_event where event_id = :id").param("id", eventId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventSignedWithAnotherOrganisationsSecretIsRefused() {
        var other = tenants.open("Other shop");
        String othersSecret = "whsec_" + other.suffix() + "otherSECRET5555";
        configure(other, Credentials.of(other, Role.ADMIN), "sk_test_" + other.suffix() + "otherKEY0000", othersSecret);
        var dossier = soldFor("60.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        String event = paid("evt_" + UUID.randomUUID(), reference, 6000, dossier);

        var toUs = webhook(tenant, event, StripeStub.signature(othersSecret, event));
        var toThem = webhook(other, event, StripeStub.signature(webhookSecret, event));
        var nobody = http.send("POST", "/api/v1/webhooks/stripe/" + UUID.randomUUID(), Credentials.NONE, event,
                Map.of("Stripe-Signature", StripeStub.signature(webhookSecret, event)));

        assertThat(toUs.status()).isEqualTo(400);
        assertThat(toUs.code()).isEqualTo("invalid-signature");
        assertThat(toThem.status()).isEqualTo(400);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.code()).isEqualTo("invalid-signature");
        assertThat(onlinePayments(dossier)).isEmpty();
    }

    @Test
    void refundsAtStripeGiveBackTheDifferenceOfTheirRunningTotalOnce() {
        var dossier = soldFor("60.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        String pay = paid("evt_" + UUID.randomUUID(), reference, 6000, dossier);
        webhook(tenant, pay, StripeStub.signature(webhookSecret, pay));

        String partial = StripeStub.refundEvent("evt_" + UUID.randomUUID(), "pi_" + dossier.id(), 6000, 2000, "eur");
        String sameTotal = StripeStub.refundEvent("evt_" + UUID.randomUUID(), "pi_" + dossier.id(), 6000, 2000, "eur");
        String more = StripeStub.refundEvent("evt_" + UUID.randomUUID(), "pi_" + dossier.id(), 6000, 3500, "eur");
        var answers = List.of(partial, partial, sameTotal, more).stream()
                .map(event -> webhook(tenant, event, StripeStub.signature(webhookSecret, event))
                        .json().path("outcome").asString()).toList();

        assertThat(answers).containsExactly("REFUNDED", "DUPLICATE", "DUPLICATE", "REFUNDED");
        assertThat(folios.of(tenant.admin(), dossier.id()).balances()).containsExactly(Money.of("35.00", "EUR"));
    }

    @Test
    void aPaymentForADossierCancelledMeanwhileIsKeptAsUnappliedNotLost() {
        var dossier = soldFor("30.00");
        String reference = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout", agent, "").json()
                .path("reference").asString();
        sales.cancel(tenant.admin(), dossier.id(), List.of());
        String event = paid("evt_" + UUID.randomUUID(), reference, 3000, dossier);

        var answer = webhook(tenant, event, StripeStub.signature(webhookSecret, event));
        var replay = webhook(tenant, event, StripeStub.signature(webhookSecret, event));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("outcome").asString()).isEqualTo("UNAPPLIED");
        assertThat(replay.json().path("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(onlinePayments(dossier)).isEmpty();
        var link = http.get("/api/v1/dossiers/" + dossier.id() + "/checkouts", agent).json().path(0);
        assertThat(link.path("status").asString()).isEqualTo("UNAPPLIED");
    }

    @Test
    void theKeysAreNeverShownBackOnlyTheirLastFourCharacters() {
        var view = http.get("/api/v1/online-payments/account", admin);

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).doesNotContain(secretKey).doesNotContain(webhookSecret)
                .doesNotContain(secretKey.substring(0, secretKey.length() - 4));
        assertThat(view.json().path("secretKeyLast4").asString()).isEqualTo("1234");
        assertThat(view.json().path("webhookSecretLast4").asString()).isEqualTo("9876");
        assertThat(view.json().path("configured").asBoolean()).isTrue();
        assertThat(view.header("ETag")).contains("\"1\"");
        var stored = jdbc.sql("select secret_key || ' ' || webhook_secret from billing.online_account"
                + " where organisation_id = :org").param("org", tenant.organisationId()).query(String.class).single();
        assertThat(stored).as("encrypted at rest").startsWith("aesgcm:").doesNotContain(secretKey)
                .doesNotContain(webhookSecret);

        var urlsOnly = http.put("/api/v1/online-payments/account", admin, Http.json(Map.of(
                "successUrl", "https://shop.example.org/thanks", "cancelUrl", "https://shop.example.org/cart")), "\"1\"");
        assertThat(urlsOnly.status()).as(urlsOnly.toString()).isEqualTo(200);
        assertThat(urlsOnly.json().path("secretKeyLast4").asString()).isEqualTo("1234");
        assertThat(http.put("/api/v1/online-payments/account", admin, Http.json(Map.of(
                "successUrl", "https://a.example", "cancelUrl", "https://b.example")), "\"1\"").status())
                .as("stale version").isEqualTo(412);
    }

    @Test
    void onlyAnAdminSetsTheKeysAndBadOnesAreRefusedByField() {
        var byManager = http.put("/api/v1/online-payments/account", Credentials.of(tenant, Role.MANAGER),
                account("sk_test_managerKEY12345", "whsec_managerSECRET123"), "\"1\"");
        var badKey = http.put("/api/v1/online-payments/account", admin,
                account("pk_test_publishableKEY", "whsec_fineSECRET12345"), "\"1\"");

        assertThat(byManager.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/online-payments/account", agent).status()).isEqualTo(403);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.firstField()).isEqualTo("secretKey");
        assertThat(http.get("/api/v1/online-payments/account", admin).json().path("secretKeyLast4").asString())
                .isEqualTo("1234");
    }

    @Test
    void noLinkWithoutKeysNorForNothingDueNorForAViewer() {
        var bare = tenants.open("No keys");
        var dossier = sales.sold(bare.admin(), null, sales.show(bare.admin(), "Bare", "10.00", "EUR"), 1);
        var notConfigured = http.post("/api/v1/dossiers/" + dossier.id() + "/checkout",
                Credentials.of(bare, Role.AGENT), "");
        var settled = soldFor("10.00");
        payments.settle(tenant.admin(), settled.id(), PaymentMethod.CASH, null, null);
        var nothingDue = http.post("/api/v1/dossiers/" + settled.id() + "/checkout", agent, "");
        var byViewer = http.post("/api/v1/dossiers/" + soldFor("10.00").id() + "/checkout",
                Credentials.of(tenant, Role.VIEWER), "");
        var otherCurrency = http.post("/api/v1/dossiers/" + soldFor("10.00").id() + "/checkout", agent,
                Http.json(Map.of("amount", Map.of("amount", "10.00", "currency", "USD"))));

        assertThat(notConfigured.status()).isEqualTo(409);
        assertThat(notConfigured.code()).isEqualTo("online-payments-not-configured");
        assertThat(nothingDue.status()).as(nothingDue.toString()).isEqualTo(409);
        assertThat(nothingDue.code()).isEqualTo("nothing-due");
        assertThat(byViewer.status()).isEqualTo(403);
        var moreThanDue = http.post("/api/v1/dossiers/" + soldFor("10.00").id() + "/checkout", agent,
                Http.json(Map.of("amount", Map.of("amount", "15.00", "currency", "EUR"))));
        assertThat(moreThanDue.status()).isEqualTo(409);
        assertThat(moreThanDue.code()).isEqualTo("no-contact-for-credit");
        assertThat(otherCurrency.status()).isEqualTo(400);
        assertThat(otherCurrency.firstField()).isEqualTo("amount.currency");
    }

    // --- helpers

    private void configure(Tenant who, Credentials adminOf, String key, String secret) {
        var answer = http.put("/api/v1/online-payments/account", adminOf, account(key, secret), "\"0\"");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static String account(String key, String secret) {
        return Http.json(Map.of("secretKey", key, "webhookSecret", secret,
                "successUrl", "https://shop.example.org/paid", "cancelUrl", "https://shop.example.org/cart"));
    }

    private Dossier soldFor(String price) {
        return sales.sold(tenant.admin(), null, sales.show(tenant.admin(), "Show " + price, price, "EUR"), 1);
    }

    private String paid(String eventId, String reference, long amount, Dossier dossier) {
        return StripeStub.sessionEvent(eventId, "checkout.session.completed", reference, amount, "eur", "paid",
                "pi_" + dossier.id(), Map.of("dossierId", dossier.id().toString(),
                        "organisationId", tenant.organisationId().toString()));
    }

    private Answer webhook(Tenant to, String event, String signature) {
        return http.send("POST", "/api/v1/webhooks/stripe/" + to.organisationId(), Credentials.NONE, event,
                Map.of("Stripe-Signature", signature, "Content-Type", "application/json; charset=utf-8"));
    }

    private List<Payment> onlinePayments(Dossier dossier) {
        return folios.of(tenant.admin(), dossier.id()).payments().stream()
                .filter(p -> p.method() == PaymentMethod.ONLINE && p.amount().amount().signum() > 0).toList();
    }
}
