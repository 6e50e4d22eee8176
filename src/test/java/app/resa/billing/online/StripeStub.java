package app.resa.billing.online;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Stripe API on the loopback interface (the JDK's own HTTP server): it answers
 * {@code POST /v1/checkout/sessions} with a session whose URL is its own, and keeps every request
 * it received. While it runs, the Stripe adapter is pointed at it; no test reaches the network.
 */
public final class StripeStub implements AutoCloseable {

    /** One request as the stub received it: path, Authorization header, form fields decoded. */
    public record Received(String path, String authorization, String idempotencyKey, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();

    private StripeStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/checkout/sessions", exchange -> {
            var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")), form));
            String id = "cs_test_stub" + sessions.incrementAndGet();
            String body = """
                    {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "open",
                     "payment_status": "unpaid", "amount_total": %s, "currency": "%s", "url": "%s/pay/%s"}
                    """.formatted(id, form.get("line_items[0][price_data][unit_amount]"),
                    form.get("line_items[0][price_data][currency]"), base(), id);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_stub");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Starts a stub and points the Stripe adapter at it until closed. */
    public static StripeStub start() {
        try {
            var stub = new StripeStub();
            System.setProperty(StripePaymentProvider.API_BASE, stub.base());
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.getLast();
    }

    @Override
    public void close() {
        System.clearProperty(StripePaymentProvider.API_BASE);
        server.stop(0);
    }

    /** A {@code Stripe-Signature} header as Stripe computes it: {@code t=…,v1=HMAC-SHA256(secret, t + "." + payload)}. */
    public static String signature(String secret, String payload) {
        long t = Instant.now().getEpochSecond();
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event as Stripe sends it, about a checkout session. */
    public static String sessionEvent(String eventId, String type, String sessionId, long amountTotal,
                                      String currency, String paymentStatus, String paymentIntent,
                                      Map<String, String> metadata) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "type": "%s",
                 "data": {"object": {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "complete",
                   "amount_total": %d, "currency": "%s", "payment_status": "%s", "payment_intent": "%s",
                   "metadata": %s}}}
                """.formatted(eventId, com.stripe.Stripe.API_VERSION, Instant.now().getEpochSecond(), type, sessionId,
                amountTotal, currency, paymentStatus, paymentIntent, json(metadata));
    }

    /** A {@code charge.refunded} event: {@code amountRefunded} is the running total, as Stripe reports it. */
    public static String refundEvent(String eventId, String paymentIntent, long amount, long amountRefunded,
                                     String currency) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "type": "charge.refunded",
                 "data": {"object": {"id": "ch_%s", "object": "charge", "amount": %d, "amount_refunded": %d,
                   "currency": "%s", "payment_intent": "%s", "refunded": %s, "metadata": {}}}}
                """.formatted(eventId, com.stripe.Stripe.API_VERSION, Instant.now().getEpochSecond(), paymentIntent,
                amount, amountRefunded, currency, paymentIntent, amount == amountRefunded);
    }

    private static String json(Map<String, String> values) {
        var body = new StringBuilder("{");
        values.forEach((k, v) -> body.append(body.length() > 1 ? ", " : "").append('"').append(k).append("\": \"")
                .append(v).append('"'));
        return body.append('}').toString();
    }

    private static Map<String, String> form(String body) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
