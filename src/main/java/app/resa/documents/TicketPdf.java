package app.resa.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import app.resa.shared.pdf.QrCode;

/**
 * Draws tickets, one ticket-sized page (210 × 99 mm, a third of A4) each: event, session date and
 * time in the organisation's zone, venue, seat or general admission, tariff and price, dossier and
 * ticket numbers, and the QR code of the secret with the secret printed under it, for typing
 * when a code is torn. The font is DejaVu Sans, bundled (free licence, {@code fonts/}), because
 * PDF's standard fonts have no Cyrillic and the host's fonts cannot be relied on.
 */
@Component
class TicketPdf {

    private static final PDRectangle TICKET = new PDRectangle(595.3f, 280.6f);
    private static final float MARGIN = 24;
    private static final float QR_SIZE = 170;
    /** White around the code: four modules of a version-2 code (25 modules of 6.8 pt) at least. */
    private static final float QR_QUIET_ZONE = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    TicketPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** One printed ticket: what it says, its secret, and where it is played (null when unknown). */
    record Printed(Ticket ticket, TicketSecret secret, @Nullable String venue) {
    }

    byte[] render(List<Printed> tickets, ZoneId zone, Locale locale) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle(message("ticket.pdf.title", locale));
            document.getDocumentInformation().setCreator("Resa");
            for (Printed printed : tickets) {
                var page = new PDPage(TICKET);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    draw(content, printed, regular, bold, zone, locale);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A ticket could not be drawn", e);
        }
    }

    private void draw(PDPageContentStream content, Printed printed, PDFont regular, PDFont bold, ZoneId zone,
                      Locale locale) throws IOException {
        var ticket = printed.ticket();
        float textWidth = TICKET.getWidth() - 2 * MARGIN - QR_QUIET_ZONE - QR_SIZE;
        float y = TICKET.getHeight() - MARGIN - 18;

        content.setNonStrokingColor(new Color(0xE8, 0xEE, 0xFC));
        content.addRect(0, 0, 8, TICKET.getHeight());
        content.fill();
        content.setNonStrokingColor(Color.BLACK);

        for (String line : wrap(ticket.eventName(), bold, 18, textWidth, 2)) {
            y = text(content, bold, 18, MARGIN, y, line) - 22;
        }
        var startsAt = ticket.startsAt().atZone(zone);
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(startsAt)
                + " · " + TIME.format(startsAt);
        y = text(content, bold, 12, MARGIN, y - 2, when) - 20;
        if (printed.venue() != null) {
            y = text(content, regular, 11, MARGIN, y, printed.venue()) - 18;
        }
        String place = ticket.seatLabel() != null ? message("ticket.pdf.seat", locale) + " " + ticket.seatLabel()
                : message("ticket.pdf.generalAdmission", locale)
                        + (ticket.quotaName() == null ? "" : " — " + ticket.quotaName());
        for (String line : wrap(place, bold, 13, textWidth, 2)) {
            y = text(content, bold, 13, MARGIN, y, line) - 18;
        }
        String price = ticket.price().amount().toPlainString() + " " + ticket.price().currency().getCurrencyCode();
        y = text(content, regular, 11, MARGIN, y, (ticket.tariffName() == null ? "" : ticket.tariffName() + " · ") + price);

        content.setNonStrokingColor(Color.DARK_GRAY);
        text(content, regular, 10, MARGIN, MARGIN, message("ticket.pdf.dossier", locale) + " " + ticket.dossierNumber()
                + "   ·   " + message("ticket.pdf.ticket", locale) + " " + ticket.number());

        float qrX = TICKET.getWidth() - QR_QUIET_ZONE - QR_SIZE;
        float qrY = TICKET.getHeight() - QR_QUIET_ZONE - QR_SIZE;
        content.setNonStrokingColor(Color.BLACK);
        QrCode.draw(content, printed.secret().value(), qrX, qrY, QR_SIZE);
        float secretWidth = regular.getStringWidth(printed.secret().value()) / 1000 * 8;
        text(content, regular, 8, qrX + (QR_SIZE - secretWidth) / 2, qrY - 14, printed.secret().value());
    }

    private static float text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y;
    }

    /** Words onto at most {@code maxLines} lines of the width; what does not fit ends with an ellipsis. */
    static List<String> wrap(String text, PDFont font, float size, float width, int maxLines) throws IOException {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        if (lines.size() > maxLines) {
            var kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
            return kept;
        }
        return lines;
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
