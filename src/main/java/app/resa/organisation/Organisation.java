package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant: a theatre, a hotel group, a rental company. Its time zone decides "today" and expiry
 * dates; its currency is the default of its prices.
 */
public record Organisation(UUID id, String name, String timeZone, String defaultLanguage, String currency,
                           Instant createdAt) {
}
