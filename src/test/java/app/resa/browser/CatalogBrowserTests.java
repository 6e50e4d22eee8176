package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.ScreenTest;

class CatalogBrowserTests extends ScreenTest {

    @Test
    void managerCreatesAnEventAndASessionThenSeesItsAttendance() {
        var tenant = tenants.open("Théâtre du Catalogue");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.MANAGER));
            page.locator(".mainnav a[href='/catalog']").click();
            assertThat(page.locator("h1")).hasText("Catalog");

            page.locator("#event-form input[name=name]").fill("Le Cid");
            page.locator("#event-form button[type=submit]").click();
            assertThat(page.locator(".flash")).hasText("Event created.");

            page.locator("#session-form select[name=eventId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Le Cid"));
            page.locator("#session-form input[name=startsAt]").fill("2026-09-12T20:30");
            page.locator("#session-form input[name=quotaName]").fill("Parterre");
            page.locator("#session-form input[name=quotaCapacity]").fill("120");
            page.locator("#session-form button[type=submit]").click();
            assertThat(page.locator(".flash")).hasText("Session planned.");
            assertThat(page.locator("h1")).containsText("Le Cid");
            assertThat(page.locator("#attendance")).containsText("Parterre");
            assertThat(page.locator("#attendance")).containsText("120");

            page.navigate("/catalog");
            assertThat(page.locator("#events")).containsText("2026-09-12 20:30");
            assertThat(page.locator("#events")).containsText("Parterre 120/120");
        }
    }
}
