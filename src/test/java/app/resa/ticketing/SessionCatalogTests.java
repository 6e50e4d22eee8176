package app.resa.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

@ApiTest
class SessionCatalogTests {

    @Autowired
    SessionCatalog catalog;
    @Autowired
    Tenants tenants;
    @Autowired
    VenueManagement venues;
    @Autowired
    SeasonManagement seasons;
    @Autowired
    EventManagement events;
    @Autowired
    SessionPlanning sessions;
    @Autowired
    TariffManagement tariffs;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    Caller caller;
    UUID org;
    Event event;

    @BeforeEach
    void open() {
        caller = tenants.open("Catalog").admin();
        org = caller.organisationId();
        var season = seasons.open(caller, "2026");
        event = events.create(caller, "Tartuffe", season.id());
    }

    @Test
    void readsASessionWithItsQuotasSeasonAndSeats() {
        var venue = venues.create(caller, "Lilas");
        var plan = venues.createPlan(caller, new NewSeatingPlan(venue.id(), "Plan", null, "A-B", 3, "A"));
        var planned = sessions.plan(caller, new NewSession(event.id(), Instant.parse("2026-06-01T18:00:00Z"),
                List.of(new NewSession.NewQuota("Standing", 40, "B")), plan.id()));

        var session = catalog.session(org, planned.id()).orElseThrow();
        assertThat(session.eventName()).isEqualTo("Tartuffe");
        assertThat(session.seasonId()).isEqualTo(event.seasonId());
        assertThat(session.seasonClosed()).isFalse();
        assertThat(session.quotas()).singleElement().satisfies(quota -> {
            assertThat(quota.capacity()).isEqualTo(40);
            assertThat(quota.priceCategory()).isEqualTo("B");
        });
        assertThat(session.quota(session.quotas().getFirst().id())).isPresent();
        assertThat(session.seatPool()).isNotNull();

        var seatId = sessions.seats(org, session.id()).getFirst().id();
        var seat = catalog.seat(org, session.id(), seatId).orElseThrow();
        assertThat(seat.label()).isEqualTo("Plan RA-1");
        assertThat(seat.priceCategory()).isEqualTo("A");
        assertThat(catalog.seat(org, session.id(), UUID.randomUUID())).isEmpty();

        seasons.close(caller, event.seasonId());
        assertThat(catalog.session(org, session.id()).orElseThrow().seasonClosed()).isTrue();
    }

    @Test
    void anotherOrganisationSeesNothing() {
        var planned = sessions.plan(caller, new NewSession(event.id(), Instant.parse("2026-06-01T18:00:00Z"),
                List.of(new NewSession.NewQuota("Standing", 40, null)), null));
        var tariff = tariff("Plein", "full", null, "30.00");
        UUID other = tenants.open("Other").organisationId();
        assertThat(catalog.session(other, planned.id())).isEmpty();
        assertThat(catalog.tariff(other, tariff.id())).isEmpty();
        assertThat(catalog.tariffs(other, event.id())).isEmpty();
        assertThat(catalog.defaultTariff(other, event.id(), null)).isEmpty();
    }

    @Test
    void defaultTariffPrefersTheCategoryThenFallsBackToAnyCategory() {
        assertThat(catalog.defaultTariff(org, event.id(), "A")).isEmpty();
        var anyCategory = tariff("Plein", "full", null, "28.00");
        var categoryA = tariff("Plein A", "full", "A", "42.00");
        tariff("Réduit A", "reduced", "A", "20.00");

        assertThat(catalog.defaultTariff(org, event.id(), "A")).contains(categoryA);
        assertThat(catalog.defaultTariff(org, event.id(), "B")).contains(anyCategory);
        assertThat(catalog.defaultTariff(org, event.id(), null)).contains(anyCategory);
        assertThat(catalog.tariff(org, categoryA.id())).contains(categoryA);
        assertThat(catalog.tariffs(org, event.id())).hasSize(3);
        assertThat(categoryA.price()).isEqualTo(Money.of("42.00", "EUR"));
    }

    @Test
    void noFullTariffMeansNoDefault() {
        tariff("Réduit", "reduced", null, "20.00");
        assertThat(catalog.defaultTariff(org, event.id(), null)).isEmpty();
    }

    @Test
    void demoDataIsLoadedOnce() {
        var demo = tenants.open("Demo").admin();
        var request = new app.resa.organisation.DemoDataRequested(demo.organisationId(), demo.userId(), demo.pointOfSaleId());
        publisher.publishEvent(request);
        publisher.publishEvent(request);
        var misanthrope = events.findByName(demo.organisationId(), "Le Misanthrope").orElseThrow();
        var planned = sessions.find(demo.organisationId(), misanthrope.id(), null, null,
                app.resa.shared.web.PageRequest.first(10));
        assertThat(planned.totalItems()).isEqualTo(2);
        assertThat(catalog.tariffs(demo.organisationId(), misanthrope.id())).extracting(Tariff::audience)
                .contains("full", "reduced", "subscriber");
        assertThat(planned.items()).anySatisfy(session -> assertThat(
                sessions.availability(demo.organisationId(), session.id()).seats().capacity()).isEqualTo(178));
    }

    private Tariff tariff(String name, String audience, String category, String amount) {
        return tariffs.create(caller, new NewTariff(event.id(), name, audience, category,
                new NewTariff.Price(new BigDecimal(amount), "EUR")));
    }
}
