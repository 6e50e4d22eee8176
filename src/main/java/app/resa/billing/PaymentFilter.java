package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the payment list filters on; null means any. {@code to} is exclusive. */
public record PaymentFilter(@Nullable Instant from, @Nullable Instant to, @Nullable PaymentMethod method,
                            @Nullable UUID pointOfSaleId, @Nullable UUID dossierId, boolean depositsOnly) {
}
