package app.resa.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.inventory.AllocationId;
import app.resa.shared.Money;

/** One thing sold or reserved: places of a quota, or one seat, of a session, at a tariff. */
public final class DossierLine {

    private final UUID id;
    private LineStatus status;
    private UUID sessionId;
    private final UUID eventId;
    private String product;
    private @Nullable UUID quotaId;
    private @Nullable UUID seatId;
    private @Nullable String seatLabel;
    private final int quantity;
    private @Nullable UUID tariffId;
    private @Nullable String tariffName;
    private Money unitPrice;
    private AllocationId allocationId;
    private final Instant createdAt;

    DossierLine(UUID id, LineStatus status, UUID sessionId, UUID eventId, String product, @Nullable UUID quotaId,
                @Nullable UUID seatId, @Nullable String seatLabel, int quantity, @Nullable UUID tariffId,
                @Nullable String tariffName, Money unitPrice, AllocationId allocationId, Instant createdAt) {
        this.id = id;
        this.status = status;
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.product = product;
        this.quotaId = quotaId;
        this.seatId = seatId;
        this.seatLabel = seatLabel;
        this.quantity = quantity;
        this.tariffId = tariffId;
        this.tariffName = tariffName;
        this.unitPrice = unitPrice;
        this.allocationId = allocationId;
        this.createdAt = createdAt;
    }

    void moveTo(LineStatus status) {
        this.status = status;
    }

    /** The line now claims another seat, quota or session of its event, in the same state and at its price. */
    void reclaim(UUID sessionId, String product, @Nullable UUID quotaId, @Nullable UUID seatId,
                 @Nullable String seatLabel, AllocationId allocationId) {
        this.sessionId = sessionId;
        this.product = product;
        this.quotaId = quotaId;
        this.seatId = seatId;
        this.seatLabel = seatLabel;
        this.allocationId = allocationId;
    }

    /** The line is sold at another tariff of its event (a change set's tariff change). */
    void retariff(@Nullable UUID tariffId, @Nullable String tariffName, Money unitPrice) {
        this.tariffId = tariffId;
        this.tariffName = tariffName;
        this.unitPrice = unitPrice;
    }

    public Money total() {
        return new Money(unitPrice.amount().multiply(BigDecimal.valueOf(quantity)), unitPrice.currency());
    }

    /** Reserved lines are blocked but their tickets are not printable; confirmed ones are. */
    public boolean printable() {
        return status == LineStatus.CONFIRMED;
    }

    public UUID id() { return id; }
    public LineStatus status() { return status; }
    public UUID sessionId() { return sessionId; }
    public UUID eventId() { return eventId; }
    public String product() { return product; }
    public @Nullable UUID quotaId() { return quotaId; }
    public @Nullable UUID seatId() { return seatId; }
    public @Nullable String seatLabel() { return seatLabel; }
    public int quantity() { return quantity; }
    public @Nullable UUID tariffId() { return tariffId; }
    public @Nullable String tariffName() { return tariffName; }
    public Money unitPrice() { return unitPrice; }
    public AllocationId allocationId() { return allocationId; }
    public Instant createdAt() { return createdAt; }
}
