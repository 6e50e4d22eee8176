package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.resa.billing.Sales;
import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;

/** The folio on the dossier detail: add a payment (Alt+P, type, Enter), an extra service voided, settle the rest; the Accounts lists. */
class FolioBrowserTests extends ScreenTest {

    @Autowired
    Sales sales;

    @Test
    void anAgentAddsAPaymentThenSettlesTheDossier() {
        var tenant = tenants.open("Heyquip " + System.nanoTime());
        var admin = tenant.admin();
        var show = sales.show(admin, "Kayak tour", "45.00", "EUR");
        var dossier = sales.sold(admin, sales.contact(admin, "Tremblay"), show, 2);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));

            page.navigate("/dossiers/" + dossier.id());
            var folio = page.locator("section#folio");
            assertThat(folio.locator(".dossier-balance")).containsText("90.00 EUR");
            assertThat(folio.locator("table.charges")).containsText("Kayak tour");

            page.keyboard().press("Alt+KeyP");
            assertThat(page.locator("#add-payment input[name=amount]")).isFocused();
            page.keyboard().type("30");
            page.locator("#add-payment select[name=method]").selectOption("CARD");
            page.locator("#add-payment input[name=note]").fill("Paid at the counter");
            page.locator("#add-payment input[name=note]").press("Enter");

            assertThat(page.locator(".flash")).containsText("Payment recorded.");
            assertThat(folio.locator(".dossier-balance")).containsText("60.00 EUR");
            assertThat(folio.locator("table.payments")).containsText("Paid at the counter");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("folio-payment")).setFullPage(true));

            page.locator("#add-service input[name=description]").fill("Life jacket");
            page.locator("#add-service input[name=unitPrice]").fill("7,50");
            page.locator("#add-service input[name=unitPrice]").press("Enter");
            assertThat(page.locator(".flash")).containsText("Service charged.");
            assertThat(folio.locator(".dossier-balance")).containsText("67.50 EUR");
            var jacket = folio.locator("table.charges tr", new Locator.LocatorOptions().setHasText("Life jacket"));
            jacket.locator("input[name=reason]").fill("offered");
            jacket.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Void")).click();
            assertThat(page.locator(".flash")).containsText("Charge voided");
            assertThat(folio.locator("table.charges tr.voided")).containsText("offered");
            assertThat(folio.locator(".dossier-balance")).containsText("60.00 EUR");

            page.locator("#settle select[name=method]").selectOption("CASH");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settle")).click();

            assertThat(page.locator(".flash")).containsText("Settled");
            assertThat(folio.locator(".dossier-balance")).containsText("0.00 EUR");
            assertThat(page.locator("#settle")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("folio-settled")).setFullPage(true));

            page.locator(".mainnav").getByText("Accounts").click();
            assertThat(page.locator("h1")).hasText("Accounts");
            assertThat(page.locator("table.grid tbody tr")).hasCount(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("accounts-payments")).setFullPage(true));
        }
    }

    @Test
    void aBadAmountIsRefusedWithAMessageAndNothingIsPaid() {
        var tenant = tenants.open("Heyquip " + System.nanoTime());
        var admin = tenant.admin();
        var show = sales.show(admin, "Canoe", "20.00", "EUR");
        var dossier = sales.sold(admin, null, show, 1);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));
            page.locator(".languages a[hreflang=fr]").click();
            page.navigate("/dossiers/" + dossier.id());
            page.locator("#add-payment input[name=amount]").fill("0");
            page.locator("#add-payment input[name=amount]").press("Enter");

            assertThat(page.locator(".flash.error")).containsText("supérieur à zéro");
            assertThat(page.locator("section#folio .dossier-balance")).containsText("20.00 EUR");
            assertThat(page.locator("section#folio table.payments tbody")).containsText("Aucun");
        }
    }
}
