package app.resa.booking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The operations queued on a dossier ("Reprendre"), applied all or nothing by
 * {@link DossierChanges}: new places of a quota or seats, lines removed (cancelled), lines
 * exchanged for another seat, quota or session, lines sold at another tariff. The lines it does
 * not name are left untouched, their claims included.
 */
public record ChangeSet(List<Addition> additions, List<UUID> removals, List<Exchange> exchanges,
                        List<TariffChange> tariffChanges) {

    public ChangeSet {
        additions = List.copyOf(additions);
        removals = List.copyOf(removals);
        exchanges = List.copyOf(exchanges);
        tariffChanges = List.copyOf(tariffChanges);
    }

    public boolean isEmpty() {
        return additions.isEmpty() && removals.isEmpty() && exchanges.isEmpty() && tariffChanges.isEmpty();
    }

    /** {@code quantity} places of a quota, or the seats {@code seatIds} (one line each); the default tariff when none. */
    public record Addition(UUID sessionId, @Nullable UUID quotaId, int quantity, List<UUID> seatIds,
                           @Nullable UUID tariffId) {

        public Addition {
            seatIds = List.copyOf(seatIds);
        }

        public static Addition places(UUID sessionId, UUID quotaId, int quantity, @Nullable UUID tariffId) {
            return new Addition(sessionId, quotaId, quantity, List.of(), tariffId);
        }

        public static Addition seats(UUID sessionId, List<UUID> seatIds, @Nullable UUID tariffId) {
            return new Addition(sessionId, null, 0, seatIds, tariffId);
        }
    }

    /** Another seat of the line's session, or another session of its event ({@code quotaId} or {@code seatId} there). */
    public record Exchange(UUID lineId, @Nullable UUID sessionId, @Nullable UUID quotaId, @Nullable UUID seatId) {
    }

    /** Another tariff of the line's event that fits its seat's price category. */
    public record TariffChange(UUID lineId, UUID tariffId) {
    }
}
