package app.resa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.billing.Accounts;
import app.resa.billing.PaymentFilter;
import app.resa.billing.PaymentManagement;
import app.resa.billing.PaymentMethod;
import app.resa.billing.Sales;
import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;
import app.resa.contacts.ContactManagement;
import app.resa.contacts.ContactTypeManagement;
import app.resa.organisation.ApiKeyManagement;
import app.resa.organisation.Role;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** The screens, like the API, never show or change another organisation's records. */
@ApiTest
class ScreenIsolationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    ContactManagement contacts;

    @Autowired
    ContactTypeManagement types;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    Sales sales;

    @Autowired
    PaymentManagement payments;

    @Autowired
    Accounts accounts;

    @Test
    void anAdminOfOneOrganisationCannotReadOrChangeAnothersRecordsThroughTheScreens() throws Exception {
        var a = tenants.open("Organisation A");
        var b = tenants.open("Organisation B");
        String secretName = "Zyxwvu" + UUID.randomUUID().toString().substring(0, 6);
        var theirs = contacts.create(b.admin(), Contact.Kind.PERSON, null, new ContactDetails("Bob", secretName, null,
                "bob@example.org", null, null, null, null, null, null, null, null, null));
        var theirType = types.create(b.admin(), "vip-" + b.suffix(), "VIP");
        var theirKey = keys.issue(b.admin(), "B's channel manager", Role.AGENT).key();
        var show = sales.show(b.admin(), "Show " + secretName, "10.00", "EUR");
        var theirPaid = sales.sold(b.admin(), theirs.id(), show, 1);
        var theirPayment = payments.pay(b.admin(), theirPaid.id(), new PaymentManagement.NewPayment(
                Money.of("15.00", "EUR"), PaymentMethod.CASH, secretName, null, null, null)).payment();
        String theirReceipt = "/dossiers/" + theirPaid.id() + "/payments/" + theirPayment.id() + "/receipt.pdf";
        var theirDue = sales.sold(b.admin(), theirs.id(), show, 1);

        var session = new Session(a.admin().name());
        assertThat(session.get("/contacts/" + theirs.id()).statusCode()).isEqualTo(404);
        assertThat(session.get("/contacts/" + theirs.id() + "/edit").statusCode()).isEqualTo(404);
        // The pages echo the query itself; what must not appear is the contact found by it.
        assertThat(session.get("/contacts?q=" + secretName).body()).doesNotContain(theirs.id().toString(), "bob@example.org");
        assertThat(session.get("/search?q=" + secretName).body()).doesNotContain(theirs.id().toString(), "bob@example.org");

        var change = session.post("/contacts/" + theirs.id(), Map.of("version", "0", "kind", "PERSON",
                "lastName", "Hijacked"));
        assertThat(change.statusCode()).isEqualTo(404);
        session.post("/settings/api-keys/" + theirKey.id() + "/revoke", Map.of());
        assertThat(session.get("/dossiers/" + theirPaid.id() + "/folio").statusCode()).isEqualTo(404);
        assertThat(session.get(theirReceipt).statusCode()).isEqualTo(404);
        for (String list : List.of("/accounts/payments", "/accounts/deposits", "/accounts/credit-balances")) {
            assertThat(session.get(list).body()).as(list).doesNotContain(theirPaid.id().toString(), secretName,
                    theirs.id().toString());
        }
        session.post("/dossiers/" + theirDue.id() + "/payments", Map.of("amount", "1.00", "currency", "EUR",
                "method", "CASH"));
        session.post("/dossiers/" + theirDue.id() + "/settle", Map.of("method", "CASH"));
        session.post("/settings/contact-types/" + theirType.id() + "/delete", Map.of());

        // The same pages do show it to its own organisation: the refusals above are not vacuous.
        var owner = new Session(b.admin().name());
        assertThat(owner.get("/contacts?q=" + secretName).body()).contains(theirs.id().toString());
        assertThat(owner.get("/contacts/" + theirs.id()).statusCode()).isEqualTo(200);
        assertThat(owner.get("/dossiers/" + theirPaid.id() + "/folio").body()).contains(secretName, theirReceipt);
        assertThat(owner.get(theirReceipt).statusCode()).isEqualTo(200);
        assertThat(owner.get("/accounts/credit-balances").body()).contains(theirs.id().toString());
        assertThat(accounts.payments(b.admin(), new PaymentFilter(null, null, null, null, theirDue.id(), false),
                PageRequest.first(10)).totalItems()).as("payments on B's unpaid dossier").isZero();

        var after = contacts.get(b.admin(), theirs.id());
        assertThat(after.details().lastName()).isEqualTo(secretName);
        assertThat(after.version()).isEqualTo(theirs.version());
        assertThat(keys.all(b.admin())).singleElement().satisfies(key -> assertThat(key.active()).isTrue());
        assertThat(types.get(b.admin(), theirType.id()).name()).isEqualTo("VIP");
    }

    /** A signed-in browser session over plain HTTP: cookies, and the CSRF token of the last page. */
    private final class Session {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrf;

        Session(String username) throws Exception {
            csrf = token(get("/login").body());
            var signedIn = post("/login", Map.of("username", username, "password", Tenants.PASSWORD));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            csrf = token(get("/contacts").body());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            var fields = new java.util.HashMap<>(form);
            fields.put("_csrf", csrf);
            String body = fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String token(String page) {
            var matcher = CSRF.matcher(page);
            assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
            return matcher.group(1);
        }
    }
}
