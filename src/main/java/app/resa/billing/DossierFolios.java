package app.resa.billing;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.resa.shared.Money;

/** The folios of a dossier and what it owes, per currency (a dossier is rarely sold in more than one). */
public record DossierFolios(UUID dossierId, List<Folio> folios) {

    public DossierFolios {
        folios = List.copyOf(folios);
    }

    /** The dossier's balance per currency: its folios' balances summed. */
    public List<Money> balances() {
        var sums = new LinkedHashMap<Currency, Money>();
        folios.forEach(folio -> sums.merge(folio.currency(), folio.balance(), Money::plus));
        return List.copyOf(sums.values());
    }

    public Optional<Folio> main(Currency currency) {
        return folios.stream().filter(f -> f.kind() == FolioKind.MAIN && f.currency().equals(currency)).findFirst();
    }

    public Optional<Folio> folio(UUID folioId) {
        return folios.stream().filter(f -> f.id().equals(folioId)).findFirst();
    }

    public List<Payment> payments() {
        return folios.stream().flatMap(f -> f.payments().stream()).toList();
    }
}
