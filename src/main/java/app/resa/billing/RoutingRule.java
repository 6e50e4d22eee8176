package app.resa.billing;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Sends a dossier's charges to another folio: those of one line, or of one product (an event).
 * "Split by company" is such a rule to the company's folio; a transfer folio is another.
 */
public record RoutingRule(UUID id, UUID dossierId, UUID folioId, @Nullable UUID lineId, @Nullable UUID eventId) {

    public RoutingRule {
        if (lineId == null && eventId == null) {
            throw new IllegalArgumentException("a routing rule names a line or a product");
        }
    }

    public boolean matches(Charge charge) {
        return lineId != null && lineId.equals(charge.lineId())
                || eventId != null && Objects.equals(eventId, charge.eventId());
    }
}
