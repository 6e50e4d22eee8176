package app.resa.documents.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.documents.Ticket;
import app.resa.documents.TicketStatus;
import app.resa.shared.Money;

/** A ticket as the API shows it; never its secret, which only the printed paper carries. */
record TicketResponse(UUID id, long number, TicketStatus status, UUID dossierId, long dossierNumber, UUID lineId,
                      int place, UUID sessionId, UUID eventId, String eventName, Instant startsAt,
                      @Nullable String seatLabel, @Nullable String quotaName, @Nullable String tariffName, Money price,
                      int printCount, Instant issuedAt, Instant lastPrintedAt, @Nullable Instant voidedAt,
                      @Nullable Instant checkedInAt, @Nullable String checkedInBy, @Nullable UUID checkedInOn) {

    static TicketResponse of(Ticket t) {
        return new TicketResponse(t.id(), t.number(), t.status(), t.dossierId(), t.dossierNumber(), t.lineId(),
                t.place(), t.sessionId(), t.eventId(), t.eventName(), t.startsAt(), t.seatLabel(), t.quotaName(),
                t.tariffName(), t.price(), t.printCount(), t.issuedAt(), t.lastPrintedAt(), t.voidedAt(),
                t.checkedInAt(), t.checkedInByName(), t.checkedInOn());
    }
}
