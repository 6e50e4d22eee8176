package app.resa.ticketing;

import java.util.UUID;

/** A season of events; once closed, no new session is planned in it. */
public record Season(UUID id, String name, boolean closed) {
}
