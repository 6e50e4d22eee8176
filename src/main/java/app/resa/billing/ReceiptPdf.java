package app.resa.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.resa.billing.ReceiptPrinting.Receipt;
import app.resa.shared.Money;

/**
 * Draws a payment receipt on one page ({@link PdfSheet}, as invoices are): who received, the
 * title by kind (a refund prints as a refund receipt), the facts of the payment, and what the
 * dossier still owed once it was made. Amounts print unsigned: the title says which way the money went.
 */
@Component
class ReceiptPdf {

    private static final float MARGIN = PdfSheet.MARGIN;
    private static final float VALUES = 220;
    private static final float RIGHT = 545;

    private final MessageSource messages;

    ReceiptPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Receipt receipt, ZoneId zone, Locale locale) {
        var payment = receipt.payment();
        String title = message("receipt.pdf." + payment.kind(), locale);
        try (var sheet = new PdfSheet(title + " " + receipt.dossierNumber(), payment.createdAt(), zone, payment.id())) {
            sheet.text(sheet.bold, 12, MARGIN, receipt.organisationName());
            sheet.down(30);
            sheet.text(sheet.bold, 18, MARGIN, title);
            sheet.down(32);
            var at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(payment.createdAt().atZone(zone));
            fact(sheet, "receipt.pdf.date", at, locale);
            fact(sheet, "receipt.pdf.dossier", Long.toString(receipt.dossierNumber()), locale);
            fact(sheet, "receipt.pdf.payer", receipt.payerName(), locale);
            sheet.down(8);
            sheet.text(sheet.regular, 11, MARGIN, message("receipt.pdf.amount", locale));
            sheet.text(sheet.bold, 14, VALUES, amount(new Money(payment.amount().amount().abs(), payment.amount().currency())));
            sheet.down(24);
            fact(sheet, "receipt.pdf.method", message("payment.method." + payment.method(), locale), locale);
            fact(sheet, "receipt.pdf.note", payment.note(), locale);
            fact(sheet, "receipt.pdf.reference", payment.externalReference(), locale);
            fact(sheet, "receipt.pdf.pointOfSale", receipt.pointOfSaleName(), locale);
            sheet.down(4);
            sheet.rule(MARGIN, RIGHT);
            sheet.down(6);
            sheet.text(sheet.bold, 11, MARGIN, message("receipt.pdf.balanceAfter", locale));
            sheet.right(sheet.bold, 11, RIGHT, amount(receipt.balanceAfter()));
            return sheet.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The receipt of payment " + payment.id() + " could not be drawn", e);
        }
    }

    /** A label and its value on one line; nothing when there is no value. */
    private void fact(PdfSheet sheet, String key, @Nullable String value, Locale locale) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        sheet.text(sheet.regular, 11, MARGIN, message(key, locale));
        String oneLine = value.strip().replaceAll("\\s+", " ");
        sheet.text(sheet.regular, 11, VALUES, PdfSheet.fit(oneLine, sheet.regular, 11, RIGHT - VALUES));
        sheet.down(18);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String amount(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }
}
