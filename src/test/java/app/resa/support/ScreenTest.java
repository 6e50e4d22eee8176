package app.resa.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** A browser test of the screens: one Chromium per class, a fresh browser context per test. */
@ApiTest
public abstract class ScreenTest {

    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Tenants tenants;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected BrowserContext newContext() {
        return browser.newContext("http://localhost:" + port);
    }

    /** Signs in through the login form and lands on the page the form leads to. */
    protected static void signIn(Page page, String username) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(Tenants.PASSWORD);
        page.locator("button[type=submit]").click();
    }
}
