package resa.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * An on-sale: buyers arrive faster than Resa serves them (open model), each opens a dossier
 * with 1–4 places of the general-admission quota or 1–4 adjacent seats of the seated session in
 * its cart (one request: the hold), then ~70 % confirm and ~30 % walk away. With
 * {@code -Donsale.flow=two-requests} a buyer opens an empty dossier first and then puts the
 * places in it (two requests, as the first benches did).
 *
 * A 409 on the hold (insufficient-capacity, seat-unavailable) is the expected "sold out"
 * answer, not an error. Every answer is also counted here by request and status, and the
 * latency of each hold is kept, so the summary (written to {@code -Donsale.out}) separates
 * successful holds from refusals and 5xx from 429/503.
 *
 * Settings (system properties): onsale.baseUrl, onsale.token, onsale.gaSession, onsale.quota,
 * onsale.seatSession, onsale.seatsFile (seat ids, one a line, in plan order), onsale.out,
 * onsale.rate (users/s at the top, default 400), onsale.rampSeconds (20), onsale.steadySeconds
 * (40), onsale.confirmPercent (70), onsale.flow (one-request or two-requests).
 */
public class OnSaleSimulation extends Simulation {

    static final String BASE = System.getProperty("onsale.baseUrl", "http://127.0.0.1:8080");
    static final String TOKEN = System.getProperty("onsale.token", "");
    static final String GA_SESSION = System.getProperty("onsale.gaSession", "");
    static final String QUOTA = System.getProperty("onsale.quota", "");
    static final String SEAT_SESSION = System.getProperty("onsale.seatSession", "");
    static final int RATE = Integer.getInteger("onsale.rate", 400);
    static final int RAMP = Integer.getInteger("onsale.rampSeconds", 20);
    static final int STEADY = Integer.getInteger("onsale.steadySeconds", 40);
    static final int CONFIRM_PERCENT = Integer.getInteger("onsale.confirmPercent", 70);
    static final boolean TWO_REQUESTS = "two-requests".equals(System.getProperty("onsale.flow", "one-request"));
    static final String OUT = System.getProperty("onsale.out", "target/onsale-summary.txt");
    static final List<String> SEATS = readSeats(System.getProperty("onsale.seatsFile", ""));

    // Outcome counts ("hold-ga 201", "confirm 500", …) and hold latencies (ms) with their end time.
    static final Map<String, LongAdder> OUTCOMES = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<long[]> HOLDS_OK = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<long[]> HOLDS_ALL = new ConcurrentLinkedQueue<>();
    // When the general-admission quota first answered 409 (sold out for the quantity asked): from
    // then on its buyers can only get places that carts gave back, whatever the server's speed.
    static final AtomicLong GA_SOLD_OUT_AT = new AtomicLong(Long.MAX_VALUE);

    static List<String> readSeats(String file) {
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read seat ids from " + file, e);
        }
    }

    static Session count(Session session, String request) {
        int status = session.contains("status") ? session.getInt("status") : 0;
        OUTCOMES.computeIfAbsent(request + " " + (status == 0 ? "no-answer" : status), k -> new LongAdder()).increment();
        return session;
    }

    static Session countHold(Session session, String request) {
        count(session, request);
        int status = session.contains("status") ? session.getInt("status") : 0;
        long rt = session.contains("rt") ? session.getInt("rt") : -1;
        long[] sample = {System.currentTimeMillis(), rt, status};
        HOLDS_ALL.add(sample);
        if (status == 409 && "hold-ga".equals(request)) {
            GA_SOLD_OUT_AT.accumulateAndGet(sample[0], Math::min);
        }
        if (status == 201) {
            HOLDS_OK.add(sample);
        }
        return session;
    }

    // 1–4 places of the quota, or 1–4 adjacent seats from a random place in the plan.
    static Session pick(Session session) {
        var random = ThreadLocalRandom.current();
        int quantity = 1 + random.nextInt(4);
        String body;
        if (SEATS.isEmpty() || random.nextBoolean()) {
            body = "{\"sessionId\":\"" + GA_SESSION + "\",\"quotaId\":\"" + QUOTA + "\",\"quantity\":" + quantity + "}";
            session = session.set("kind", "hold-ga");
        } else {
            int first = random.nextInt(SEATS.size() - quantity + 1);
            body = "{\"sessionId\":\"" + SEAT_SESSION + "\",\"seatIds\":["
                    + SEATS.subList(first, first + quantity).stream().map(s -> "\"" + s + "\"")
                            .collect(Collectors.joining(",")) + "]}";
            session = session.set("kind", "hold-seats");
        }
        return session.set("line", body).set("confirm", random.nextInt(100) < CONFIRM_PERCENT);
    }

    // Buyers reach Resa through a front proxy that keeps its connections to Resa open, as in any
    // deployment behind a load balancer: one pool of kept-alive connections, not a TCP handshake
    // per buyer (which on these 2 shared cores mostly measured the load generator).
    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .shareConnections()
            .maxConnectionsPerHost(64)
            .header("Authorization", "Bearer " + TOKEN)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .disableCaching();

    final ChainBuilder open = exec(session -> session.remove("status"))
            .exec(http("open").post("/api/v1/dossiers").body(StringBody("{}"))
                    .check(status().saveAs("status"), status().is(201),
                            jsonPath("$.id").optional().saveAs("dossier")))
            .exec(session -> count(session, "open"));

    final ChainBuilder hold = exec(session -> pick(session).remove("status").remove("rt"))
            .exec(http("#{kind}").post("/api/v1/dossiers/#{dossier}/lines").body(StringBody("#{line}"))
                    .check(status().saveAs("status"), status().in(201, 409), responseTimeInMillis().saveAs("rt")))
            .exec(session -> countHold(session, session.getString("kind")));

    // The dossier opened with its line: the hold is this request.
    final ChainBuilder openWithLine = exec(session -> pick(session).remove("status").remove("rt"))
            .exec(http("#{kind}").post("/api/v1/dossiers").body(StringBody("{\"lines\":[#{line}]}"))
                    .check(status().saveAs("status"), status().in(201, 409), responseTimeInMillis().saveAs("rt"),
                            jsonPath("$.id").optional().saveAs("dossier")))
            .exec(session -> countHold(session, session.getString("kind")));

    final ChainBuilder confirm = exec(session -> session.remove("status"))
            .exec(http("confirm").post("/api/v1/dossiers/#{dossier}/confirm").body(StringBody("{}"))
                    .check(status().saveAs("status"), status().is(200)))
            .exec(session -> count(session, "confirm"));

    final ScenarioBuilder buyers = TWO_REQUESTS
            ? scenario("on-sale")
                    .exec(open)
                    .doIf(session -> session.contains("dossier")).then(
                            exec(hold).doIf(session -> session.contains("status") && session.getInt("status") == 201
                                    && session.getBoolean("confirm")).then(confirm))
            : scenario("on-sale")
                    .exec(openWithLine)
                    .doIf(session -> session.contains("status") && session.getInt("status") == 201
                            && session.getBoolean("confirm")).then(confirm);

    {
        setUp(buyers.injectOpen(
                rampUsersPerSec(Math.max(1, RATE / 5)).to(RATE).during(Duration.ofSeconds(RAMP)),
                constantUsersPerSec(RATE).during(Duration.ofSeconds(STEADY))))
                .protocols(protocol)
                // Bounded in time whatever happens: injection plus the 10 s request timeout, twice.
                .maxDuration(Duration.ofSeconds(RAMP + STEADY + 30));
    }

    @Override
    public void after() {
        var lines = new ArrayList<String>();
        lines.add("outcomes (request status: count):");
        new TreeMap<>(OUTCOMES).forEach((k, v) -> lines.add("  " + k + ": " + v.sum()));
        lines.addAll(summary("holds answered (201 + 409 + errors)", HOLDS_ALL));
        lines.addAll(summary("successful holds (201)", HOLDS_OK));
        // The same, only while the quota still had places: the sale's own pace, before the stock
        // (which pgbench's ceiling never runs out of) becomes the limit.
        long soldOut = GA_SOLD_OUT_AT.get();
        var whileStock = new ConcurrentLinkedQueue<long[]>();
        HOLDS_OK.stream().filter(s -> s[0] < soldOut).forEach(whileStock::add);
        lines.addAll(summary("successful holds while the quota had places (201 before its first 409)", whileStock));
        try {
            Files.writeString(Path.of(OUT), String.join("\n", lines) + "\n");
            // Per-second successful holds, for the curve.
            var perSecond = new TreeMap<Long, Integer>();
            HOLDS_OK.forEach(s -> perSecond.merge(s[0] / 1000, 1, Integer::sum));
            Files.writeString(Path.of(OUT + ".per-second.csv"), "epoch_second,successful_holds\n"
                    + perSecond.entrySet().stream().map(e -> e.getKey() + "," + e.getValue())
                            .collect(Collectors.joining("\n")) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        lines.forEach(System.out::println);
    }

    static List<String> summary(String title, ConcurrentLinkedQueue<long[]> samples) {
        long[][] all = samples.toArray(new long[0][]);
        if (all.length == 0) {
            return List.of(title + ": none");
        }
        long first = Arrays.stream(all).mapToLong(s -> s[0]).min().orElseThrow();
        long last = Arrays.stream(all).mapToLong(s -> s[0]).max().orElseThrow();
        long[] rts = Arrays.stream(all).mapToLong(s -> s[1]).filter(rt -> rt >= 0).sorted().toArray();
        double seconds = Math.max(1, last - first) / 1000.0;
        return List.of(String.format("%s: %d in %.1f s (first to last) = %.1f/s; latency ms p50 %d, p95 %d, p99 %d, max %d",
                title, all.length, seconds, all.length / seconds, pct(rts, 50), pct(rts, 95), pct(rts, 99),
                rts.length == 0 ? -1 : rts[rts.length - 1]),
                String.format("%s: window %d..%d (epoch ms)", title, first, last));
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
