package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Browser;
import app.resa.support.Tenants;

@ApiTest
class SettingsBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void adminIssuesAnApiKeyThatWorksUntilRevoked() throws Exception {
        var tenant = tenants.open("Hotel Sofia");
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.locator("input[name=username]").fill(tenant.admin().name());
            page.locator("input[name=password]").fill(Tenants.PASSWORD);
            page.locator("button[type=submit]").click();
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
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.locator("input[name=username]").fill(tenant.username(Role.AGENT));
            page.locator("input[name=password]").fill(Tenants.PASSWORD);
            page.locator("button[type=submit]").click();
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
