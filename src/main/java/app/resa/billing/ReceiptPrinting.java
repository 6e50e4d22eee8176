package app.resa.billing;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.resa.contacts.ContactManagement;
import app.resa.organisation.Organisations;
import app.resa.organisation.PointOfSale;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.NotFoundException;

/**
 * The receipt of one payment (or refund) as a PDF, drawn on demand from what was recorded. The
 * balance printed is the dossier's right after that payment, not today's, so a reprint tells the
 * same story as the first print.
 */
@Service
public class ReceiptPrinting {

    private final Payments payments;
    private final Folios folios;
    private final BilledDossiers dossiers;
    private final ContactManagement contacts;
    private final Organisations organisations;
    private final ReceiptPdf pdf;

    ReceiptPrinting(Payments payments, Folios folios, BilledDossiers dossiers, ContactManagement contacts,
                    Organisations organisations, ReceiptPdf pdf) {
        this.payments = payments;
        this.folios = folios;
        this.dossiers = dossiers;
        this.contacts = contacts;
        this.organisations = organisations;
        this.pdf = pdf;
    }

    /** What a receipt prints, everything already looked up. */
    record Receipt(String organisationName, Payment payment, long dossierNumber, @Nullable String payerName,
                   @Nullable String pointOfSaleName, Money balanceAfter) {
    }

    /** The receipt in the language asked; 404 for a payment not of the organisation. */
    public byte[] pdf(Caller caller, UUID paymentId, Locale locale) {
        UUID org = caller.organisationId();
        var payment = payments.find(org, paymentId).orElseThrow(() -> NotFoundException.of("Payment", paymentId));
        var dossier = dossiers.get(caller, payment.dossierId());
        var account = folios.ofDossier(org, dossier.id());
        var folio = account.folio(payment.folioId());
        UUID payer = folio.map(Folio::payerContactId).orElse(null);
        payer = payer != null ? payer : dossier.contactId();
        String pointOfSale = payment.pointOfSaleId() == null ? null
                : organisations.pointOfSale(org, payment.pointOfSaleId()).map(PointOfSale::name).orElse(null);
        var receipt = new Receipt(organisations.find(org).orElseThrow().name(), payment, dossier.number(),
                payer == null ? null : contacts.get(caller, payer).displayName(), pointOfSale,
                account.balanceAt(payment.amount().currency(), payment.createdAt()));
        return pdf.render(receipt, organisations.zoneOf(org), locale);
    }
}
