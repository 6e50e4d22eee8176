package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.resa.booking.CartManagement;
import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.SessionPlanning;

/** The dossier list's filters, and a cart set aside then taken back from "Suspended dossiers". */
class DossierBrowserTests extends ScreenTest {

    @Autowired
    EventManagement events;

    @Autowired
    SessionPlanning sessions;

    @Autowired
    CartManagement carts;

    @Test
    void anAgentSetsACartAsideAndTakesItBack() {
        var tenant = tenants.open("Comédie " + System.nanoTime());
        var admin = tenant.admin();
        var event = events.create(admin, "Le Misanthrope", null);
        var session = sessions.plan(admin, new NewSession(event.id(),
                Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                List.of(new NewSession.NewQuota("Parterre", 40, null)), null));
        var dossier = carts.open(admin, null);
        carts.addPlaces(admin, dossier.id(), null, session.id(), session.quotas().getFirst().id(), 2, null);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login?lang=fr");
            signIn(page, tenant.username(Role.AGENT));
            page.locator(".languages a[hreflang=fr]").click();

            page.navigate("/dossiers");
            assertThat(page.locator("form.filters")).containsText("Type de contact");
            assertThat(page.locator("form.filters")).containsText("Afficher dossiers de saisons clôturées");
            page.locator("select[name=product]").selectOption(event.id().toString());
            page.locator("input[name=contact]").fill("personne");
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("table.grid tbody")).containsText("Aucun");
            page.locator("input[name=contact]").fill("");
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("table.grid tbody tr")).hasCount(1);

            page.navigate("/dossiers/" + dossier.id());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspendre")).click();
            assertThat(page.locator("h1")).hasText("Dossiers suspendus");
            assertThat(page.locator(".flash")).containsText("Panier mis de côté");
            assertThat(page.locator("table.grid tbody")).containsText(String.valueOf(dossier.number()));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossiers-suspended-fr")).setFullPage(true));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reprendre")).click();
            assertThat(page.locator(".flash")).containsText("Panier repris");
            page.navigate("/dossiers/suspended");
            assertThat(page.locator("table.grid tbody")).containsText("Aucun");
        }
    }
}
