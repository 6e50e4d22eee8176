package app.resa.booking;

import java.util.List;
import java.util.UUID;

import app.resa.shared.Caller;

/**
 * Lines of a dossier that had been CONFIRMED were cancelled. Published inside the cancelling
 * transaction (see {@link DossierLinesConfirmed}). Lines cancelled before confirmation are not
 * named: nothing was sold.
 */
public record DossierLinesCancelled(UUID organisationId, UUID dossierId, Caller by, List<UUID> lineIds) {

    public DossierLinesCancelled {
        lineIds = List.copyOf(lineIds);
    }
}
