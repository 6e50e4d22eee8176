package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.billing.CashRegisterManagement;
import app.resa.billing.Sales;
import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;

class AccountsBrowserTests extends ScreenTest {

    @Autowired
    Sales sales;

    @Autowired
    CashRegisterManagement registers;

    @Test
    void agentOpensARegisterTakesAPaymentClosesItAndSeesTheReport() {
        var tenant = tenants.open("Caisse du Théâtre");
        registers.create(tenant.admin(), tenant.pointOfSaleId(), "Guichet 1");
        var show = sales.show(tenant.admin(), "Le Cid", "30.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 1);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));
            page.locator(".mainnav a[href='/accounts']").click();
            page.locator("nav.tabs a[href='/accounts/cash-registers']").click();
            assertThat(page.locator("h1")).hasText("Cash registers");

            page.locator("input[name=openingFloat]").fill("100.00");
            page.locator("form[action$='/open'] button[type=submit]").click();
            assertThat(page.locator(".flash")).hasText("Session opened.");

            page.locator("#desk-payment input[name=dossierNumber]").fill(Long.toString(dossier.number()));
            page.locator("#desk-payment input[name=amount]").fill("30.00");
            page.locator("#desk-payment select[name=method]").selectOption("CASH");
            page.locator("#desk-payment button[type=submit]").click();
            assertThat(page.locator(".flash")).hasText("Payment recorded.");
            assertThat(page.locator("#report tbody tr").first()).containsText("130.00");

            page.locator("input[name='counted.CASH']").fill("128.00");
            page.locator("#closing button[type=submit]").click();
            assertThat(page.locator(".flash")).hasText("Session closed.");
            var cash = page.locator("#report tbody tr").first();
            assertThat(cash).containsText("Cash");
            assertThat(cash).containsText("130.00");
            assertThat(cash).containsText("128.00");
            assertThat(cash).containsText("-2.00");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("cash-report")).setFullPage(true));
        }
    }

    @Test
    void agentIssuesAnInvoiceFromTheDossierAndOpensItsPdf() {
        var tenant = tenants.open("Factures du Théâtre");
        var show = sales.show(tenant.admin(), "Phèdre", "25.00", "EUR");
        var dossier = sales.sold(tenant.admin(), null, show, 2);
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));
            page.navigate("/dossiers/" + dossier.id());
            page.locator("form[action$='/invoices'] button[type=submit]").click();

            assertThat(page.locator(".flash")).hasText("Invoice issued.");
            assertThat(page.locator("h1")).containsText("-000001");
            assertThat(page.locator("#invoice-total")).hasText("50.00 EUR");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("invoice")).setFullPage(true));
            var pdf = page.request().get(page.locator("a.button.primary").getAttribute("href"));
            org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

            page.locator("nav.tabs a[href='/accounts/invoices']").click();
            assertThat(page.locator("table.grid tbody")).containsText("-000001");
        }
    }
}
