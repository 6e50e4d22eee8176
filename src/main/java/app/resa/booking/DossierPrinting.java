package app.resa.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.shared.Caller;

/**
 * The dossier's print status ("statut d'impression"), which booking owns: whoever prints a
 * dossier's tickets (the documents module) records it here, in the printing transaction, so the
 * status and the history never claim a print that did not happen.
 */
@Service
public class DossierPrinting {

    private final Dossiers dossiers;
    private final DossierHistory history;
    private final Clock clock;

    DossierPrinting(Dossiers dossiers, DossierHistory history, Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Locks the dossier, checks again that every line is still confirmed (a cancellation may have
     * come between reading and printing) and marks it printed, or reprinted when any of these
     * lines was printed before. Refuses with 409 {@code not-printable} otherwise.
     *
     * @param lineIds        the lines printed, never empty
     * @param printedBefore  whether any of these lines was printed before; asked once the dossier is locked
     * @return the dossier as it stands after the print, locked until the caller's commit
     */
    @Transactional
    public Dossier recordPrinted(Caller caller, UUID dossierId, Collection<UUID> lineIds, BooleanSupplier printedBefore) {
        if (lineIds.isEmpty()) {
            throw DossierRefusedException.nothingChosen();
        }
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, null);
        // Asked under the lock: of two first prints at once, the second is a reprint.
        boolean reprint = printedBefore.getAsBoolean();
        var lines = dossier.printed(lineIds, reprint);
        dossier.touch(caller, now);
        dossiers.update(dossier);
        history.record(caller, dossier.id(), reprint ? "REPRINTED" : "PRINTED",
                lines.size() + " line(s), " + lines.stream().mapToInt(DossierLine::quantity).sum() + " ticket(s)", now);
        return dossier;
    }

    /** Where a line stands now, wherever a split moved it; empty when the organisation has no such line. */
    public java.util.Optional<LineStanding> standing(UUID organisationId, UUID lineId) {
        return dossiers.standing(organisationId, lineId);
    }

    /** A line's current dossier and state, as check-in needs them. */
    public record LineStanding(UUID dossierId, long dossierNumber, DossierStatus dossierStatus, LineStatus lineStatus) {

        public boolean cancelled() {
            return dossierStatus == DossierStatus.CANCELLED || !lineStatus.live();
        }

        public boolean printable() {
            return lineStatus == LineStatus.CONFIRMED;
        }
    }
}
