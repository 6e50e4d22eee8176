package app.resa.booking.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import app.resa.booking.ChangeSet;

/**
 * Places of a quota ({@code quotaId}, {@code quantity}) or chosen seats ({@code seatIds}) of a
 * session, at a tariff or the default one: a line put in a cart, whether the dossier is being
 * opened, added to or changed.
 */
record LineRequest(@NotNull UUID sessionId, @Nullable UUID quotaId, @Positive @Max(100) @Nullable Integer quantity,
                   @Size(max = 50) @Nullable List<@NotNull UUID> seatIds, @Nullable UUID tariffId) {

    /** Either places of a quota or seats, never both, never neither. */
    @AssertTrue(message = "give quotaId and quantity, or seatIds")
    boolean isQuotaOrSeats() {
        return seats() != (quotaId != null && quantity != null);
    }

    boolean seats() {
        return seatIds != null && !seatIds.isEmpty();
    }

    ChangeSet.Addition toAddition() {
        return seats()
                ? ChangeSet.Addition.seats(sessionId, Objects.requireNonNull(seatIds), tariffId)
                : ChangeSet.Addition.places(sessionId, Objects.requireNonNull(quotaId),
                        quantity == null ? 0 : quantity, tariffId);
    }
}
