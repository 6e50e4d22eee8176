package app.resa.billing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A register from its opening, with the float put in the drawer, to its closing, with what was
 * counted per payment method. While it is open, the cash, card and cheque payments taken at its
 * point of sale belong to it.
 *
 * @param counts per method, what was expected and counted; empty while open
 */
public record CashSession(UUID id, UUID registerId, String registerName, UUID pointOfSaleId, Money openingFloat,
                          Instant openedAt, @Nullable UUID openedBy, @Nullable Instant closedAt,
                          @Nullable UUID closedBy, @Nullable String closingNote, List<Count> counts) {

    public CashSession {
        counts = List.copyOf(counts);
    }

    public boolean open() {
        return closedAt == null;
    }

    /** One method's line of the closing report: expected = float (cash) + payments − refunds; counted; the difference. */
    public record Count(PaymentMethod method, Money expected, @Nullable Money counted) {

        /** Counted − expected: negative when money is missing; null until counted. */
        public @Nullable Money difference() {
            return counted == null ? null : counted.minus(expected);
        }
    }
}
