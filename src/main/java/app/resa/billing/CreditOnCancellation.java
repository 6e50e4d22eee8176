package app.resa.billing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.resa.booking.DossierLinesCancelled;

/**
 * A cancelled line that was already invoiced is credited at once: one credit note per invoice,
 * for the lines of it that bill the cancelled ones. Synchronous, in the cancelling transaction,
 * like {@link ChargePosting}: a cancellation never leaves an invoice standing for what is no
 * longer sold, and a failure to credit rolls the cancellation back.
 */
@Component
class CreditOnCancellation {

    private final Invoices invoices;
    private final InvoiceManagement management;

    CreditOnCancellation(Invoices invoices, InvoiceManagement management) {
        this.invoices = invoices;
        this.management = management;
    }

    @EventListener
    void on(DossierLinesCancelled event) {
        invoices.invoiceLinesOfDossierLines(event.organisationId(), event.lineIds()).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(invoice -> management.credit(event.by(), invoice.getKey(), invoice.getValue(),
                        "line cancelled"));
    }
}
