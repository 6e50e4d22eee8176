package app.resa.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.resa.booking.CartManagement;
import app.resa.booking.Dossier;
import app.resa.booking.DossierOperations;
import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;
import app.resa.contacts.ContactManagement;
import app.resa.shared.Caller;
import app.resa.ticketing.EventManagement;
import app.resa.ticketing.NewSession;
import app.resa.ticketing.NewTariff;
import app.resa.ticketing.SessionPlanning;
import app.resa.ticketing.TariffManagement;

/** Sets up what billing tests sell: an event at a price in a currency, a contact, a dossier with places. */
@Component
public class Sales {

    private final EventManagement events;
    private final SessionPlanning sessions;
    private final TariffManagement tariffs;
    private final CartManagement carts;
    private final DossierOperations operations;
    private final ContactManagement contacts;

    Sales(EventManagement events, SessionPlanning sessions, TariffManagement tariffs, CartManagement carts,
          DossierOperations operations, ContactManagement contacts) {
        this.events = events;
        this.sessions = sessions;
        this.tariffs = tariffs;
        this.carts = carts;
        this.operations = operations;
        this.contacts = contacts;
    }

    /** A session of a new event whose default tariff costs {@code price} {@code currency}. */
    public Show show(Caller caller, String name, String price, String currency) {
        var event = events.create(caller, name, null);
        tariffs.create(caller, new NewTariff(event.id(), "Full", "full", null,
                new NewTariff.Price(new BigDecimal(price), currency)));
        var session = sessions.plan(caller, new NewSession(event.id(),
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                List.of(new NewSession.NewQuota("Stalls", 500, null)), null));
        return new Show(event.id(), session.id(), session.quotas().getFirst().id());
    }

    public UUID contact(Caller caller, String lastName) {
        return contacts.create(caller, Contact.Kind.PERSON, null, new ContactDetails("Ada", lastName, null, null, null,
                null, null, null, null, null, null, null, null)).id();
    }

    /** A dossier with {@code quantity} places of the show, in the cart. */
    public Dossier cart(Caller caller, @Nullable UUID contactId, Show show, int quantity) {
        var dossier = carts.open(caller, contactId);
        return carts.addPlaces(caller, dossier.id(), null, show.sessionId(), show.quotaId(), quantity, null);
    }

    public Dossier add(Caller caller, Dossier dossier, Show show, int quantity) {
        return carts.addPlaces(caller, dossier.id(), null, show.sessionId(), show.quotaId(), quantity, null);
    }

    /** A dossier with {@code quantity} places of the show, confirmed (sold). */
    public Dossier sold(Caller caller, @Nullable UUID contactId, Show show, int quantity) {
        var dossier = cart(caller, contactId, show, quantity);
        return operations.confirm(caller, dossier.id(), null, List.of());
    }

    public Dossier confirm(Caller caller, UUID dossierId, List<UUID> lineIds) {
        return operations.confirm(caller, dossierId, null, lineIds);
    }

    public Dossier reserve(Caller caller, UUID dossierId) {
        return operations.reserve(caller, dossierId, null, List.of(), null);
    }

    public Dossier cancel(Caller caller, UUID dossierId, List<UUID> lineIds) {
        return operations.cancel(caller, dossierId, null, lineIds);
    }

    public Dossier split(Caller caller, UUID dossierId, List<UUID> lineIds) {
        return operations.split(caller, dossierId, null, lineIds);
    }

    public record Show(UUID eventId, UUID sessionId, UUID quotaId) {
    }
}
