package app.resa.billing;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.resa.booking.Dossier;
import app.resa.booking.DossierOperations;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * What billing needs to know of a dossier, asked of booking: that it exists in the caller's
 * organisation (404 otherwise), its status and purchase contact, and its currency — that of its
 * lines (a session's tariffs share one), or the organisation's while it has none.
 */
@Component
class BilledDossiers {

    private final DossierOperations dossiers;
    private final Organisations organisations;

    BilledDossiers(DossierOperations dossiers, Organisations organisations) {
        this.dossiers = dossiers;
        this.organisations = organisations;
    }

    Dossier get(Caller caller, UUID dossierId) {
        return dossiers.get(caller, dossierId);
    }

    /** The currencies the dossier is sold and paid in; the first is its own. */
    List<Currency> currencies(Caller caller, Dossier dossier, DossierFolios folios) {
        var currencies = new ArrayList<Currency>();
        dossier.totals().stream().map(Money::currency).forEach(currencies::add);
        folios.folios().stream().map(Folio::currency).filter(c -> !currencies.contains(c)).forEach(currencies::add);
        if (currencies.isEmpty()) {
            currencies.add(Currency.getInstance(organisations.find(caller.organisationId()).orElseThrow().currency()));
        }
        return currencies;
    }
}
