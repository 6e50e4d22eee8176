package app.resa.ticketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.resa.organisation.DemoDataRequested;
import app.resa.shared.Caller;

/** A small theatre for the demo: one venue and plan, one play, a seated and a standing session, three tariffs. */
@Component
class TicketingDemo {

    /** When this event exists, the demo data was loaded already. */
    static final String DEMO_EVENT = "Le Misanthrope";

    private final VenueManagement venues;
    private final EventManagement events;
    private final SessionPlanning sessions;
    private final TariffManagement tariffs;
    private final Clock clock;

    TicketingDemo(VenueManagement venues, EventManagement events, SessionPlanning sessions, TariffManagement tariffs,
                  Clock clock) {
        this.venues = venues;
        this.events = events;
        this.sessions = sessions;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    @EventListener
    void on(DemoDataRequested request) {
        if (events.findByName(request.organisationId(), DEMO_EVENT).isPresent()) {
            return;
        }
        var caller = new Caller(request.organisationId(), request.adminId(), "demo", request.pointOfSaleId(),
                Set.of("ADMIN"));
        var venue = venues.create(caller, "Théâtre des Lilas");
        var sections = new ArrayList<NewSeatingPlan.NewSection>();
        String[][] layout = {{"Orchestre", "A"}, {"Corbeille", "B"}, {"Balcon", "C"}};
        for (String[] section : layout) {
            var rows = new ArrayList<NewSeatingPlan.NewRow>();
            for (int row = 1; row <= 5; row++) {
                var seats = new ArrayList<NewSeatingPlan.NewSeat>();
                for (int seat = 1; seat <= 12; seat++) {
                    // The venue keeps the two aisle seats of the orchestra's first row.
                    boolean blocked = section[0].equals("Orchestre") && row == 1 && (seat == 1 || seat == 12);
                    seats.add(new NewSeatingPlan.NewSeat(seat, section[1], blocked));
                }
                rows.add(new NewSeatingPlan.NewRow(String.valueOf(row), seats));
            }
            sections.add(new NewSeatingPlan.NewSection(section[0], rows));
        }
        var plan = venues.createPlan(caller, new NewSeatingPlan(venue.id(), "Plan à l'italienne", sections,
                null, null, null));
        var event = events.create(caller, DEMO_EVENT, null);
        var evening = clock.instant().atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusDays(14)
                .atTime(LocalTime.of(20, 30)).atZone(ZoneId.of("Europe/Paris")).toInstant();
        sessions.plan(caller, new NewSession(event.id(), evening, List.of(), plan.id()));
        sessions.plan(caller, new NewSession(event.id(), evening.plus(1, ChronoUnit.DAYS),
                List.of(new NewSession.NewQuota("Placement libre", 200, null)), null));
        tariff(caller, event, "Plein tarif A", "full", "A", "42.00");
        tariff(caller, event, "Plein tarif B", "full", "B", "32.00");
        tariff(caller, event, "Plein tarif C", "full", "C", "22.00");
        tariff(caller, event, "Plein tarif", "full", null, "28.00");
        tariff(caller, event, "Tarif réduit", "reduced", null, "18.00");
        tariff(caller, event, "Abonné", "subscriber", null, "15.00");
    }

    private void tariff(Caller caller, Event event, String name, String audience,
                        @org.jspecify.annotations.Nullable String category, String amount) {
        tariffs.create(caller, new NewTariff(event.id(), name, audience, category,
                new NewTariff.Price(new BigDecimal(amount), "EUR")));
    }
}
