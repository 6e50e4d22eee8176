package app.resa.booking;

import java.util.List;
import java.util.UUID;

/**
 * Lines of a dossier now claim other places (another seat or session): whatever was printed for
 * them no longer says the truth. Published inside the exchanging transaction, before its inventory
 * moves. Cancelled and split lines are told by {@link DossierLinesCancelled} and
 * {@link DossierLinesSplit}.
 */
public record DossierLinesExchanged(UUID organisationId, UUID dossierId, List<UUID> lineIds) {

    public DossierLinesExchanged {
        lineIds = List.copyOf(lineIds);
    }
}
