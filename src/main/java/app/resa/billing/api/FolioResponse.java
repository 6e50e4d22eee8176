package app.resa.billing.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.billing.Charge;
import app.resa.billing.DossierFolios;
import app.resa.billing.Folio;
import app.resa.billing.FolioKind;
import app.resa.billing.Payment;
import app.resa.shared.Money;

/**
 * A dossier's account: every charge and payment, its balance, and the same per folio. {@code balance}
 * is in the dossier's own currency; {@code balances} lists every currency when there are several.
 */
record FolioResponse(UUID dossierId, @Nullable Money balance, List<Money> balances, List<Charge> charges,
                     List<Payment> payments, List<FolioView> folios) {

    static FolioResponse of(DossierFolios folios) {
        var balances = folios.balances();
        return new FolioResponse(folios.dossierId(), balances.isEmpty() ? null : balances.getFirst(), balances,
                folios.folios().stream().flatMap(f -> f.charges().stream()).toList(), folios.payments(),
                folios.folios().stream().map(FolioView::of).toList());
    }

    /** One folio with its own totals. */
    record FolioView(UUID id, FolioKind kind, @Nullable String name, String currency, @Nullable UUID payerContactId,
                     Money charged, Money tax, Money paid, Money balance, List<UUID> chargeIds, List<UUID> paymentIds) {

        static FolioView of(Folio folio) {
            return new FolioView(folio.id(), folio.kind(), folio.name(), folio.currency().getCurrencyCode(),
                    folio.payerContactId(), folio.charged(), folio.tax(), folio.paid(), folio.balance(),
                    folio.charges().stream().map(Charge::id).toList(),
                    folio.payments().stream().map(Payment::id).toList());
        }
    }
}
