package app.resa.booking;

import java.util.List;
import java.util.UUID;

/**
 * Lines of a dossier were cancelled, exchanged for other places, or split off to another
 * dossier: whatever was printed for them no longer says the truth. Published inside the
 * operation's transaction, before its inventory moves.
 *
 * @param dossierId       where the lines are now (the new dossier after a split)
 * @param dossierNumber   that dossier's number
 */
public record DossierLinesChanged(UUID organisationId, UUID dossierId, long dossierNumber, Change change,
                                  List<UUID> lineIds) {

    public enum Change {
        CANCELLED, EXCHANGED, SPLIT
    }
}
