package app.resa.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.GregorianCalendar;
import java.util.UUID;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import app.resa.organisation.Organisations;
import app.resa.shared.Money;

/**
 * Draws an invoice or a credit note on A4 pages: seller, buyer, numbers and date, the lines, the
 * tax summary per rate and the totals. DejaVu Sans is bundled ({@code fonts/}, the same files as
 * the tickets use) because PDF's standard fonts have no Cyrillic. The same document always gives
 * the same bytes (dates and file id come from the document, not the clock), so a reprint is the
 * very file first sent.
 */
@Component
class InvoicePdf {

    private static final float MARGIN = 50;
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
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            var info = document.getDocumentInformation();
            info.setTitle(title(invoice, locale) + " " + invoice.number());
            info.setCreator("Resa");
            var issued = GregorianCalendar.from(invoice.issuedAt().atZone(zone));
            info.setCreationDate(issued);
            info.setModificationDate(issued);
            var id = new COSArray();
            id.add(new COSString(invoice.id().toString().getBytes(StandardCharsets.US_ASCII)));
            id.add(new COSString(invoice.id().toString().getBytes(StandardCharsets.US_ASCII)));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            new Drawing(document, regular, bold, locale).draw(invoice, creditedNumber, zone);
            document.save(out);
            return out.toByteArray();
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

    private static PDFont font(PDDocument document, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** One document being drawn, page after page. */
    private final class Drawing {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final Locale locale;
        private PDPageContentStream content;
        private float y;

        Drawing(PDDocument document, PDFont regular, PDFont bold, Locale locale) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.locale = locale;
            newPage();
        }

        void draw(Invoice invoice, @Nullable String creditedNumber, ZoneId zone) throws IOException {
            text(bold, 18, MARGIN, title(invoice, locale) + " " + invoice.number());
            y -= 22;
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(invoice.issuedAt().atZone(zone));
            text(regular, 10, MARGIN, message("invoice.pdf.date", locale) + " " + date);
            y -= 14;
            text(regular, 10, MARGIN, message("invoice.pdf.dossier", locale) + " " + invoice.dossierNumber());
            if (creditedNumber != null) {
                y -= 14;
                text(regular, 10, MARGIN, message("invoice.pdf.credits", locale) + " " + creditedNumber);
            }
            if (invoice.reason() != null) {
                y -= 14;
                text(regular, 10, MARGIN, message("invoice.pdf.reason", locale) + " " + invoice.reason());
            }
            y -= 28;
            float top = y;
            text(bold, 10, MARGIN, message("invoice.pdf.seller", locale));
            y -= 14;
            text(regular, 11, MARGIN, invoice.seller().name());
            float after = y;
            y = top;
            text(bold, 10, 320, message("invoice.pdf.buyer", locale));
            y -= 14;
            var buyer = invoice.buyer();
            text(regular, 11, 320, buyer.name() == null ? "—" : buyer.name());
            if (buyer.address() != null) {
                for (String line : buyer.address().split("\n")) {
                    y -= 13;
                    text(regular, 10, 320, line);
                }
            }
            if (buyer.vatNumber() != null) {
                y -= 13;
                text(regular, 10, 320, message("invoice.pdf.vat", locale) + " " + buyer.vatNumber());
            }
            y = Math.min(y, after) - 34;
            lines(invoice);
            y -= 10;
            taxes(invoice);
            y -= 10;
            totals(invoice);
            content.close();
        }

        private void lines(Invoice invoice) throws IOException {
            String[] heads = {"invoice.pdf.description", "invoice.pdf.quantity", "invoice.pdf.unitPrice",
                    "invoice.pdf.taxRate", "invoice.pdf.net", "invoice.pdf.gross"};
            var titles = new String[heads.length];
            for (int i = 0; i < heads.length; i++) {
                titles[i] = message(heads[i], locale);
            }
            row(bold, titles);
            y -= 4;
            rule();
            for (InvoiceLine line : invoice.lines()) {
                room(20);
                row(regular, fit(line.description(), regular, 9, COLUMNS[1] - COLUMNS[0] - 40),
                        Integer.toString(line.quantity()), amount(line.unitPrice()), percent(line.taxRate()),
                        amount(line.net()), amount(line.gross()));
            }
            rule();
        }

        private void taxes(Invoice invoice) throws IOException {
            for (Invoice.TaxTotal total : invoice.taxes()) {
                room(20);
                String name = total.name() == null ? message("invoice.pdf.noTax", locale) : total.name();
                right(regular, 9, COLUMNS[3], name + " (" + percent(total.rate()) + ")");
                right(regular, 9, COLUMNS[4], amount(total.net()));
                right(regular, 9, COLUMNS[5], message("invoice.pdf.taxAmount", locale) + " " + amount(total.tax()));
                y -= 14;
            }
        }

        private void totals(Invoice invoice) throws IOException {
            room(60);
            String currency = invoice.currency().getCurrencyCode();
            total(regular, "invoice.pdf.totalNet", amount(invoice.net()) + " " + currency);
            total(regular, "invoice.pdf.totalTax", amount(invoice.tax()) + " " + currency);
            total(bold, invoice.kind() == InvoiceKind.INVOICE ? "invoice.pdf.totalDue" : "invoice.pdf.totalCredited",
                    amount(invoice.gross()) + " " + currency);
        }

        private void total(PDFont font, String key, String value) throws IOException {
            right(font, 11, COLUMNS[4] - 10, message(key, locale));
            right(font, 11, COLUMNS[5], value);
            y -= 16;
        }

        /** The first cell from the left margin, the others right-aligned on their column. */
        private void row(PDFont font, String... cells) throws IOException {
            text(font, 9, COLUMNS[0], cells[0]);
            for (int i = 1; i < cells.length; i++) {
                right(font, 9, COLUMNS[i], cells[i]);
            }
            y -= 14;
        }

        private void rule() throws IOException {
            content.moveTo(MARGIN, y + 10);
            content.lineTo(COLUMNS[5], y + 10);
            content.setLineWidth(0.5f);
            content.stroke();
            y -= 4;
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void text(PDFont font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private void right(PDFont font, float size, float rightEdge, String text) throws IOException {
            text(font, size, rightEdge - font.getStringWidth(text) / 1000 * size, text);
        }

        private static String fit(String text, PDFont font, float size, float width) throws IOException {
            String fitted = text;
            while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            return fitted.length() < text.length() ? fitted.substring(0, Math.max(0, fitted.length() - 1)) + "…" : text;
        }
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String percent(BigDecimal rate) {
        return Taxation.plain(rate).toPlainString() + " %";
    }
}
