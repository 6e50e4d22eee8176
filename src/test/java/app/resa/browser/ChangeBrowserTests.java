package app.resa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import app.resa.booking.CartManagement;
import app.resa.booking.DossierOperations;
import app.resa.booking.LineStatus;
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

/** "Reprendre": a reserved dossier resumed, changed on one screen — add, remove, exchange — and applied at once. */
class ChangeBrowserTests extends ScreenTest {

    @Autowired
    VenueManagement venues;

    @Autowired
    EventManagement events;

    @Autowired
    SessionPlanning sessions;

    @Autowired
    TariffManagement tariffs;

    @Autowired
    CartManagement carts;

    @Autowired
    DossierOperations operations;

    @Test
    void anAgentResumesAReservedDossierAddsRemovesExchangesAndApplies() {
        var tenant = tenants.open("Odéon " + System.nanoTime());
        var admin = tenant.admin();
        var venue = venues.create(admin, "Salle Roger Blin");
        var plan = venues.createPlan(admin, new NewSeatingPlan(venue.id(), "Parterre", null, "A-B", 6, "A"));
        var event = events.create(admin, "Bérénice", null);
        var session = sessions.plan(admin, new NewSession(event.id(),
                Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                List.of(new NewSession.NewQuota("Balcon", 40, null)), plan.id()));
        tariffs.create(admin, new NewTariff(event.id(), "Plein tarif", "full", null,
                new NewTariff.Price(new BigDecimal("30.00"), "EUR")));
        var seats = sessions.seats(admin.organisationId(), session.id());
        var dossier = carts.open(admin, null);
        carts.addPlaces(admin, dossier.id(), null, session.id(), session.quotas().getFirst().id(), 2, null);
        carts.addSeats(admin, dossier.id(), null, session.id(), List.of(seats.get(0).id()), null);
        carts.addSeats(admin, dossier.id(), null, session.id(), List.of(seats.get(1).id()), null);
        operations.reserve(admin, dossier.id(), null, List.of(), null);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login?lang=fr");
            signIn(page, tenant.username(Role.AGENT));
            page.locator(".languages a[hreflang=fr]").click();

            page.navigate("/dossiers/" + dossier.id());
            assertThat(page.locator("h1 .badge")).hasText("Réservé");
            page.keyboard().press("Alt+m");
            assertThat(page.locator("h1")).containsText("Modifications du dossier " + dossier.number());
            var rows = page.locator("#resumed-lines tbody tr");
            assertThat(rows).hasCount(3);

            // Remove the second seat; exchange the first one for a free seat; add three places.
            rows.nth(2).locator("input[name=remove]").check();
            rows.nth(1).getByText("Échanger").click();
            assertThat(page.locator("#picker h2")).containsText("Échanger");
            page.locator(".seat.free input").first().check();
            page.keyboard().press("Alt+x");
            assertThat(page.locator("ul.queued")).containsText("Échange");
            page.locator("input[name=quantity]").fill("3");
            page.keyboard().press("Alt+a");
            assertThat(page.locator("ul.queued")).containsText("Ajout");
            assertThat(page.locator("#resumed-lines input[name=remove]").nth(2)).isChecked();
            // 38 free, 3 already queued: 36 more cannot be had, and the preview says so at once.
            page.locator("input[name=quantity]").fill("36");
            page.keyboard().press("Alt+a");
            assertThat(page.locator("#refusal")).containsText("Plus assez de places disponibles");
            assertThat(page.locator("ul.queued li")).hasCount(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-changes-refused-fr")));
            // 2 × 30 + 30 + 30 before; the removed seat (−30) gone, three places (+90) more.
            assertThat(page.locator("#difference .delta")).containsText("60.00 EUR");
            assertThat(page.locator("#difference .after")).containsText("180.00 EUR");
            assertThat(page.locator("#result")).containsText("Nouveau");
            assertThat(page.locator("#result")).containsText("Retiré");
            assertThat(page.locator("#result")).containsText("Échangé");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-changes-fr")).setFullPage(true));

            page.keyboard().press("Alt+p");
            assertThat(page.locator(".flash")).containsText("Modifications appliquées");
            assertThat(page.locator("h1 .badge")).hasText("Réservé");
            assertThat(page.locator("table.grid").first()).containsText("Annulé");
            assertThat(page.locator("table.grid").last()).containsText("Modifié");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("dossier-changed-fr")).setFullPage(true));
        }

        var after = operations.get(admin, dossier.id());
        org.assertj.core.api.Assertions.assertThat(after.lines()).hasSize(4);
        org.assertj.core.api.Assertions.assertThat(after.lines().stream().map(l -> l.status()).toList())
                .containsExactlyInAnyOrder(LineStatus.RESERVED, LineStatus.RESERVED, LineStatus.CANCELLED,
                        LineStatus.RESERVED);
        org.assertj.core.api.Assertions.assertThat(after.lines().get(1).seatId()).isEqualTo(seats.get(2).id());
    }
}
