package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.organisation.Role;
import app.resa.support.Browser;
import app.resa.support.ScreenTest;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewSeatingPlan;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.NewTariff;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.TariffManagement;
import app.resa.ticketing.VenueManagement;

/** The box office flow: sell from the cart, reserve, find the dossier by number, confirm. */
class SaleBrowserTests extends ScreenTest {

    @Autowired
    VenueManagement venues;

    @Autowired
    EventManagement events;

    @Autowired
    SessionPlanning sessions;

    @Autowired
    TariffManagement tariffs;

    @Test
    void anAgentSellsPlacesAndSeatsReservesThenFindsAndConfirmsTheDossier() {
        var tenant = tenants.open("Théâtre de la Ville");
        var admin = tenant.admin();
        var venue = venues.create(admin, "Grande salle");
        var plan = venues.createPlan(admin, new NewSeatingPlan(venue.id(), "Parterre", null, "A-C", 8, "A"));
        var event = events.create(admin, "Tartuffe", null);
        var startsAt = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        sessions.plan(admin, new NewSession(event.id(), startsAt,
                List.of(new NewSession.NewQuota("Balcon", 40, null)), plan.id()));
        tariffs.create(admin, new NewTariff(event.id(), "Plein tarif", "full", null,
                new NewTariff.Price(new BigDecimal("32.00"), "EUR")));

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login?lang=fr");
            signIn(page, tenant.username(Role.AGENT));
            page.locator(".languages a[hreflang=fr]").click();
            assertThat(page.locator(".mainnav")).containsText("Paniers");

            page.keyboard().press("Alt+v");
            assertThat(page.locator("h1")).hasText("Vente - réservation");
            page.locator("select[name=session]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            assertThat(page.locator(".card h2").first()).containsText("Tartuffe");
            page.locator("input[name=quantity]").fill("2");
            page.locator(".seat.free input").nth(0).check();
            page.locator(".seat.free input").nth(1).check();
            // Seats chosen: the seats go in, then the quota in a second step.
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Ajouter au panier")).click();
            assertThat(page.locator("section.card table.grid tbody tr")).hasCount(2);
            page.locator("input[name=quantity]").fill("2");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Ajouter au panier")).click();
            assertThat(page.locator("section.card table.grid tbody tr")).hasCount(3);
            assertThat(page.locator("section.card").last()).containsText("128.00 EUR");

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Réserver")).click();
            assertThat(page.locator(".flash")).containsText("Réservé");
            assertThat(page.locator("h1 .badge")).hasText("Réservé");
            String number = page.locator("h1 span").first().textContent().replaceAll("\\D", "");

            page.navigate("/");
            assertThat(page.locator(".mainnav")).containsText("Paniers");
            page.locator("#header-search").fill(number);
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).containsText("Dossier " + number);
            assertThat(page.locator("table.grid").first()).containsText("Non");
            // The product says when, in the organisation's time zone (Europe/Paris here).
            assertThat(page.locator("table.grid").first()).containsText("Tartuffe — "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                            .format(startsAt.atZone(java.time.ZoneId.of("Europe/Paris"))));

            assertThat(page.locator("h1 .badge")).hasText("Réservé");
            page.keyboard().press("Alt+k");
            assertThat(page.locator("h1 .badge")).hasText("Confirmé");
            assertThat(page.locator("table.grid").first()).containsText("Oui");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-confirmed-fr")).setFullPage(true));

            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-confirmed-fr")).setFullPage(true));
            page.keyboard().press("Alt+d");
            assertThat(page.locator("table.grid tbody")).containsText(number);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-list-fr")).setFullPage(true));

            // Straight from the list to resuming the dossier, without opening its detail first.
            page.locator("table.grid tbody tr:has(td:first-child a:text-is('" + number + "')) a.resume").click();
            assertThat(page).hasURL(Pattern.compile(".*/dossiers/[0-9a-f-]+/changes$"));
            assertThat(page.locator("h1")).containsText(number);
        }
    }
}
