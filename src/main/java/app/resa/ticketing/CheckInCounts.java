package app.resa.ticketing;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many people came in, per session. Check-in belongs to the module that prints tickets
 * (documents), which depends on ticketing; so ticketing declares what it needs and that module
 * implements it, rather than ticketing depending back on it.
 */
public interface CheckInCounts {

    /** Tickets checked in per session; a session with none may be absent from the map. */
    Map<UUID, Long> checkedInBySession(UUID organisationId, Collection<UUID> sessionIds);
}
