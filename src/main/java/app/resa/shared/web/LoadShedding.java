package app.resa.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoadShedding extends OncePerRequestFilter {

    private final Semaphore inFlight;
    private final Semaphore openings;
    private final long waitMillis;
    private final JsonMapper json;

    LoadShedding(@Value("${resa.api.max-in-flight:32}") int maxInFlight,
                 @Value("${resa.api.max-wait-millis:250}") long waitMillis, JsonMapper json) {
        this.inFlight = new Semaphore(maxInFlight, true);
        this.openings = new Semaphore(Math.max(1, maxInFlight / 2));
        this.waitMillis = waitMillis;
        this.json = json;
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
            shed(response);
            return;
        }
        try {
            if (!admit(opening)) {
                shed(response);
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

    private void shed(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        ApiProblems.write(response, json, ApiProblems.busy());
    }
}
