package app.resa.documents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * One place of a confirmed dossier line, as printed: what the paper says (event, session, seat
 * or quota, tariff, price, dossier) is kept as printed, so the list shows what the holder has in
 * hand. Its secret is never kept in clear (see {@link TicketSecret}).
 *
 * @param place         1 to the line's quantity: a general-admission line of three places has three tickets
 * @param checkedInOn   the point of sale (entrance) of the first scan
 */
public record Ticket(UUID id, long number, UUID dossierId, long dossierNumber, UUID lineId, int place,
                     UUID sessionId, UUID eventId, String eventName, Instant startsAt, @Nullable String seatLabel,
                     @Nullable String quotaName, @Nullable String tariffName, Money price, Instant issuedAt,
                     int printCount, Instant lastPrintedAt, @Nullable Instant voidedAt, @Nullable Instant checkedInAt,
                     @Nullable String checkedInByName, @Nullable UUID checkedInOn) {

    public TicketStatus status() {
        if (voidedAt != null) {
            return TicketStatus.CANCELLED;
        }
        return checkedInAt != null ? TicketStatus.USED : TicketStatus.VALID;
    }
}
