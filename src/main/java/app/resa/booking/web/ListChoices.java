package app.resa.booking.web;

import java.util.List;

import org.springframework.stereotype.Component;

import app.resa.contacts.ContactType;
import app.resa.contacts.ContactTypeManagement;
import app.resa.shared.Caller;
import app.resa.ticketing.Event;
import app.resa.ticketing.SessionCatalog;

/** The choices of the dossier list's filter form: contact types and products (events). */
@Component
class ListChoices {

    private final ContactTypeManagement contactTypes;
    private final SessionCatalog catalog;

    ListChoices(ContactTypeManagement contactTypes, SessionCatalog catalog) {
        this.contactTypes = contactTypes;
        this.catalog = catalog;
    }

    List<ContactType> contactTypes(Caller caller) {
        return contactTypes.all(caller);
    }

    List<Event> events(Caller caller) {
        return catalog.events(caller.organisationId());
    }
}
