package app.resa.carnets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import app.resa.shared.pdf.QrCode;

/**
 * Draws one carnet's coupons, one coupon-sized page (210 × 99 mm) each: the carnet's model, the
 * coupon number with its QR code (what the scanner reads), its index and the last day of validity.
 * The font is documents' bundled DejaVu Sans (decision 68).
 */
@Component
class CouponPdf {

    private static final PDRectangle COUPON = new PDRectangle(595.3f, 280.6f);
    private static final float MARGIN = 24;
    private static final float QR_SIZE = 150;

    private final MessageSource messages;

    CouponPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(CarnetSale sale, CarnetSale.Carnet carnet, Locale locale) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle(message("carnets.pdf.title", locale) + " " + carnet.number());
            document.getDocumentInformation().setCreator("Resa");
            String until = message("carnets.pdf.validUntil", locale) + " "
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(carnet.lastDay());
            for (CarnetSale.Coupon coupon : carnet.coupons()) {
                var page = new PDPage(COUPON);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    float y = COUPON.getHeight() - MARGIN - 18;
                    text(content, bold, 18, MARGIN, y, sale.modelName());
                    text(content, bold, 14, MARGIN, y - 34, coupon.number());
                    text(content, regular, 11, MARGIN, y - 58, message("carnets.pdf.coupon", locale) + " "
                            + coupon.position() + " / " + carnet.coupons().size());
                    text(content, regular, 11, MARGIN, y - 78, until);
                    text(content, regular, 10, MARGIN, MARGIN, message("carnets.pdf.carnet", locale) + " "
                            + carnet.number() + "   ·   " + message("carnets.pdf.sale", locale) + " " + sale.number());
                    QrCode.draw(content, coupon.number(), COUPON.getWidth() - MARGIN - QR_SIZE,
                            COUPON.getHeight() - MARGIN - QR_SIZE, QR_SIZE);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A carnet's coupons could not be drawn", e);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static PDFont font(PDDocument document, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }
}
