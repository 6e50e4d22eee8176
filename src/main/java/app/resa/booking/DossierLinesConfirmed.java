package app.resa.booking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * Lines of a dossier became CONFIRMED (sold). Published inside the confirming transaction, so a
 * listener that must never lag behind the dossier (billing posts the charges) commits with it.
 *
 * @param by        who confirmed, where
 * @param contactId the dossier's purchase contact
 */
public record DossierLinesConfirmed(UUID organisationId, UUID dossierId, @Nullable UUID contactId, Caller by,
                                    List<Line> lines) {

    public DossierLinesConfirmed {
        lines = List.copyOf(lines);
    }

    /** One confirmed line, as sold: its product, quantity and price. */
    public record Line(UUID lineId, UUID eventId, UUID sessionId, String product, int quantity, Money unitPrice,
                       Money total) {

        static Line of(DossierLine line) {
            return new Line(line.id(), line.eventId(), line.sessionId(),
                    line.product() + (line.seatLabel() == null ? "" : " " + line.seatLabel()), line.quantity(),
                    line.unitPrice(), line.total());
        }
    }
}
