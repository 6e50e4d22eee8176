package app.resa.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A bulkhead in front of the API: a few more requests in flight than the database has
 * connections, and the rest are told at once to come back (503, {@code Retry-After}) instead of
 * queueing in Tomcat until every one of them times out. Under an on-sale rush this keeps the
 * requests that are served fast (DESIGN.md §4b: "under overload answer 429/503, never a 500").
 *
 * <p>New work is turned away before work in progress: opening a dossier ({@code POST
 * /api/v1/dossiers}) gets at most half the places and never waits, while a buyer who already has a
 * dossier (putting places in it, confirming) may wait for one, and while one waits no opening is
 * let in ahead of them. Shedding at random would leave
 * buyers with an open dossier and no seat — work done for nothing (the on-sale bench measured it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoadShedding extends OncePerRequestFilter {

    private final Semaphore inFlight;
    private final Semaphore openings;
    private final long waitMillis;
    // A refusal must cost next to nothing, since under a rush there are more of them than sales:
    // the body is written once, and refusals are counted here rather than timed as requests
    // (this filter runs before the request observation).
    private final byte[] busy;
    private final Counter openingsShed;
    private final Counter othersShed;

    LoadShedding(@Value("${resa.api.max-in-flight:32}") int maxInFlight,
                 @Value("${resa.api.max-wait-millis:250}") long waitMillis, JsonMapper json, MeterRegistry meters) {
        this.inFlight = new Semaphore(maxInFlight, true);
        this.openings = new Semaphore(Math.max(1, maxInFlight / 2));
        this.waitMillis = waitMillis;
        this.busy = json.writeValueAsBytes(ApiProblems.busy());
        this.openingsShed = shed(meters, "opening");
        this.othersShed = shed(meters, "in-progress");
    }

    private static Counter shed(MeterRegistry meters, String request) {
        return Counter.builder("resa.api.shed").description("API requests refused with 503 because too many were in flight")
                .tag("request", request).register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean opening = "POST".equals(request.getMethod()) && "/api/v1/dossiers".equals(request.getRequestURI());
        if (opening && !openings.tryAcquire()) {
            shed(response, opening);
            return;
        }
        try {
            if (!admit(opening)) {
                shed(response, opening);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                inFlight.release();
            }
        } finally {
            if (opening) {
                openings.release();
            }
        }
    }

    private boolean admit(boolean opening) {
        try {
            // A zero wait still honours the fair order: an opening never takes the place a waiting
            // buyer is queued for (tryAcquire() without a wait would barge ahead of them).
            return inFlight.tryAcquire(opening ? 0 : waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void shed(HttpServletResponse response, boolean opening) throws IOException {
        (opening ? openingsShed : othersShed).increment();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(busy.length);
        response.getOutputStream().write(busy);
    }
}
