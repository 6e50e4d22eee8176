package app.resa.ticketing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A seat of a session for a seat map: free, blocked by the venue, or in the state of its claim. */
public record SeatStatus(UUID id, String label, @Nullable String priceCategory, boolean blocked, boolean free,
                         @Nullable String state) {
}
