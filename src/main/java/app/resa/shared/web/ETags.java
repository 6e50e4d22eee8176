package app.resa.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.StaleVersionException;

/**
 * Optimistic locking over HTTP: a resource's version is its {@code ETag}; a write must send it
 * back in {@code If-Match}. A missing header is refused (428) so no client overwrites blindly.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** The version the client read, from {@code If-Match}. */
    public static long expectedVersion(@Nullable String ifMatch, String what, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw StaleVersionException.of(what, id, -1);
        }
    }

    static final class PreconditionRequiredException extends BusinessRuleViolation {
        PreconditionRequiredException() {
            super("if-match-required", "Send the ETag you read in an If-Match header");
        }

        @Override
        public int status() {
            return 428;
        }
    }
}
