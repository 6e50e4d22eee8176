package app.resa.shared;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a record, when and where: lists show "created on/by, modified on/by" from it.
 */
public record Audit(Instant createdAt, @Nullable UUID createdBy, @Nullable UUID createdOn,
                    Instant modifiedAt, @Nullable UUID modifiedBy, @Nullable UUID modifiedOn) {

    public static Audit createdBy(Caller caller, Instant now) {
        return new Audit(now, caller.userId(), caller.pointOfSaleId(), now, caller.userId(), caller.pointOfSaleId());
    }

    public Audit modifiedBy(Caller caller, Instant now) {
        return new Audit(createdAt, createdBy, createdOn, now, caller.userId(), caller.pointOfSaleId());
    }
}
