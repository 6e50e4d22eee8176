package app.resa.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * A kind of contact an organisation distinguishes (individual, company, subscriber, visitor,
 * partner…), editable by each organisation. Beneficiary types of tariffs and carnets use the
 * same codes.
 */
public record ContactType(UUID id, UUID organisationId, String code, String name, long version, Instant createdAt) {
}
