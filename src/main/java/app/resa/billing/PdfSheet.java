package app.resa.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.UUID;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * A billing document being drawn top-down on A4 pages, shared by invoices and receipts. DejaVu
 * Sans is bundled ({@code fonts/}, the same files as the tickets use) because PDF's standard fonts
 * have no Cyrillic. Dates and file id come from the document, not the clock, so the same document
 * always gives the same bytes: a reprint is the very file first sent.
 */
final class PdfSheet implements AutoCloseable {

    static final float MARGIN = 50;

    final PDFont regular;
    final PDFont bold;
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfSheet(String title, Instant at, ZoneId zone, UUID documentId) throws IOException {
        document = new PDDocument();
        regular = font(document, "fonts/DejaVuSans.ttf");
        bold = font(document, "fonts/DejaVuSans-Bold.ttf");
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Resa");
        var when = GregorianCalendar.from(at.atZone(zone));
        info.setCreationDate(when);
        info.setModificationDate(when);
        var id = new COSArray();
        id.add(new COSString(documentId.toString().getBytes(StandardCharsets.US_ASCII)));
        id.add(new COSString(documentId.toString().getBytes(StandardCharsets.US_ASCII)));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        newPage();
    }

    /** The baseline the next text is drawn on. */
    float y() {
        return y;
    }

    void y(float baseline) {
        y = baseline;
    }

    void down(float points) {
        y -= points;
    }

    void text(PDFont font, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    void right(PDFont font, float size, float rightEdge, String text) throws IOException {
        text(font, size, rightEdge - font.getStringWidth(text) / 1000 * size, text);
    }

    /** A thin line just above the current baseline, from {@code left} to {@code right}. */
    void rule(float left, float right) throws IOException {
        content.moveTo(left, y + 10);
        content.lineTo(right, y + 10);
        content.setLineWidth(0.5f);
        content.stroke();
        y -= 4;
    }

    /** Starts a new page when fewer than {@code needed} points are left above the bottom margin. */
    void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            content.close();
            newPage();
        }
    }

    /** The text cut with an ellipsis to fit {@code width} points. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        String fitted = text;
        while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted.length() < text.length() ? fitted.substring(0, Math.max(0, fitted.length() - 1)) + "…" : text;
    }

    byte[] bytes() throws IOException {
        content.close();
        try (var out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void newPage() throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static PDFont font(PDDocument document, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }
}
