package app.resa.ticketing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What is performed (a play, a concert), in a season or not; it has sessions and tariffs. */
public record Event(UUID id, String name, @Nullable UUID seasonId) {
}
