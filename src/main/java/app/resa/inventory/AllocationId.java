package app.resa.inventory;

import java.util.UUID;

/** One claim on inventory. */
public record AllocationId(UUID value) {
}
