package app.resa.billing.online;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.springframework.stereotype.Component;

import app.resa.billing.DossierFolios;
import app.resa.billing.Folio;
import app.resa.billing.FolioManagement;
import app.resa.booking.Dossier;
import app.resa.booking.DossierStatus;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * What a payment link asks for when no amount is named. A confirmed dossier owes what its main
 * folio still has due. Before confirmation no charge is posted yet, so it owes its total less
 * what was already paid on it (deposits): the link then takes a deposit of the rest.
 */
@Component
class AmountDue {

    private final FolioManagement folios;
    private final Organisations organisations;

    AmountDue(FolioManagement folios, Organisations organisations) {
        this.folios = folios;
        this.organisations = organisations;
    }

    Money of(Caller caller, Dossier dossier) {
        var current = folios.of(caller, dossier.id());
        Currency currency = currencies(caller, dossier, current).getFirst();
        var main = current.main(currency);
        if (dossier.status() == DossierStatus.CONFIRMED) {
            return main.map(Folio::due).orElse(Money.zero(currency));
        }
        Money total = dossier.totals().stream().filter(t -> t.currency().equals(currency)).findFirst()
                .orElse(Money.zero(currency));
        Money rest = total.minus(main.map(Folio::paid).orElse(Money.zero(currency)));
        return rest.isNegative() ? Money.zero(currency) : rest;
    }

    /** The currencies the dossier is paid in, its own first; the organisation's while it has no line. */
    List<Currency> currencies(Caller caller, Dossier dossier, DossierFolios current) {
        var currencies = new ArrayList<Currency>();
        dossier.totals().stream().map(Money::currency).distinct().forEach(currencies::add);
        current.folios().stream().map(Folio::currency).filter(c -> !currencies.contains(c)).forEach(currencies::add);
        if (currencies.isEmpty()) {
            currencies.add(Currency.getInstance(organisations.find(caller.organisationId()).orElseThrow().currency()));
        }
        return currencies;
    }

    List<Currency> currencies(Caller caller, Dossier dossier) {
        return currencies(caller, dossier, folios.of(caller, dossier.id()));
    }
}
