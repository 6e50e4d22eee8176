package app.resa.organisation;

import java.time.Instant;
import java.util.UUID;

/** A site of an organisation: a venue, a hotel, a rental agency. */
public record Branch(UUID id, UUID organisationId, String name, Instant createdAt) {
}
