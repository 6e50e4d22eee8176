package app.resa.documents;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.resa.organisation.Organisations;
import app.resa.shared.NotFoundException;
import app.resa.ticketing.Session;
import app.resa.ticketing.SessionCatalog;
import app.resa.ticketing.VenueManagement;

/** What a ticket says of its session that the dossier line does not: event, time, venue, quota; and the zone to say it in. */
@Component
class SessionDetails {

    private final SessionCatalog catalog;
    private final VenueManagement venues;
    private final Organisations organisations;

    SessionDetails(SessionCatalog catalog, VenueManagement venues, Organisations organisations) {
        this.catalog = catalog;
        this.venues = venues;
        this.organisations = organisations;
    }

    /** Looks each session up once per print, however many tickets it has. */
    Lookup lookup(UUID organisationId) {
        return new Lookup(organisationId);
    }

    ZoneId zone(UUID organisationId) {
        return organisations.zoneOf(organisationId);
    }

    final class Lookup {

        private final UUID organisationId;
        private final Map<UUID, Session> sessions = new HashMap<>();
        private @Nullable Map<UUID, String> venueOfPlan;

        private Lookup(UUID organisationId) {
            this.organisationId = organisationId;
        }

        Session session(UUID sessionId) {
            return sessions.computeIfAbsent(sessionId, id -> catalog.session(organisationId, id)
                    .orElseThrow(() -> NotFoundException.of("Session", id)));
        }

        /** The venue of a seated session; a general-admission session names none. */
        @Nullable String venue(Session session) {
            if (session.seatingPlanId() == null) {
                return null;
            }
            if (venueOfPlan == null) {
                venueOfPlan = new HashMap<>();
                venues.plans(organisationId).forEach(plan -> venueOfPlan.put(plan.id(), plan.venueName()));
            }
            return venueOfPlan.get(session.seatingPlanId());
        }

        @Nullable String quotaName(Session session, @Nullable UUID quotaId) {
            return quotaId == null ? null : session.quota(quotaId).map(Session.Quota::name).orElse(null);
        }
    }
}
