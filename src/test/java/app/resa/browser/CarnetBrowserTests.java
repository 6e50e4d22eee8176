package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.carnets.CarnetModelManagement;
import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;
import app.resa.contacts.ContactManagement;
import app.resa.organisation.OrganisationManagement;
import app.resa.organisation.Role;
import app.resa.organisation.UserManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;
import app.resa.support.Tenants;

/** The carnet desk from the keyboard (issue 5): Alt+A, V, the client, 2 carnets, pay, close, print the first. */
class CarnetBrowserTests extends ScreenTest {

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    UserManagement users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CarnetModelManagement models;

    @Autowired
    ContactManagement contacts;

    @Test
    void anAgentSellsTwoCarnetsFromTheKeyboardAndPrintsTheFirst() {
        // A venue in Casablanca, paid in dirhams, as in the desk users' manual.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var opened = transaction.execute(status -> organisations.open(new OrganisationManagement.NewOrganisation(
                "Complexe sportif", "Africa/Casablanca", "fr", "MAD", "Siège", "Guichet", "admin-" + suffix,
                Tenants.PASSWORD)));
        var admin = new Caller(opened.organisation().id(), opened.adminId(), "admin-" + suffix,
                opened.pointOfSale().id(), Set.of("ADMIN"));
        users.create(admin, new UserManagement.NewUser("agent-" + suffix, Tenants.PASSWORD, "Agent", Role.AGENT, "fr",
                opened.pointOfSale().id()));
        models.create(admin, new CarnetModelManagement.NewModel("Carnet piscine", 15, 60, List.of(), List.of(
                new CarnetModelManagement.NewTariff("subscriber", null, Money.of("5000", "MAD")),
                new CarnetModelManagement.NewTariff("visitor", null, Money.of("5500", "MAD")))));
        contacts.create(admin, Contact.Kind.PERSON, null, new ContactDetails("Youssef", "Amrani" + suffix, null, null,
                null, null, null, null, null, null, null, null, null));

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login?lang=fr");
            signIn(page, "agent-" + suffix);
            // navigate() returns once the page has loaded, its deferred scripts (the shortcuts) included
            page.navigate("/?lang=fr");
            assertThat(page.locator(".languages a.active")).hasText("FR");

            page.keyboard().press("Alt+a");
            assertThat(page.locator("h1")).hasText("Ventes de carnets");
            assertThat(page.locator("#carnet-beneficiary")).isFocused();
            page.keyboard().type("V");
            assertThat(page.locator("#carnet-beneficiary-name")).hasText("Visiteur");
            assertThat(page.locator("#carnet-client-search")).isFocused();
            page.keyboard().type("Amrani" + suffix);
            assertThat(page.locator("#carnet-client option")).hasCount(1);
            page.keyboard().press("Enter");
            assertThat(page.locator("#carnet-client")).isFocused();
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            assertThat(page.locator("#carnet-tariff option:checked")).containsText("Visiteur");
            page.keyboard().press("Tab");
            assertThat(page.locator("#carnet-quantity")).isFocused();
            page.keyboard().press("Control+a");
            page.keyboard().type("2");
            page.keyboard().press("Tab");
            page.keyboard().press("Control+a");
            page.keyboard().type("30");
            assertThat(page.locator("#carnet-expiry")).not().isEmpty();
            page.keyboard().press("Enter");

            assertThat(page.locator("h1")).containsText("Vente de carnets");
            assertThat(page.locator("#carnet-sale-total")).hasText(Pattern.compile("11[\\s\\u00a0\\u202f]000,00[\\s\\u00a0]DH"));
            assertThat(page.locator("table.grid tbody tr")).hasCount(2);
            assertThat(page.locator("#carnet-payment-method")).isFocused();
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator("#carnet-sale-state")).hasText("Réglée");
            assertThat(page.locator("#carnet-close")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#carnet-sale-state")).hasText("Clôturée");
            assertThat(page.locator(".printing")).containsText("Imprimer le 1er carnet (15 billets) ?");
            assertThat(page.locator("#carnet-print")).isFocused();
            page.keyboard().press("Enter");

            assertThat(page.locator("#carnet-printing")).containsText("Impression du carnet 1 sur 2");
            assertThat(page.locator(".printing")).containsText("Imprimer le 2e carnet");
            String pdf = page.locator("#carnet-pdf").getAttribute("href");
            var response = page.request().get(pdf);
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith("application/pdf");
            org.assertj.core.api.Assertions.assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("carnet-printing-fr")).setFullPage(true));

            // At the desk, a coupon scanned is taken once, then refused with its reason.
            String coupon = page.locator("table.grid tbody tr").first().locator("code").textContent() + "-001";
            page.navigate("/carnets");
            page.keyboard().press("Alt+g");
            assertThat(page.locator("#carnet-scan-coupon")).isFocused();
            page.keyboard().type(coupon);
            page.keyboard().press("Enter");
            assertThat(page.locator(".flash")).hasText("Billet accepté : une entrée.");
            page.keyboard().press("Alt+g");
            page.keyboard().type(coupon);
            page.keyboard().press("Enter");
            assertThat(page.locator(".flash.error")).hasText("Ce billet a déjà été utilisé.");
        }
    }
}
