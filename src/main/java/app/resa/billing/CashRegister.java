package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

/** A cash drawer at a point of sale; money taken there goes to its open session. */
public record CashRegister(UUID id, UUID pointOfSaleId, String name, Instant createdAt) {
}
