package app.resa.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.booking.Dossier;
import app.resa.contacts.ContactManagement;
import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Issues invoices from a folio's charges and credit notes from an invoice's lines. Numbers come
 * from a counter row per organisation, series and year, taken in the issuing transaction and
 * last (decision 50): concurrent issues queue on it for the few milliseconds before their
 * commit, and a rollback gives the number back.
 */
@Service
public class InvoiceManagement {

    private final Folios folios;
    private final Invoices invoices;
    private final BilledDossiers dossiers;
    private final ContactManagement contacts;
    private final Organisations organisations;
    private final Clock clock;

    InvoiceManagement(Folios folios, Invoices invoices, BilledDossiers dossiers, ContactManagement contacts,
                      Organisations organisations, Clock clock) {
        this.folios = folios;
        this.invoices = invoices;
        this.dossiers = dossiers;
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * An invoice of the live charges of the folio named (or of the dossier's first folio with
     * any, main folios first) that no invoice bills yet; 409 {@code nothing-to-invoice} when there
     * are none.
     * The folio is locked first, so two issues for one folio cannot bill a charge twice.
     */
    @Transactional
    public Invoice issue(Caller caller, UUID dossierId, @Nullable UUID folioId) {
        var dossier = dossiers.get(caller, dossierId);
        var current = folios.ofDossier(caller.organisationId(), dossierId);
        var candidates = folioId != null
                ? List.of(current.folio(folioId).orElseThrow(() -> NotFoundException.of("Folio", folioId)))
                : current.folios();
        for (Folio candidate : candidates) {
            folios.lock(caller.organisationId(), candidate.id());
            var folio = folios.folio(caller.organisationId(), candidate.id()).orElseThrow();
            var live = folio.charges().stream().filter(Charge::live).toList();
            var billed = new HashSet<>(invoices.invoiced(caller.organisationId(), live.stream().map(Charge::id).toList()));
            var toBill = live.stream().filter(c -> !billed.contains(c.id())).toList();
            if (!toBill.isEmpty()) {
                var lines = new ArrayList<InvoiceLine>();
                for (Charge charge : toBill) {
                    lines.add(InvoiceLine.of(charge, lines.size() + 1));
                }
                return write(caller, InvoiceKind.INVOICE, dossier, folio, null, null, lines);
            }
        }
        throw AccountingRefusedException.nothingToInvoice(dossier.number());
    }

    /**
     * A credit note taking back the lines named of an invoice (none: all its lines not credited
     * yet). The charges it takes back are voided if still live: a credit note means the buyer
     * owes that much less.
     */
    @Transactional
    public Invoice credit(Caller caller, UUID invoiceId, Collection<UUID> lineIds, @Nullable String reason) {
        var invoice = invoices.lock(caller.organisationId(), invoiceId)
                .orElseThrow(() -> NotFoundException.of("Invoice", invoiceId));
        if (invoice.kind() != InvoiceKind.INVOICE) {
            throw AccountingRefusedException.notAnInvoice(invoice.number());
        }
        var onInvoice = invoice.lines().stream().map(InvoiceLine::id).toList();
        if (!onInvoice.containsAll(lineIds)) {
            throw AccountingRefusedException.lineNotOnInvoice(invoice.number());
        }
        var already = new HashSet<>(invoices.credited(caller.organisationId(), onInvoice));
        var chosen = invoice.lines().stream()
                .filter(line -> lineIds.isEmpty() || lineIds.contains(line.id()))
                .filter(line -> !already.contains(line.id())).toList();
        if (chosen.isEmpty()) {
            throw AccountingRefusedException.nothingToCredit(invoice.number());
        }
        var lines = new ArrayList<InvoiceLine>();
        for (InvoiceLine line : chosen) {
            lines.add(line.credited(lines.size() + 1));
        }
        Instant now = clock.instant();
        for (InvoiceLine line : chosen) {
            folios.charge(caller.organisationId(), line.chargeId()).filter(Charge::live).ifPresent(charge ->
                    folios.markVoided(caller.organisationId(),
                            charge.voidedBy(caller.userId(), now, "credit note of invoice " + invoice.number())));
        }
        var dossier = dossiers.get(caller, invoice.dossierId());
        var folio = folios.folio(caller.organisationId(), invoice.folioId()).orElseThrow();
        return write(caller, InvoiceKind.CREDIT_NOTE, dossier, folio, invoice, reason, lines);
    }

    public Invoice get(Caller caller, UUID invoiceId) {
        return invoices.find(caller.organisationId(), invoiceId)
                .orElseThrow(() -> NotFoundException.of("Invoice", invoiceId));
    }

    public PageResponse<Invoice> list(Caller caller, InvoiceFilter filter, PageRequest page) {
        return invoices.find(caller.organisationId(), filter, page);
    }

    /** The dossier's invoices and credit notes, oldest first; 404 for a dossier not of the organisation. */
    public List<Invoice> ofDossier(Caller caller, UUID dossierId) {
        dossiers.get(caller, dossierId);
        return invoices.ofDossier(caller.organisationId(), dossierId);
    }

    /** Writes the lines, then the numbered header: the counter is locked only from that last statement to the commit. */
    private Invoice write(Caller caller, InvoiceKind kind, Dossier dossier, Folio folio, @Nullable Invoice credited,
                          @Nullable String reason, List<InvoiceLine> lines) {
        Instant now = clock.instant();
        UUID org = caller.organisationId();
        int year = now.atZone(organisations.zoneOf(org)).getYear();
        var totals = Invoice.Totals.of(folio.currency(), lines);
        var seller = new Invoice.Party(null, organisations.find(org).orElseThrow().name(), null, null);
        var buyer = credited != null ? credited.buyer() : buyer(caller, dossier, folio);
        var draft = new Invoice(UUID.randomUUID(), kind, "", year, 0, dossier.id(), dossier.number(), folio.id(),
                credited == null ? null : credited.id(), folio.currency(), totals.net(), totals.tax(), totals.gross(),
                seller, buyer, reason == null || reason.isBlank() ? null : reason.strip(), now, caller.userId(), lines);
        invoices.insertLines(org, draft.id(), lines);
        invoices.insertNumbered(org, draft, caller.pointOfSaleId());
        return invoices.find(org, draft.id()).orElseThrow();
    }

    /** The folio's payer (a company) or the dossier's purchase contact, as the invoice prints them; none: blank. */
    private Invoice.Party buyer(Caller caller, Dossier dossier, Folio folio) {
        UUID contactId = folio.payerContactId() != null ? folio.payerContactId() : dossier.contactId();
        if (contactId == null) {
            return new Invoice.Party(null, null, null, null);
        }
        var contact = contacts.get(caller, contactId);
        var d = contact.details();
        var address = new ArrayList<String>();
        if (d.street() != null) {
            address.add(d.street());
        }
        String city = String.join(" ", java.util.stream.Stream.of(d.postalCode(), d.city())
                .filter(java.util.Objects::nonNull).toList());
        if (!city.isBlank()) {
            address.add(city);
        }
        if (d.country() != null) {
            address.add(d.country());
        }
        return new Invoice.Party(contactId, contact.displayName(), address.isEmpty() ? null : String.join("\n", address),
                d.vatNumber());
    }
}
