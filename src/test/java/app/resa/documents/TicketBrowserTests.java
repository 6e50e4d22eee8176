package app.resa.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;

/** Printing from the dossier detail, then checking the tickets in at the door with the keyboard only. */
class TicketBrowserTests extends ScreenTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anAgentPrintsTheDossiersTicketsAndChecksThemInAtTheDoor() throws Exception {
        var fixture = new TicketFixture(context);
        var tenant = tenants.open("Odéon " + System.nanoTime());
        var office = fixture.boxOffice(tenant, "Le Misanthrope");
        var dossier = fixture.dossier(office, 2, false, true);

        try (BrowserContext browser = newContext()) {
            Page page = browser.newPage();
            page.navigate("/login");
            signIn(page, tenant.username(Role.AGENT));

            page.navigate("/dossiers/" + dossier.id());
            var download = page.waitForDownload(() -> page.locator("#print-tickets").click());
            Path pdf = Path.of("target", "screenshots", "tickets-" + dossier.number() + ".pdf");
            Files.createDirectories(pdf.getParent());
            download.saveAs(pdf);
            byte[] printed = Files.readAllBytes(pdf);
            assertThat(TicketFixture.pages(printed)).hasSize(2)
                    .allSatisfy(text -> assertThat(text).contains("Le Misanthrope").contains("Dossier " + dossier.number()));
            var secrets = TicketFixture.secrets(printed);
            page.reload();
            assertThat(page.locator("dl.facts").first()).containsText("Printed");

            page.keyboard().press("Alt+KeyT");
            assertThat(page.locator("h1")).hasText("Ticket list");
            assertThat(page.locator("#tickets tbody tr")).hasCount(2);
            page.keyboard().press("Alt+KeyI");
            assertThat(page.locator("h1")).hasText("Check-in");

            // A hand scanner types the code and presses Enter into the field that has the focus.
            page.keyboard().type(secrets.getFirst());
            page.keyboard().press("Enter");
            assertThat(page.locator("#scan-result")).hasClass(java.util.regex.Pattern.compile("outcome-VALID"));
            assertThat(page.locator("#scan-result .outcome")).hasText("Valid — welcome");
            page.keyboard().type(secrets.getFirst());
            page.keyboard().press("Enter");
            assertThat(page.locator("#scan-result .outcome")).hasText("Already used");
            assertThat(page.locator("#scan-result .first-scan")).containsText(tenant.username(Role.AGENT));
            page.keyboard().type("not-a-ticket-at-all");
            page.keyboard().press("Enter");
            assertThat(page.locator("#scan-result .outcome")).hasText("Unknown ticket");
            page.keyboard().type(secrets.get(1));
            page.keyboard().press("Enter");
            assertThat(page.locator("#scan-result .outcome")).hasText("Valid — welcome");
            assertThat(page.locator("#recent-scans tbody tr")).hasCount(4);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("check-in")).setFullPage(true));

            page.navigate("/catalog/sessions/" + office.session().id());
            assertThat(page.locator("#checked-in")).hasText("2");
        }
    }
}
