package app.resa.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * Issued invoices and credit notes. There is no update statement here, and the database refuses
 * one anyway (V11's trigger): an issued document is read, never changed.
 */
@Repository
class Invoices {

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines, written first: their foreign key to the header is checked at commit. */
    void insertLines(UUID organisationId, UUID invoiceId, List<InvoiceLine> lines) {
        for (InvoiceLine line : lines) {
            jdbc.sql("""
                    insert into billing.invoice_line (id, organisation_id, invoice_id, position, charge_id,
                           credited_line_id, description, quantity, unit_price, discount, net, tax, gross, tax_name, tax_rate)
                    values (:id, :org, :invoice, :position, :charge, :credited, :description, :quantity, :unitPrice,
                            :discount, :net, :tax, :gross, :taxName, :taxRate)
                    """)
                    .param("id", line.id()).param("org", organisationId).param("invoice", invoiceId)
                    .param("position", line.position()).param("charge", line.chargeId())
                    .param("credited", line.creditedLineId()).param("description", line.description())
                    .param("quantity", line.quantity()).param("unitPrice", line.unitPrice().amount())
                    .param("discount", line.discount().amount()).param("net", line.net().amount())
                    .param("tax", line.tax().amount()).param("gross", line.gross().amount())
                    .param("taxName", line.taxName()).param("taxRate", line.taxRate()).update();
        }
    }

    /**
     * The header, numbered by the same statement that takes the next number of its series and
     * year: the counter row is locked from here to the commit, so this comes last. The answer is
     * the sequence given.
     */
    long insertNumbered(UUID organisationId, Invoice draft, @Nullable UUID issuedOn) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("id", draft.id());
        params.put("org", organisationId);
        params.put("kind", draft.kind().name());
        params.put("year", draft.year());
        params.put("prefix", draft.kind().prefix());
        params.put("dossier", draft.dossierId());
        params.put("dossierNumber", draft.dossierNumber());
        params.put("folio", draft.folioId());
        params.put("credited", draft.creditedInvoiceId());
        params.put("currency", draft.currency().getCurrencyCode());
        params.put("net", draft.net().amount());
        params.put("tax", draft.tax().amount());
        params.put("gross", draft.gross().amount());
        params.put("seller", draft.seller().name());
        params.put("buyerContact", draft.buyer().contactId());
        params.put("buyerName", draft.buyer().name());
        params.put("buyerAddress", draft.buyer().address());
        params.put("buyerVat", draft.buyer().vatNumber());
        params.put("reason", draft.reason());
        params.put("at", Timestamp.from(draft.issuedAt()));
        params.put("by", draft.issuedBy());
        params.put("on", issuedOn);
        return jdbc.sql("""
                with counter as (
                  insert into billing.document_counter (organisation_id, series, year, last_number)
                  values (:org, :kind, :year, 1)
                  on conflict (organisation_id, series, year)
                  do update set last_number = billing.document_counter.last_number + 1
                  returning last_number)
                insert into billing.invoice (id, organisation_id, kind, year, sequence, number, dossier_id, dossier_number,
                       folio_id, credited_invoice_id, currency, net, tax, gross, seller_name, buyer_contact_id, buyer_name,
                       buyer_address, buyer_vat_number, reason, issued_at, issued_by, issued_on)
                select :id, :org, :kind, :year, last_number, cast(:prefix as text) || cast(:year as text) || '-' || lpad(last_number::text, 6, '0'),
                       :dossier, :dossierNumber, :folio, :credited, :currency, :net, :tax, :gross, :seller, :buyerContact,
                       :buyerName, :buyerAddress, :buyerVat, :reason, :at, :by, :on
                  from counter
                returning sequence
                """)
                .params(params).query(Long.class).single();
    }

    Optional<Invoice> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from billing.invoice where organisation_id = :org and id = :id")
                .param("org", organisationId).param("id", id).query(Invoices::header).optional()
                .map(header -> withLines(organisationId, List.of(header)).getFirst());
    }

    /** The invoice locked until commit, so two credit notes of it are issued one after the other. */
    Optional<Invoice> lock(UUID organisationId, UUID id) {
        return jdbc.sql("select id from billing.invoice where organisation_id = :org and id = :id for update")
                .param("org", organisationId).param("id", id).query(UUID.class).optional()
                .flatMap(found -> find(organisationId, found));
    }

    List<Invoice> ofDossier(UUID organisationId, UUID dossierId) {
        var headers = jdbc.sql("""
                select * from billing.invoice where organisation_id = :org and dossier_id = :dossier
                 order by issued_at, id
                """)
                .param("org", organisationId).param("dossier", dossierId).query(Invoices::header).list();
        return withLines(organisationId, headers);
    }

    /** A page of documents, newest first; lines are not read (a list does not print them). */
    PageResponse<Invoice> find(UUID organisationId, InvoiceFilter filter, PageRequest page) {
        var where = new StringBuilder(" where organisation_id = :org");
        var params = new HashMap<String, Object>();
        params.put("org", organisationId);
        if (filter.number() != null) {
            where.append(" and number like :number");
            params.put("number", "%" + filter.number().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.dossierId() != null) {
            where.append(" and dossier_id = :dossier");
            params.put("dossier", filter.dossierId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" and issued_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and issued_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("select count(*) from billing.invoice" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", (long) page.page() * page.size());
        var items = jdbc.sql("select * from billing.invoice" + where
                        + " order by issued_at desc, id limit :limit offset :offset")
                .params(params).query(Invoices::header).list();
        return PageResponse.of(items, page, total);
    }

    /** Of these charges, those on an invoice line not credited since. */
    List<UUID> invoiced(UUID organisationId, Collection<UUID> chargeIds) {
        if (chargeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select l.charge_id from billing.invoice_line l
                 where l.organisation_id = :org and l.charge_id in (:charges) and l.credited_line_id is null
                   and not exists (select 1 from billing.invoice_line c
                                    where c.organisation_id = l.organisation_id and c.credited_line_id = l.id)
                """)
                .param("org", organisationId).param("charges", chargeIds).query(UUID.class).list();
    }

    /** Of these invoice lines, those already taken back by a credit note. */
    List<UUID> credited(UUID organisationId, Collection<UUID> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select credited_line_id from billing.invoice_line
                 where organisation_id = :org and credited_line_id in (:lines)
                """)
                .param("org", organisationId).param("lines", lineIds).query(UUID.class).list();
    }

    /** The invoices (not credited yet) whose lines bill these dossier lines: what a cancellation takes back. */
    Map<UUID, List<UUID>> invoiceLinesOfDossierLines(UUID organisationId, Collection<UUID> dossierLineIds) {
        if (dossierLineIds.isEmpty()) {
            return Map.of();
        }
        record Found(UUID invoiceId, UUID lineId) {
        }
        return jdbc.sql("""
                select l.invoice_id, l.id from billing.invoice_line l
                  join billing.charge c on c.organisation_id = l.organisation_id and c.id = l.charge_id
                 where l.organisation_id = :org and c.line_id in (:lines) and l.credited_line_id is null
                   and not exists (select 1 from billing.invoice_line x
                                    where x.organisation_id = l.organisation_id and x.credited_line_id = l.id)
                """)
                .param("org", organisationId).param("lines", dossierLineIds)
                .query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.groupingBy(Found::invoiceId, Collectors.mapping(Found::lineId, Collectors.toList())));
    }

    private List<Invoice> withLines(UUID organisationId, List<Invoice> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(Invoice::id).toList();
        record Row(UUID invoiceId, InvoiceLine line) {
        }
        Map<UUID, List<InvoiceLine>> lines = jdbc.sql("""
                select l.*, i.currency from billing.invoice_line l
                  join billing.invoice i on i.organisation_id = l.organisation_id and i.id = l.invoice_id
                 where l.organisation_id = :org and l.invoice_id in (:ids) order by l.position
                """)
                .param("org", organisationId).param("ids", ids)
                .query((rs, n) -> new Row(rs.getObject("invoice_id", UUID.class), line(rs))).list().stream()
                .collect(Collectors.groupingBy(Row::invoiceId,
                        Collectors.mapping(Row::line, Collectors.toList())));
        return headers.stream().map(h -> new Invoice(h.id(), h.kind(), h.number(), h.year(), h.sequence(),
                h.dossierId(), h.dossierNumber(), h.folioId(), h.creditedInvoiceId(), h.currency(), h.net(), h.tax(),
                h.gross(), h.seller(), h.buyer(), h.reason(), h.issuedAt(), h.issuedBy(),
                lines.getOrDefault(h.id(), List.of()))).toList();
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new InvoiceLine(rs.getObject("id", UUID.class), rs.getInt("position"),
                rs.getObject("charge_id", UUID.class), rs.getObject("credited_line_id", UUID.class),
                rs.getString("description"), rs.getInt("quantity"),
                Folios.money(rs.getBigDecimal("unit_price"), currency), Folios.money(rs.getBigDecimal("discount"), currency),
                Folios.money(rs.getBigDecimal("net"), currency), Folios.money(rs.getBigDecimal("tax"), currency),
                Folios.money(rs.getBigDecimal("gross"), currency), rs.getString("tax_name"),
                Taxation.plain(rs.getBigDecimal("tax_rate")));
    }

    private static Invoice header(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Invoice(rs.getObject("id", UUID.class), InvoiceKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getInt("year"), rs.getLong("sequence"),
                rs.getObject("dossier_id", UUID.class), rs.getLong("dossier_number"),
                rs.getObject("folio_id", UUID.class), rs.getObject("credited_invoice_id", UUID.class), currency,
                Folios.money(rs.getBigDecimal("net"), currency), Folios.money(rs.getBigDecimal("tax"), currency),
                Folios.money(rs.getBigDecimal("gross"), currency),
                new Invoice.Party(null, rs.getString("seller_name"), null, null),
                new Invoice.Party(rs.getObject("buyer_contact_id", UUID.class), rs.getString("buyer_name"),
                        rs.getString("buyer_address"), rs.getString("buyer_vat_number")),
                rs.getString("reason"), rs.getTimestamp("issued_at").toInstant(),
                rs.getObject("issued_by", UUID.class), List.of());
    }
}
