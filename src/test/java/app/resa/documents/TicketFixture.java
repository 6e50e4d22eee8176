package app.resa.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import app.resa.booking.CartManagement;
import app.resa.booking.Dossier;
import app.resa.booking.DossierOperations;
import app.resa.organisation.Role;
import app.resa.shared.Caller;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewSeatingPlan;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.NewTariff;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.TariffManagement;
import app.resa.ticketing.VenueManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the documents tests need: a box office with a seated session and a standing quota, sold
 * through the services (the print and the check-in are what is tested, over HTTP), and readers
 * of the printed PDF — its text, its secrets, its QR codes.
 */
final class TicketFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SECRET = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])");

    private final EventManagement events;
    private final TariffManagement tariffs;
    private final VenueManagement venues;
    private final SessionPlanning sessions;
    private final CartManagement carts;
    private final DossierOperations operations;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Not a bean of its own: a new bean would give these tests an application context of their own. */
    TicketFixture(ApplicationContext context) {
        this.events = context.getBean(EventManagement.class);
        this.tariffs = context.getBean(TariffManagement.class);
        this.venues = context.getBean(VenueManagement.class);
        this.sessions = context.getBean(SessionPlanning.class);
        this.carts = context.getBean(CartManagement.class);
        this.operations = context.getBean(DossierOperations.class);
    }

    /** An event at a venue: a seated session (rows A-B of 3) with a standing quota of 20, full tariff 30 EUR. */
    BoxOffice boxOffice(Tenant tenant, String eventName) {
        Caller admin = tenant.admin();
        var event = events.create(admin, eventName, null);
        tariffs.create(admin, new NewTariff(event.id(), "Plein tarif", "full", null,
                new NewTariff.Price(new BigDecimal("30.00"), "EUR")));
        var venue = venues.create(admin, "Théâtre de l'Odéon");
        var plan = venues.createPlan(admin, new NewSeatingPlan(venue.id(), "Parterre", null, "A-B", 3, null));
        var session = sessions.plan(admin, new NewSession(event.id(), Instant.parse("2027-03-14T19:30:00Z"),
                List.of(new NewSession.NewQuota("Debout", 20, null)), plan.id()));
        var seats = sessions.seats(tenant.organisationId(), session.id());
        return new BoxOffice(tenant, session, seats.stream().map(s -> s.id()).toList(),
                seats.stream().map(s -> s.label()).toList());
    }

    /** A dossier with standing places and one seat, in the state asked for. */
    Dossier dossier(BoxOffice office, int places, boolean withSeat, boolean confirm) {
        Caller admin = office.tenant().admin();
        var dossier = carts.open(admin, null);
        if (places > 0) {
            carts.addPlaces(admin, dossier.id(), null, office.session().id(), office.quotaId(), places, null);
        }
        if (withSeat) {
            carts.addSeats(admin, dossier.id(), null, office.session().id(), List.of(office.seatIds().get(office.nextSeat())), null);
        }
        return confirm ? operations.confirm(admin, dossier.id(), null, List.of())
                : operations.reserve(admin, dossier.id(), null, List.of(), null);
    }

    Dossier get(Tenant tenant, UUID dossierId) {
        return operations.get(tenant.admin(), dossierId);
    }

    record BoxOffice(Tenant tenant, Session session, List<UUID> seatIds, List<String> seatLabels, int[] seatsSold) {
        BoxOffice(Tenant tenant, Session session, List<UUID> seatIds, List<String> seatLabels) {
            this(tenant, session, seatIds, seatLabels, new int[] {0});
        }

        UUID quotaId() {
            return session.quotas().getFirst().id();
        }

        int nextSeat() {
            return seatsSold[0]++;
        }
    }

    // --- HTTP

    static String who(Tenant tenant, Role role) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (tenant.username(role) + ":" + Tenants.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, @Nullable String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        String code() {
            return json().path("code").asString("");
        }

        @Override
        public String toString() {
            return status + " " + (contentType != null && contentType.contains("pdf") ? "<pdf>" : text());
        }
    }

    Answer get(int port, String path, String who, String accept) {
        return send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), who, accept);
    }

    Answer post(int port, String path, String who, Object body) {
        return send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), who,
                "application/json, application/problem+json");
    }

    private Answer send(int port, HttpRequest.Builder request, String who, String accept) {
        try {
            var response = client.send(request.header("Authorization", who).header("Accept", accept)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Prints the dossier's tickets (lineIds: none for all) as the AGENT. */
    Answer print(int port, Tenant tenant, UUID dossierId, UUID... lineIds) {
        String query = lineIds.length == 0 ? "" : "?lineIds=" + String.join(",",
                java.util.Arrays.stream(lineIds).map(UUID::toString).toList());
        return get(port, "/api/v1/dossiers/" + dossierId + "/tickets.pdf" + query, who(tenant, Role.AGENT),
                "application/pdf, application/problem+json");
    }

    JsonNode checkIn(int port, Tenant tenant, String secret) {
        var answer = post(port, "/api/v1/check-ins", who(tenant, Role.AGENT), Map.of("secret", secret));
        if (answer.status() != 200) {
            throw new AssertionError("check-in answered " + answer);
        }
        return answer.json();
    }

    // --- reading the PDF

    static List<String> pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var pages = new ArrayList<String>();
            var stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secrets printed under the QR codes, one per page. */
    static List<String> secrets(byte[] pdf) {
        return pages(pdf).stream().map(text -> {
            var matcher = SECRET.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No secret printed on the page:\n" + text);
            }
            return matcher.group();
        }).toList();
    }

    /** Renders a page as a printer would (150 dpi) and reads its QR code with ZXing. */
    static String decodeQr(byte[] pdf, int pageIndex) {
        try (var document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (NotFoundException | ChecksumException | FormatException e) {
                var file = java.nio.file.Path.of("target", "unreadable-ticket-" + pageIndex + ".png");
                javax.imageio.ImageIO.write(image, "png", file.toFile());
                throw new AssertionError("No readable QR code on page " + pageIndex + " (image: " + file + ")", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ZXing's core has no AWT: the grey levels of a rendered page, for its reader. */
    private static final class ImageLuminance extends LuminanceSource {

        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) luminance;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
