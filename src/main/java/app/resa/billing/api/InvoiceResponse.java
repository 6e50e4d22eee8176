package app.resa.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.billing.Invoice;
import app.resa.billing.InvoiceKind;
import app.resa.billing.InvoiceLine;
import app.resa.shared.Money;

/** An issued invoice or credit note; lines are left out of list items. */
record InvoiceResponse(UUID id, InvoiceKind kind, String number, UUID dossierId, long dossierNumber, UUID folioId,
                       @Nullable UUID creditedInvoiceId, Money net, Money tax, Money gross, Invoice.Party seller,
                       Invoice.Party buyer, @Nullable String reason, Instant issuedAt, @Nullable UUID issuedBy,
                       @Nullable List<InvoiceLine> lines, @Nullable List<Invoice.TaxTotal> taxes, String pdf) {

    static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(invoice.id(), invoice.kind(), invoice.number(), invoice.dossierId(),
                invoice.dossierNumber(), invoice.folioId(), invoice.creditedInvoiceId(), invoice.net(), invoice.tax(),
                invoice.gross(), invoice.seller(), invoice.buyer(), invoice.reason(), invoice.issuedAt(),
                invoice.issuedBy(), invoice.lines(), invoice.taxes(), pdf(invoice));
    }

    static InvoiceResponse item(Invoice invoice) {
        return new InvoiceResponse(invoice.id(), invoice.kind(), invoice.number(), invoice.dossierId(),
                invoice.dossierNumber(), invoice.folioId(), invoice.creditedInvoiceId(), invoice.net(), invoice.tax(),
                invoice.gross(), invoice.seller(), invoice.buyer(), invoice.reason(), invoice.issuedAt(),
                invoice.issuedBy(), null, null, pdf(invoice));
    }

    private static String pdf(Invoice invoice) {
        return "/api/v1/invoices/" + invoice.id() + ".pdf";
    }
}
