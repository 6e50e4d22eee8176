package app.resa.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.booking.Dossier;
import app.resa.booking.DossierLine;
import app.resa.booking.DossierOperations;
import app.resa.booking.DossierPrinting;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/**
 * Prints a dossier's tickets: all its confirmed lines, or the lines chosen. A line's tickets —
 * one per place — are issued on its first print; a reprint prints the same tickets (same numbers,
 * one more print each) with new secrets, so a paper printed earlier no longer gets in. Any chosen
 * line that is not confirmed refuses the whole print (409 {@code not-printable}) and nothing
 * changes. The print, the dossier's print status and its history commit together.
 */
@Service
public class TicketPrinting {

    private final DossierOperations dossiers;
    private final DossierPrinting printing;
    private final Tickets tickets;
    private final SessionDetails sessions;
    private final TicketPdf pdf;
    private final Clock clock;

    TicketPrinting(DossierOperations dossiers, DossierPrinting printing, Tickets tickets, SessionDetails sessions,
                   TicketPdf pdf, Clock clock) {
        this.dossiers = dossiers;
        this.printing = printing;
        this.tickets = tickets;
        this.sessions = sessions;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * @param lineIds the lines to print; none: every confirmed line of the dossier
     * @return the PDF, one page per ticket
     */
    @Transactional
    public PrintedTickets print(Caller caller, UUID dossierId, Collection<UUID> lineIds, Locale locale) {
        UUID org = caller.organisationId();
        var chosen = chosen(dossiers.get(caller, dossierId), lineIds);
        var chosenIds = chosen.stream().map(DossierLine::id).toList();
        // Booking locks the dossier and checks the lines again under the lock: a cancellation that
        // came in between refuses the print rather than printing a cancelled line.
        Dossier dossier = printing.recordPrinted(caller, dossierId, chosenIds,
                () -> !tickets.ofLines(org, chosenIds).isEmpty());
        // What is printed is read under that lock: an exchange just before it changed the seat.
        chosen = dossier.lines().stream().filter(line -> chosenIds.contains(line.id())).toList();
        Instant now = clock.instant();
        var existing = tickets.ofLines(org, chosenIds);
        var lookup = sessions.lookup(org);
        var printed = new ArrayList<TicketPdf.Printed>();
        var reprinted = new ArrayList<UUID>();
        int toIssue = chosen.stream().filter(line -> existing.stream().noneMatch(t -> t.lineId().equals(line.id())))
                .mapToInt(DossierLine::quantity).sum();
        long number = toIssue == 0 ? 0 : tickets.takeNumbers(org, toIssue);
        for (DossierLine line : chosen) {
            var session = lookup.session(line.sessionId());
            var ofLine = existing.stream().filter(t -> t.lineId().equals(line.id())).toList();
            if (ofLine.isEmpty()) {
                for (int place = 1; place <= line.quantity(); place++) {
                    var ticket = new Ticket(UUID.randomUUID(), number++, dossier.id(), dossier.number(), line.id(), place,
                            session.id(), session.eventId(), session.eventName(), session.startsAt(), line.seatLabel(),
                            lookup.quotaName(session, line.quotaId()), line.tariffName(), line.unitPrice(), now, 1, now,
                            null, null, null, null);
                    tickets.insert(caller, ticket);
                    ofLine = append(ofLine, ticket);
                }
            } else {
                ofLine.forEach(ticket -> reprinted.add(ticket.id()));
            }
            for (Ticket ticket : ofLine) {
                var secret = TicketSecret.generate();
                tickets.giveSecret(org, ticket.id(), secret, now);
                printed.add(new TicketPdf.Printed(ticket, secret, lookup.venue(session)));
            }
        }
        if (!reprinted.isEmpty()) {
            tickets.reprinted(org, reprinted, now);
        }
        return new PrintedTickets(dossier.number(), printed.size(), pdf.render(printed, sessions.zone(org), locale));
    }

    /** The lines asked for, each confirmed; or all confirmed lines when none are asked for. */
    private static List<DossierLine> chosen(Dossier dossier, Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            var confirmed = dossier.lines().stream().filter(DossierLine::printable).toList();
            if (confirmed.isEmpty()) {
                throw NotPrintableException.nothingConfirmed(dossier.number());
            }
            return confirmed;
        }
        var chosen = new ArrayList<DossierLine>();
        for (UUID lineId : new LinkedHashSet<>(lineIds)) {
            var line = dossier.lines().stream().filter(l -> l.id().equals(lineId)).findFirst()
                    .orElseThrow(() -> NotFoundException.of("Line", lineId));
            if (!line.printable()) {
                throw NotPrintableException.line(line.id(), line.status().name());
            }
            chosen.add(line);
        }
        return chosen;
    }

    private static List<Ticket> append(List<Ticket> tickets, Ticket ticket) {
        var more = new ArrayList<>(tickets);
        more.add(ticket);
        return more;
    }

    /** A print: the dossier's number (for the file name), how many tickets, and the PDF. */
    public record PrintedTickets(long dossierNumber, int count, byte[] pdf) {
    }
}
