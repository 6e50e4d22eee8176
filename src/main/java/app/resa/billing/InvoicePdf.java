package app.resa.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.resa.organisation.Organisations;
import app.resa.shared.Money;

/**
 * Draws an invoice or a credit note on A4 pages ({@link PdfSheet}): seller, buyer, numbers and
 * date, the lines, the tax summary per rate and the totals.
 */
@Component
class InvoicePdf {

    private static final float MARGIN = PdfSheet.MARGIN;
    /** The description's left edge, then the right edge of each other column. */
    private static final float[] COLUMNS = {MARGIN, 320, 390, 440, 495, 545};

    private final MessageSource messages;
    private final Organisations organisations;

    InvoicePdf(MessageSource messages, Organisations organisations) {
        this.messages = messages;
        this.organisations = organisations;
    }

    byte[] render(Invoice invoice, @Nullable String creditedNumber, UUID organisationId, Locale locale) {
        ZoneId zone = organisations.zoneOf(organisationId);
        try (var sheet = new PdfSheet(title(invoice, locale) + " " + invoice.number(), invoice.issuedAt(), zone,
                invoice.id())) {
            new Drawing(sheet, locale).draw(invoice, creditedNumber, zone);
            return sheet.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Invoice " + invoice.number() + " could not be drawn", e);
        }
    }

    private String title(Invoice invoice, Locale locale) {
        return message(invoice.kind() == InvoiceKind.INVOICE ? "invoice.pdf.invoice" : "invoice.pdf.creditNote", locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One document being drawn, page after page. */
    private final class Drawing {

        private final PdfSheet sheet;
        private final PDFont regular;
        private final PDFont bold;
        private final Locale locale;

        Drawing(PdfSheet sheet, Locale locale) {
            this.sheet = sheet;
            this.regular = sheet.regular;
            this.bold = sheet.bold;
            this.locale = locale;
        }

        void draw(Invoice invoice, @Nullable String creditedNumber, ZoneId zone) throws IOException {
            sheet.text(bold, 18, MARGIN, title(invoice, locale) + " " + invoice.number());
            sheet.down(22);
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(invoice.issuedAt().atZone(zone));
            sheet.text(regular, 10, MARGIN, message("invoice.pdf.date", locale) + " " + date);
            sheet.down(14);
            sheet.text(regular, 10, MARGIN, message("invoice.pdf.dossier", locale) + " " + invoice.dossierNumber());
            if (creditedNumber != null) {
                sheet.down(14);
                sheet.text(regular, 10, MARGIN, message("invoice.pdf.credits", locale) + " " + creditedNumber);
            }
            if (invoice.reason() != null) {
                sheet.down(14);
                sheet.text(regular, 10, MARGIN, message("invoice.pdf.reason", locale) + " " + invoice.reason());
            }
            sheet.down(28);
            float top = sheet.y();
            sheet.text(bold, 10, MARGIN, message("invoice.pdf.seller", locale));
            sheet.down(14);
            sheet.text(regular, 11, MARGIN, invoice.seller().name());
            float after = sheet.y();
            sheet.y(top);
            sheet.text(bold, 10, 320, message("invoice.pdf.buyer", locale));
            sheet.down(14);
            var buyer = invoice.buyer();
            sheet.text(regular, 11, 320, buyer.name() == null ? "—" : buyer.name());
            if (buyer.address() != null) {
                for (String line : buyer.address().split("\n")) {
                    sheet.down(13);
                    sheet.text(regular, 10, 320, line);
                }
            }
            if (buyer.vatNumber() != null) {
                sheet.down(13);
                sheet.text(regular, 10, 320, message("invoice.pdf.vat", locale) + " " + buyer.vatNumber());
            }
            sheet.y(Math.min(sheet.y(), after) - 34);
            lines(invoice);
            sheet.down(10);
            taxes(invoice);
            sheet.down(10);
            totals(invoice);
        }

        private void lines(Invoice invoice) throws IOException {
            String[] heads = {"invoice.pdf.description", "invoice.pdf.quantity", "invoice.pdf.unitPrice",
                    "invoice.pdf.taxRate", "invoice.pdf.net", "invoice.pdf.gross"};
            var titles = new String[heads.length];
            for (int i = 0; i < heads.length; i++) {
                titles[i] = message(heads[i], locale);
            }
            row(bold, titles);
            sheet.down(4);
            sheet.rule(MARGIN, COLUMNS[5]);
            for (InvoiceLine line : invoice.lines()) {
                sheet.room(20);
                row(regular, PdfSheet.fit(line.description(), regular, 9, COLUMNS[1] - COLUMNS[0] - 40),
                        Integer.toString(line.quantity()), amount(line.unitPrice()), percent(line.taxRate()),
                        amount(line.net()), amount(line.gross()));
            }
            sheet.rule(MARGIN, COLUMNS[5]);
        }

        private void taxes(Invoice invoice) throws IOException {
            for (Invoice.TaxTotal total : invoice.taxes()) {
                sheet.room(20);
                String name = total.name() == null ? message("invoice.pdf.noTax", locale) : total.name();
                sheet.right(regular, 9, COLUMNS[3], name + " (" + percent(total.rate()) + ")");
                sheet.right(regular, 9, COLUMNS[4], amount(total.net()));
                sheet.right(regular, 9, COLUMNS[5], message("invoice.pdf.taxAmount", locale) + " " + amount(total.tax()));
                sheet.down(14);
            }
        }

        private void totals(Invoice invoice) throws IOException {
            sheet.room(60);
            String currency = invoice.currency().getCurrencyCode();
            total(regular, "invoice.pdf.totalNet", amount(invoice.net()) + " " + currency);
            total(regular, "invoice.pdf.totalTax", amount(invoice.tax()) + " " + currency);
            total(bold, invoice.kind() == InvoiceKind.INVOICE ? "invoice.pdf.totalDue" : "invoice.pdf.totalCredited",
                    amount(invoice.gross()) + " " + currency);
        }

        private void total(PDFont font, String key, String value) throws IOException {
            sheet.right(font, 11, COLUMNS[4] - 10, message(key, locale));
            sheet.right(font, 11, COLUMNS[5], value);
            sheet.down(16);
        }

        /** The first cell from the left margin, the others right-aligned on their column. */
        private void row(PDFont font, String... cells) throws IOException {
            sheet.text(font, 9, COLUMNS[0], cells[0]);
            for (int i = 1; i < cells.length; i++) {
                sheet.right(font, 9, COLUMNS[i], cells[i]);
            }
            sheet.down(14);
        }
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String percent(BigDecimal rate) {
        return Taxation.plain(rate).toPlainString() + " %";
    }
}
