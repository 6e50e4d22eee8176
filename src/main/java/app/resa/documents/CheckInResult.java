package app.resa.documents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a scan at the door says. The ticket is there unless the secret is unknown; {@code at},
 * {@code by} and {@code pointOfSale} are the check-in's — this scan's when valid, the first
 * scan's when already used.
 */
public record CheckInResult(Outcome outcome, @Nullable Ticket ticket, @Nullable Instant at, @Nullable String by,
                            @Nullable UUID pointOfSaleId, @Nullable String pointOfSale) {

    public enum Outcome {
        /** First scan of a good ticket: let them in. */
        VALID,
        /** Scanned before: when and where are given. */
        ALREADY_USED,
        /** Its line is not confirmed (reserved, on option): the places are blocked, not sold. */
        NOT_PRINTABLE,
        /** Its line or dossier was cancelled, or a reprint replaced this paper. */
        CANCELLED,
        /** No ticket of this organisation has this secret. */
        UNKNOWN
    }

    static CheckInResult unknown() {
        return new CheckInResult(Outcome.UNKNOWN, null, null, null, null, null);
    }

    static CheckInResult of(Outcome outcome, Ticket ticket) {
        return new CheckInResult(outcome, ticket, null, null, null, null);
    }
}
