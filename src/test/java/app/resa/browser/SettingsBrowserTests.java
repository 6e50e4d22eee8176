package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;

class SettingsBrowserTests extends ScreenTest {

    @Test
    void adminIssuesAnApiKeyThatWorksUntilRevoked() throws Exception {
        var tenant = tenants.open("Hotel Sofia");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.admin().name());
            // The user's own language (English here) applies at sign-in; the switch overrides it.
            assertThat(page.locator(".mainnav")).containsText("Settings");
            page.locator(".languages a[hreflang=bg]").click();
            assertThat(page.locator(".mainnav")).containsText("Настройки");

            page.keyboard().press("Alt+s");
            page.locator(".tiles a[href='/settings/api-keys']").click();
            assertThat(page.locator("h1")).hasText("API ключове");
            page.locator("input[name=name]").fill("Channel manager");
            page.locator("select[name=role]").selectOption("AGENT");
            page.locator("form.inline-form button[type=submit]").click();
            String token = page.locator("#issued-key").textContent().strip();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("api-key-issued-bg")).setFullPage(true));

            org.assertj.core.api.Assertions.assertThat(contactsWith(token)).isEqualTo(200);

            page.locator("form[action$='/revoke'] button").click();
            assertThat(page.locator(".flash")).hasText("API ключът е отнет.");
            org.assertj.core.api.Assertions.assertThat(contactsWith(token)).isEqualTo(401);
        }
    }

    @Test
    void anAgentCannotOpenTheUserSettings() {
        var tenant = tenants.open("Rental counter");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));
            org.assertj.core.api.Assertions.assertThat(page.navigate("/settings/users").status()).isEqualTo(403);
        }
    }

    private int contactsWith(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/contacts"))
                .header("Authorization", "Bearer " + token).build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
