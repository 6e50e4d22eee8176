package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.billing.Sales;
import app.resa.billing.online.OnlineAccountManagement;
import app.resa.billing.online.StripeStub;
import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;

class OnlinePaymentsBrowserTests extends ScreenTest {

    static StripeStub stripe;

    @Autowired
    Sales sales;

    @Autowired
    OnlineAccountManagement accounts;

    @BeforeAll
    static void startStripe() {
        stripe = StripeStub.start();
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    @Test
    void anAdminEntersTheStripeKeysWhichAreNeverShownBack() {
        var tenant = tenants.open("Bike rental");
        String secretKey = "sk_test_" + tenant.suffix() + "browserKEY4321";
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.admin().name());
            page.navigate("/settings");
            page.locator(".tiles a[href='/settings/online-payments']").click();
            assertThat(page.locator("h1")).hasText("Online payments");

            page.locator("input[name=secretKey]").fill(secretKey);
            page.locator("input[name=webhookSecret]").fill("whsec_" + tenant.suffix() + "browserSECRET");
            page.locator("input[name=successUrl]").fill("https://bikes.example.org/paid");
            page.locator("input[name=cancelUrl]").fill("https://bikes.example.org/basket");
            page.locator("form.inline-form button[type=submit]").click();

            assertThat(page.locator(".flash")).hasText("Online payment settings saved.");
            assertThat(page.locator("dl.facts")).containsText("…4321");
            assertThat(page.locator("#webhook-url")).containsText("/api/v1/webhooks/stripe/" + tenant.organisationId());
            assertThat(page.locator("input[name=secretKey]")).hasValue("");
            org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(secretKey);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("online-payments-settings"))
                    .setFullPage(true));
        }
    }

    @Test
    void anAgentCreatesAPaymentLinkOnTheDossierAndSeesItPaid() {
        var tenant = tenants.open("Theatre online");
        String webhookSecret = "whsec_" + tenant.suffix() + "browserSECRET";
        accounts.set(tenant.admin(), new OnlineAccountManagement.NewSettings("sk_test_" + tenant.suffix() + "KEY00000",
                webhookSecret, "https://theatre.example.org/paid", "https://theatre.example.org/cart"), 0);
        var dossier = sales.sold(tenant.admin(), null, sales.show(tenant.admin(), "Hamlet", "45.00", "EUR"), 2);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));
            page.navigate("/dossiers/" + dossier.id());
            assertThat(page.locator("#payment-link input[name=amount]")).hasValue("90.00");

            page.keyboard().press("Alt+o");

            assertThat(page.locator("#payment-link-url")).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.locator("#payment-link-url").inputValue())
                    .startsWith(stripe.base() + "/pay/cs_test_stub");
            assertThat(page.locator("#payment-link table")).containsText("Waiting for payment");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("online-payment-link"))
                    .setFullPage(true));

            String reference = page.locator("#payment-link-url").inputValue().replaceFirst(".*/pay/", "");
            String event = StripeStub.sessionEvent("evt_browser_" + tenant.suffix(), "checkout.session.completed",
                    reference, 9000, "eur", "paid", "pi_browser", java.util.Map.of("dossierId", dossier.id().toString()));
            var answer = context.request().post("/api/v1/webhooks/stripe/" + tenant.organisationId(),
                    com.microsoft.playwright.options.RequestOptions.create().setData(event)
                            .setHeader("Content-Type", "application/json")
                            .setHeader("Stripe-Signature", StripeStub.signature(webhookSecret, event)));
            org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(200);

            page.reload();
            assertThat(page.locator("#payment-link table")).containsText("Paid");
        }
    }

    @Test
    void anotherOrganisationsDossierHasNoPaymentLinkPanel() {
        var ours = tenants.open("Ours");
        var theirs = tenants.open("Theirs");
        var dossier = sales.sold(theirs.admin(), null, sales.show(theirs.admin(), "Theirs", "10.00", "EUR"), 1);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, ours.admin().name());
            org.assertj.core.api.Assertions.assertThat(page.navigate("/dossiers/" + dossier.id() + "/payment-link")
                    .status()).isEqualTo(404);
        }
    }

    @Test
    void aViewerSeesNoPaymentLinkButton() {
        var tenant = tenants.open("Viewer shop");
        accounts.set(tenant.admin(), new OnlineAccountManagement.NewSettings("sk_test_" + tenant.suffix() + "KEY00000",
                "whsec_" + tenant.suffix() + "SECRET00", "https://v.example.org/paid", "https://v.example.org/cart"), 0);
        var dossier = sales.sold(tenant.admin(), null, sales.show(tenant.admin(), "Lear", "10.00", "EUR"), 1);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.VIEWER));
            page.navigate("/dossiers/" + dossier.id());
            assertThat(page.locator("#payment-link h3")).hasText("Online payment");
            assertThat(page.locator("#payment-link button")).hasCount(0);
        }
    }
}
