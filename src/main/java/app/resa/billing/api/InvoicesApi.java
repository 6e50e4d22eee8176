package app.resa.billing.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.InvoiceFilter;
import app.resa.billing.InvoiceKind;
import app.resa.billing.InvoiceManagement;
import app.resa.billing.InvoicePrinting;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Invoices and credit notes: issue one from a dossier's folio, credit an invoice (whole or some
 * lines), list, read, print. Nothing changes an issued document.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class InvoicesApi {

    private final InvoiceManagement invoices;
    private final InvoicePrinting printing;

    InvoicesApi(InvoiceManagement invoices, InvoicePrinting printing) {
        this.invoices = invoices;
        this.printing = printing;
    }

    /** An invoice of the folio's charges not invoiced yet (the dossier's main folio when none is named). */
    @PostMapping("/api/v1/dossiers/{id}/invoices")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<InvoiceResponse> issue(Caller caller, @PathVariable UUID id,
                                          @Valid @RequestBody(required = false) @Nullable IssueRequest request) {
        var invoice = invoices.issue(caller, id, request == null ? null : request.folioId());
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.id())).body(InvoiceResponse.of(invoice));
    }

    /** A credit note of the lines named (none: every line not credited yet). */
    @PostMapping("/api/v1/invoices/{id}/credit-notes")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<InvoiceResponse> credit(Caller caller, @PathVariable UUID id,
                                           @Valid @RequestBody(required = false) @Nullable CreditRequest request) {
        var note = invoices.credit(caller, id,
                request == null || request.lineIds() == null ? List.of() : request.lineIds(),
                request == null ? null : request.reason());
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + note.id())).body(InvoiceResponse.of(note));
    }

    @GetMapping("/api/v1/invoices")
    PageResponse<InvoiceResponse> list(Caller caller,
                                       @RequestParam(required = false) @Size(max = 40) @Nullable String number,
                                       @RequestParam(required = false) @Nullable UUID dossierId,
                                       @RequestParam(required = false) @Nullable InvoiceKind kind,
                                       @RequestParam(required = false) @Nullable Instant from,
                                       @RequestParam(required = false) @Nullable Instant to,
                                       @ParameterObject @Valid PageRequest page) {
        return invoices.list(caller, new InvoiceFilter(number, dossierId, kind, from, to), page)
                .map(InvoiceResponse::item);
    }

    @GetMapping("/api/v1/invoices/{id}")
    InvoiceResponse get(Caller caller, @PathVariable UUID id) {
        return InvoiceResponse.of(invoices.get(caller, id));
    }

    /** The PDF, in the caller's language ({@code Accept-Language}), opened in the browser. */
    @GetMapping("/api/v1/invoices/{id}.pdf")
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable UUID id, Locale locale) {
        var invoice = invoices.get(caller, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(printing.pdf(caller, id, locale));
    }

    record IssueRequest(@Nullable UUID folioId) {
    }

    record CreditRequest(@Nullable @Size(max = 500) List<UUID> lineIds, @Nullable @Size(max = 500) String reason) {
    }
}
