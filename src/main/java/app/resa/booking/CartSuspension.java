package app.resa.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.inventory.Claims;
import app.resa.shared.Caller;

/**
 * Carts set aside and taken back (the seed's "Dossiers suspendus"): a counter parks a customer's
 * cart to serve the next one. Suspending leaves the holds alone — they still run out at their
 * deadline, so a forgotten cart never keeps places; taking back renews those still valid.
 */
@Service
public class CartSuspension {

    private final Dossiers dossiers;
    private final Claims claims;
    private final DossierHistory history;
    private final CartTimer timer;
    private final Clock clock;

    CartSuspension(Dossiers dossiers, Claims claims, DossierHistory history, CartTimer timer, Clock clock) {
        this.dossiers = dossiers;
        this.claims = claims;
        this.history = history;
        this.timer = timer;
        this.clock = clock;
    }

    @Transactional
    public Dossier suspend(Caller caller, UUID dossierId, @Nullable Long expectedVersion) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var lines = dossier.suspend();
        dossier.touch(caller, now);
        dossiers.update(dossier);
        history.record(caller, dossier.id(), "SUSPENDED", describe(lines), now);
        return dossier;
    }

    @Transactional
    public Dossier takeBack(Caller caller, UUID dossierId, @Nullable Long expectedVersion) {
        Instant now = clock.instant();
        var dossier = dossiers.lockForChange(caller.organisationId(), dossierId, expectedVersion);
        var lines = dossier.takeBack();
        dossier.touch(caller, now);
        dossiers.update(dossier);
        history.record(caller, dossier.id(), "TAKEN_BACK", describe(lines), now);
        Instant deadline = timer.deadline(caller, dossier.cartStartedAt(), now);
        // Past the cart's lifetime every hold has run out already: there is nothing to renew.
        if (!lines.isEmpty() && deadline.isAfter(now)) {
            claims.renewHolds(caller.organisationId(), dossier.id(), deadline);
        }
        return dossier;
    }


    private static String describe(List<DossierLine> lines) {
        return lines.size() + " line(s) in the cart";
    }
}
