package app.resa.organisation;

import java.util.UUID;

/**
 * Resa was started with {@code RESA_DEMO=true}: each module fills the organisation with demo data
 * of its own, once (a listener does nothing when its data is already there).
 */
public record DemoDataRequested(UUID organisationId, UUID adminId, UUID pointOfSaleId) {
}
