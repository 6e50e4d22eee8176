package app.resa.ticketing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How other modules (booking) read sessions, seats and tariffs. All reads are per organisation. */
public interface SessionCatalog {

    Optional<Session> session(UUID organisationId, UUID sessionId);

    /** A seat of a seated session: its unit id, label ("Orchestre R12 S5") and price category. */
    Optional<Seat> seat(UUID organisationId, UUID sessionId, UUID seatId);

    /** The chosen seats of a session's plan in one read; ids not in the plan are left out. */
    List<Seat> seats(UUID organisationId, Session session, Collection<UUID> seatIds);

    Optional<Tariff> tariff(UUID organisationId, UUID tariffId);

    /**
     * The tariff used when a line names none: the event's tariff of audience {@code full} for the
     * price category, else for any category; empty when the event has no such tariff.
     */
    Optional<Tariff> defaultTariff(UUID organisationId, UUID eventId, @Nullable String priceCategory);

    List<Tariff> tariffs(UUID organisationId, UUID eventId);

    /** The events of the organisation's closed seasons: dossier lists hide their dossiers by default. */
    Set<UUID> eventsOfClosedSeasons(UUID organisationId);

    /** The organisation's events by name, for product choices. */
    List<Event> events(UUID organisationId);

    /** A seat of a session's plan. */
    record Seat(UUID id, String label, @Nullable String priceCategory) {
    }
}
