package app.resa.organisation;

import java.util.UUID;

/**
 * A new organisation exists. Published inside the transaction that opens it, so modules that
 * give every organisation its defaults (contact types, …) commit with it or not at all.
 */
public record OrganisationOpened(UUID organisationId, UUID adminId, UUID pointOfSaleId) {
}
