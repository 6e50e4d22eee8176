package app.resa.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * An invoice or a credit note as issued: numbered, with a copy of who sold, who buys, the lines
 * and the totals. Never changed: a correction is a credit note.
 *
 * @param creditedInvoiceId the invoice a credit note takes lines back from
 * @param reason            why a credit note was issued (a cancellation, a refund, a correction)
 */
public record Invoice(UUID id, InvoiceKind kind, String number, int year, long sequence, UUID dossierId,
                      long dossierNumber, UUID folioId, @Nullable UUID creditedInvoiceId, Currency currency, Money net,
                      Money tax, Money gross, Party seller, Party buyer, @Nullable String reason, Instant issuedAt,
                      @Nullable UUID issuedBy, List<InvoiceLine> lines) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** Who sells or buys, as printed on the document. */
    public record Party(@Nullable UUID contactId, @Nullable String name, @Nullable String address,
                        @Nullable String vatNumber) {
    }

    /** The net, tax and gross of all lines at one rate, as a tax summary prints them. */
    public record TaxTotal(@Nullable String name, BigDecimal rate, Money net, Money tax, Money gross) {
    }

    /** The totals per tax rate, highest rate first. */
    public List<TaxTotal> taxes() {
        var byRate = new LinkedHashMap<String, TaxTotal>();
        for (InvoiceLine line : lines) {
            String key = line.taxName() + "|" + line.taxRate().stripTrailingZeros().toPlainString();
            byRate.merge(key, new TaxTotal(line.taxName(), line.taxRate(), line.net(), line.tax(), line.gross()),
                    (a, b) -> new TaxTotal(a.name(), a.rate(), a.net().plus(b.net()), a.tax().plus(b.tax()),
                            a.gross().plus(b.gross())));
        }
        return byRate.values().stream().sorted(Comparator.comparing(TaxTotal::rate).reversed()).toList();
    }

    /** A document's totals: its lines summed. */
    record Totals(Money net, Money tax, Money gross) {

        static Totals of(Currency currency, List<InvoiceLine> lines) {
            var totals = new Totals(Money.zero(currency), Money.zero(currency), Money.zero(currency));
            for (InvoiceLine line : lines) {
                totals = new Totals(totals.net.plus(line.net()), totals.tax.plus(line.tax()),
                        totals.gross.plus(line.gross()));
            }
            return totals;
        }
    }
}
