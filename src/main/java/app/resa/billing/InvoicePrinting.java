package app.resa.billing;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;

/** The PDF of an issued invoice or credit note, drawn on demand from what was issued (it never changes). */
@Service
public class InvoicePrinting {

    private final Invoices invoices;
    private final InvoicePdf pdf;

    InvoicePrinting(Invoices invoices, InvoicePdf pdf) {
        this.invoices = invoices;
        this.pdf = pdf;
    }

    /** The document as a PDF in the language asked; 404 for a document not of the organisation. */
    public byte[] pdf(Caller caller, UUID invoiceId, Locale locale) {
        var invoice = invoices.find(caller.organisationId(), invoiceId)
                .orElseThrow(() -> NotFoundException.of("Invoice", invoiceId));
        String credited = invoice.creditedInvoiceId() == null ? null
                : invoices.find(caller.organisationId(), invoice.creditedInvoiceId()).map(Invoice::number).orElse(null);
        return pdf.render(invoice, credited, caller.organisationId(), locale);
    }
}
