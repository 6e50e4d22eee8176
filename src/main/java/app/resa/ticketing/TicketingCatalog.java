package app.resa.ticketing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.resa.inventory.Pools;
import app.resa.inventory.UnitId;

/** {@link SessionCatalog} for booking, over the ticketing module's own services. */
@Service
class TicketingCatalog implements SessionCatalog {

    private final Sessions sessions;
    private final TariffManagement tariffs;
    private final EventManagement events;
    private final Pools pools;

    TicketingCatalog(Sessions sessions, TariffManagement tariffs, EventManagement events, Pools pools) {
        this.sessions = sessions;
        this.tariffs = tariffs;
        this.events = events;
        this.pools = pools;
    }

    @Override
    public Optional<Session> session(UUID organisationId, UUID sessionId) {
        return sessions.find(organisationId, sessionId);
    }

    @Override
    public Optional<Seat> seat(UUID organisationId, UUID sessionId, UUID seatId) {
        return sessions.find(organisationId, sessionId)
                .flatMap(session -> seats(organisationId, session, List.of(seatId)).stream().findFirst());
    }

    @Override
    public List<Seat> seats(UUID organisationId, Session session, Collection<UUID> seatIds) {
        if (session.seatPool() == null) {
            return List.of();
        }
        return pools.units(organisationId, session.seatPool(), seatIds.stream().map(UnitId::new).toList()).stream()
                .map(unit -> new Seat(unit.id().value(), unit.label(), unit.category()))
                .toList();
    }

    @Override
    public Optional<Tariff> tariff(UUID organisationId, UUID tariffId) {
        return tariffs.find(organisationId, tariffId);
    }

    @Override
    public Optional<Tariff> defaultTariff(UUID organisationId, UUID eventId, @Nullable String priceCategory) {
        return tariffs.defaultTariff(organisationId, eventId, priceCategory);
    }

    @Override
    public List<Tariff> tariffs(UUID organisationId, UUID eventId) {
        return events.find(organisationId, eventId).isEmpty() ? List.of() : tariffs.ofEvent(organisationId, eventId);
    }

    @Override
    public Set<UUID> eventsOfClosedSeasons(UUID organisationId) {
        return events.ofClosedSeasons(organisationId);
    }

    @Override
    public List<Event> events(UUID organisationId) {
        return events.all(organisationId);
    }
}
