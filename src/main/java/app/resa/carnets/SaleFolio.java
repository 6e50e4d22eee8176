package app.resa.carnets;

import java.util.UUID;

import org.springframework.stereotype.Component;

import app.resa.billing.Folio;
import app.resa.billing.FolioKind;
import app.resa.billing.FolioManagement;
import app.resa.billing.PaymentManagement;
import app.resa.contacts.ContactManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/** Where a sale's money goes: billing's services on the dossier's folio, and the contact who pays. */
@Component
class SaleFolio {

    final FolioManagement folios;
    final PaymentManagement payments;
    final ContactManagement contacts;

    SaleFolio(FolioManagement folios, PaymentManagement payments, ContactManagement contacts) {
        this.folios = folios;
        this.payments = payments;
        this.contacts = contacts;
    }

    /** What the dossier's main folios still owe. */
    Money due(Caller caller, UUID dossierId) {
        return folios.of(caller, dossierId).folios().stream().filter(f -> f.kind() == FolioKind.MAIN)
                .map(Folio::due).reduce(Money::plus)
                .orElse(Money.zero(folios.currencyOf(caller, dossierId)));
    }
}
