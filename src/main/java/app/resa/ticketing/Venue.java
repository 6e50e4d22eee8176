package app.resa.ticketing;

import java.util.UUID;

/** A place where sessions are played; it has seating plans. */
public record Venue(UUID id, String name) {
}
