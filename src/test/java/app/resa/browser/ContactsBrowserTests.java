package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;
import app.resa.support.Tenants;

class ContactsBrowserTests extends ScreenTest {

    @Test
    void agentSignsInSwitchesToFrenchCreatesAContactAndFindsItFromTheHeaderSearch() {
        var tenant = tenants.open("Théâtre du Test");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/contacts");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            page.getByLabel("Username").fill(tenant.username(Role.AGENT));
            page.getByLabel("Password").fill(Tenants.PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator("h1")).hasText("Contacts");

            page.locator(".languages a[hreflang=fr]").click();
            assertThat(page.locator("h1")).hasText("Contacts");
            assertThat(page.locator(".mainnav")).containsText("Paniers");
            assertThat(page.locator(".mainnav")).containsText("Dossiers");
            // An agent is not offered the settings a manager keeps.
            assertThat(page.locator(".mainnav")).not().containsText("Paramètres");

            // Alt+N: the "new contact" shortcut of the contact list.
            page.keyboard().press("Alt+n");
            assertThat(page.locator("h1")).hasText("Nouveau contact");
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Lemaire");
            page.getByLabel("Prénom").fill("Céleste");
            page.getByLabel("E-mail").fill("celeste.lemaire@example.fr");
            page.getByLabel("Téléphone").fill("+33 6 98 76 54 32");
            page.getByLabel("Ville").fill("Lyon");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Enregistrer")).click();
            assertThat(page.locator(".flash")).hasText("Contact créé.");
            assertThat(page.locator("h1")).containsText("Lemaire Céleste");

            page.navigate("/");
            page.keyboard().press("Alt+f");
            page.keyboard().type("lemaire");
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).containsText("Lemaire Céleste");
            assertThat(page.locator(".facts")).containsText("celeste.lemaire@example.fr");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("contact-found-fr")).setFullPage(true));
        }
    }

    @Test
    void aViewerSeesContactsButCannotCreateOne() {
        var tenant = tenants.open("Read-only desk");
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.VIEWER));
            assertThat(page.locator("h1")).containsText("Hello");
            page.navigate("/contacts");
            assertThat(page.locator("a[href='/contacts/new']")).hasCount(0);
            var response = page.navigate("/contacts/new");
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("Something went wrong");
        }
    }
}
