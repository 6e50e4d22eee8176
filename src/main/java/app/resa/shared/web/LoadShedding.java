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
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoadShedding extends OncePerRequestFilter {

    private final Semaphore inFlight;
    private final long waitMillis;
    private final JsonMapper json;

    LoadShedding(@Value("${resa.api.max-in-flight:32}") int maxInFlight,
                 @Value("${resa.api.max-wait-millis:250}") long waitMillis, JsonMapper json) {
        this.inFlight = new Semaphore(maxInFlight, true);
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
        boolean admitted;
        try {
            admitted = inFlight.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ApiProblems.write(response, json, ApiProblems.busy());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.release();
        }
    }
}
