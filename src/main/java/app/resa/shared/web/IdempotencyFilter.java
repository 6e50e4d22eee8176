package app.resa.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import app.resa.shared.Caller;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on API POSTs: the first request with a key runs and its response is
 * kept; a replay with the same key and body gets that response again and creates nothing. The
 * key is claimed by an insert before the request runs, so two concurrent requests with one key
 * never both run: the second is told the first is still in progress (409).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotencyFilter(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller;
        try {
            caller = CallerArgumentResolver.current();
        } catch (RuntimeException notAuthenticated) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200) {
            refuse(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 200 characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(caller, request, body);

        if (!requests.claim(caller.organisationId(), key, fingerprint)) {
            replayOrRefuse(caller, key, fingerprint, response);
            return;
        }
        var cached = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new ReplayedBody(request, body), cached);
            if (cached.getStatus() < 500) {
                // An answer marked no-store holds a secret (an API key's token): keep only its
                // status and Location, so a replay still creates nothing and leaks nothing.
                String cacheControl = cached.getHeader(HttpHeaders.CACHE_CONTROL);
                boolean secret = cacheControl != null && cacheControl.contains("no-store");
                requests.complete(caller.organisationId(), key, new IdempotentRequests.StoredResponse(
                        cached.getStatus(), secret ? null : cached.getContentType(),
                        cached.getHeader(HttpHeaders.LOCATION), cached.getHeader(HttpHeaders.ETAG),
                        secret ? new byte[0] : cached.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                // A failure must not pin the key: the client may retry the same request.
                requests.release(caller.organisationId(), key);
            }
            cached.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(Caller caller, String key, String fingerprint, HttpServletResponse response)
            throws IOException {
        var stored = requests.find(caller.organisationId(), key);
        if (stored.isEmpty()) {
            refuse(response, HttpStatus.CONFLICT, "idempotency-request-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly");
            return;
        }
        var previous = stored.get();
        if (!previous.fingerprint().equals(fingerprint)) {
            refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request");
            return;
        }
        var answer = previous.response();
        if (answer == null) {
            refuse(response, HttpStatus.CONFLICT, "idempotency-request-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly");
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body());
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ApiProblems.write(response, json, ApiProblems.problem(status, code, detail, List.of()));
    }

    /**
     * The caller is part of the fingerprint: a replay skips authorization, so it must only ever
     * hand an answer back to the caller it was made for, never to a colleague with a lesser role.
     */
    private static String fingerprint(Caller caller, HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(caller.userId()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(caller.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.join(",", new java.util.TreeSet<>(caller.roles())).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request again, with the body this filter already read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
