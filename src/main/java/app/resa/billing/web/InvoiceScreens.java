package app.resa.billing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.resa.billing.InvoiceFilter;
import app.resa.billing.InvoiceKind;
import app.resa.billing.InvoiceManagement;
import app.resa.billing.InvoicePrinting;
import app.resa.organisation.Organisations;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.Screen;

/** The seed's "Factures": the list of invoices and credit notes, one document with its PDF, issuing and crediting. */
@Screen
@PreAuthorize("hasRole('VIEWER')")
class InvoiceScreens {

    private final InvoiceManagement invoices;
    private final InvoicePrinting printing;
    private final Organisations organisations;

    InvoiceScreens(InvoiceManagement invoices, InvoicePrinting printing, Organisations organisations) {
        this.invoices = invoices;
        this.printing = printing;
        this.organisations = organisations;
    }

    @GetMapping("/accounts/invoices")
    String list(Caller caller, @RequestParam(required = false) @Nullable String number,
                @RequestParam(required = false) @Nullable InvoiceKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                @RequestParam(required = false) @Nullable UUID dossier,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var zone = organisations.zoneOf(caller.organisationId());
        var filter = new InvoiceFilter(number == null || number.isBlank() ? null : number.strip(), dossier, kind,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("invoices", invoices.list(caller, filter,
                new PageRequest(Math.max(0, Math.min(page, 100_000)), PageRequest.DEFAULT_SIZE)));
        model.addAttribute("number", number);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", InvoiceKind.values());
        return "billing/invoices";
    }

    @GetMapping("/accounts/invoices/{id}")
    String detail(Caller caller, @PathVariable UUID id, Model model) {
        var invoice = invoices.get(caller, id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("credited", invoice.creditedInvoiceId() == null ? null
                : invoices.get(caller, invoice.creditedInvoiceId()));
        model.addAttribute("documents", invoices.ofDossier(caller, invoice.dossierId()));
        return "billing/invoice";
    }

    @GetMapping("/accounts/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable UUID id, Locale locale) {
        var invoice = invoices.get(caller, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(printing.pdf(caller, id, locale));
    }

    /** From the dossier's page: an invoice of what is not invoiced yet. */
    @PostMapping("/dossiers/{id}/invoices")
    @PreAuthorize("hasRole('AGENT')")
    String issue(Caller caller, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            var invoice = invoices.issue(caller, id, null);
            flash.addFlashAttribute("message", "invoices.issued");
            return "redirect:/accounts/invoices/" + invoice.id();
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/dossiers/" + id;
        }
    }

    @PostMapping("/accounts/invoices/{id}/credit-notes")
    @PreAuthorize("hasRole('AGENT')")
    String credit(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> lineIds,
                  @RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
        try {
            var note = invoices.credit(caller, id, lineIds == null ? List.of() : lineIds,
                    reason == null ? null : reason.substring(0, Math.min(reason.length(), 500)));
            flash.addFlashAttribute("message", "invoices.credited");
            return "redirect:/accounts/invoices/" + note.id();
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("error", "error." + e.code());
            return "redirect:/accounts/invoices/" + id;
        }
    }
}
