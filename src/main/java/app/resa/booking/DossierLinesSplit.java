package app.resa.booking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Caller;

/**
 * Lines left a dossier for a new one (a split). Published inside the splitting transaction so
 * whatever follows the lines (billing's charges) moves with them.
 */
public record DossierLinesSplit(UUID organisationId, UUID fromDossierId, UUID toDossierId, long toDossierNumber,
                                @Nullable UUID contactId, Caller by, List<UUID> lineIds) {

    public DossierLinesSplit {
        lineIds = List.copyOf(lineIds);
    }
}
