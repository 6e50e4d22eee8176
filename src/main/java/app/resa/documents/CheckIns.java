package app.resa.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.booking.DossierPrinting;
import app.resa.documents.CheckInResult.Outcome;
import app.resa.organisation.Organisations;
import app.resa.organisation.PointOfSale;
import app.resa.shared.Caller;
import app.resa.ticketing.CheckInCounts;

/**
 * Scanning tickets at the door. The line's state is asked of booking at the moment of the scan,
 * so a ticket of a line cancelled after printing never gets in, whatever the ticket row says.
 * Of two scans of one ticket, even at the same instant at two doors, exactly one is valid.
 */
@Service
public class CheckIns implements CheckInCounts {

    private final Tickets tickets;
    private final DossierPrinting lines;
    private final Organisations organisations;
    private final Clock clock;

    CheckIns(Tickets tickets, DossierPrinting lines, Organisations organisations, Clock clock) {
        this.tickets = tickets;
        this.lines = lines;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public CheckInResult checkIn(Caller caller, String secret) {
        UUID org = caller.organisationId();
        var scanned = tickets.bySecret(org, TicketSecret.hash(secret)).orElse(null);
        if (scanned == null) {
            return CheckInResult.unknown();
        }
        var ticket = scanned.ticket();
        if (scanned.replaced() || ticket.voidedAt() != null) {
            return CheckInResult.of(Outcome.CANCELLED, ticket);
        }
        var standing = lines.standing(org, ticket.lineId()).orElse(null);
        if (standing == null || standing.cancelled()) {
            return CheckInResult.of(Outcome.CANCELLED, ticket);
        }
        if (!standing.printable()) {
            return CheckInResult.of(Outcome.NOT_PRINTABLE, ticket);
        }
        Instant now = clock.instant();
        boolean first = tickets.checkIn(caller, ticket.id(), now);
        var after = tickets.find(org, ticket.id()).orElse(ticket);
        return new CheckInResult(first ? Outcome.VALID : Outcome.ALREADY_USED, after, after.checkedInAt(),
                after.checkedInByName(), after.checkedInOn(), pointOfSale(org, after));
    }

    /** Attendance in ticketing counts the tickets checked in here. */
    @Override
    public Map<UUID, Long> checkedInBySession(UUID organisationId, Collection<UUID> sessionIds) {
        return tickets.checkedInBySession(organisationId, sessionIds);
    }

    private @Nullable String pointOfSale(UUID organisationId, Ticket ticket) {
        return ticket.checkedInOn() == null ? null : organisations.pointOfSale(organisationId, ticket.checkedInOn())
                .map(PointOfSale::name).orElse(null);
    }
}
