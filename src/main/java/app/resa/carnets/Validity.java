package app.resa.carnets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a carnet is valid (decision 64): through the whole last day, in the organisation's
 * time zone. Sold on D with V days, its last day is D + V and it expires at the start of
 * D + V + 1 there; a daylight-saving change in between moves the instant, not the day.
 */
public record Validity(LocalDate lastDay, Instant expiresAt) {

    public static Validity of(LocalDate saleDate, int validityDays, ZoneId zone) {
        if (validityDays < 1) {
            throw new IllegalArgumentException("validity of " + validityDays + " days");
        }
        LocalDate last = saleDate.plusDays(validityDays);
        return new Validity(last, last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The validity extended to a new last day. */
    public static Validity until(LocalDate lastDay, ZoneId zone) {
        return new Validity(lastDay, lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
