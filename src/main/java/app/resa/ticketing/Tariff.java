package app.resa.ticketing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A price of an event for one audience (full, reduced, subscriber…) and one price category of
 * seats (null: any seat or quota of the event).
 */
public record Tariff(UUID id, UUID eventId, String name, String audience, @Nullable String priceCategory,
                     Money price) {
}
