package app.resa.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.booking.Dossier;
import app.resa.booking.DossierLine;
import app.resa.booking.DossierStatus;
import app.resa.booking.LineStatus;
import app.resa.booking.PrintStatus;
import app.resa.shared.Money;

record DossierResponse(UUID id, long number, DossierStatus status, PrintStatus printStatus, @Nullable UUID contactId,
                       @Nullable Instant optionUntil, long version, List<Money> totals, List<Line> lines,
                       Instant createdAt, @Nullable UUID createdBy, @Nullable UUID createdOn, Instant modifiedAt,
                       @Nullable UUID modifiedBy, @Nullable UUID modifiedOn) {

    static DossierResponse of(Dossier dossier) {
        var audit = dossier.audit();
        return new DossierResponse(dossier.id(), dossier.number(), dossier.status(), dossier.printStatus(),
                dossier.contactId(), dossier.optionUntil(), dossier.version(), dossier.totals(),
                dossier.lines().stream().map(Line::of).toList(), audit.createdAt(), audit.createdBy(),
                audit.createdOn(), audit.modifiedAt(), audit.modifiedBy(), audit.modifiedOn());
    }

    record Line(UUID id, LineStatus status, UUID sessionId, String product, @Nullable UUID quotaId,
                @Nullable UUID seatId, @Nullable String seatLabel, int quantity, @Nullable UUID tariffId,
                @Nullable String tariffName, Money unitPrice, Money total, boolean printable) {
        static Line of(DossierLine line) {
            return new Line(line.id(), line.status(), line.sessionId(), line.product(), line.quotaId(), line.seatId(),
                    line.seatLabel(), line.quantity(), line.tariffId(), line.tariffName(), line.unitPrice(),
                    line.total(), line.printable());
        }
    }
}
