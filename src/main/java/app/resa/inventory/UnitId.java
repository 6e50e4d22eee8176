package app.resa.inventory;

import java.util.UUID;

/** One identified thing: seat R12 at a session, room 204, drill #SN-1182. */
public record UnitId(UUID value) {
}
