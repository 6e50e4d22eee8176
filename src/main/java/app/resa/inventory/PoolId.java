package app.resa.inventory;

import java.util.UUID;

/** A pool of capacity: a session's quota, a room type's nights, a session's seats, stock on hand. */
public record PoolId(UUID value) {

    public static PoolId random() {
        return new PoolId(UUID.randomUUID());
    }
}
