package app.resa.billing;

import java.time.Instant;
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

    /**
     * The dossier's balance in one currency as it stood at an instant: the charges posted by then
     * and not yet voided, less the money moved by then (a receipt's "balance after this payment").
     */
    public Money balanceAt(Currency currency, Instant at) {
        var balance = Money.zero(currency);
        for (Folio folio : folios) {
            if (!folio.currency().equals(currency)) {
                continue;
            }
            for (Charge charge : folio.charges()) {
                if (!charge.postedAt().isAfter(at) && (charge.voided() == null || charge.voided().at().isAfter(at))) {
                    balance = balance.plus(charge.gross());
                }
            }
            for (Payment payment : folio.payments()) {
                if (!payment.createdAt().isAfter(at)) {
                    balance = balance.minus(payment.amount());
                }
            }
        }
        return balance;
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
