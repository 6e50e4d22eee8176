package app.resa.documents;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.resa.booking.DossierLinesCancelled;
import app.resa.booking.DossierLinesExchanged;
import app.resa.booking.DossierLinesSplit;

/**
 * Keeps printed tickets true to their lines. A cancelled line's tickets are voided; so are an
 * exchanged line's, whose paper names the old seat (printing again issues new ones); a split
 * moves them with their lines. This runs in booking's transaction (a plain listener, as for
 * decision 16): a line is never cancelled with its tickets still listed as valid. Check-in asks
 * booking for the line's state anyway, so even a ticket missed here would not get in.
 */
@Component
class TicketUpkeep {

    private final Tickets tickets;
    private final Clock clock;

    TicketUpkeep(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    // Only sold lines have tickets, and DossierLinesCancelled names exactly the sold lines cancelled.
    @EventListener
    void on(DossierLinesCancelled event) {
        tickets.voidLines(event.organisationId(), event.lineIds(), clock.instant());
    }

    @EventListener
    void on(DossierLinesExchanged event) {
        tickets.voidLines(event.organisationId(), event.lineIds(), clock.instant());
    }

    @EventListener
    void on(DossierLinesSplit event) {
        tickets.moveLines(event.organisationId(), event.lineIds(), event.toDossierId(), event.toDossierNumber());
    }
}
