package app.resa.contacts;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.resa.organisation.DemoDataRequested;
import app.resa.shared.Caller;
import app.resa.shared.web.PageRequest;

/** Demo contacts for the five desks of the seeds: Paris, Sofia, Casablanca, Moscow, Montréal. */
@Component
class ContactsDemo {

    /** The first demo contact's e-mail: when it exists, the demo data was loaded already. */
    private static final String DEMO_MARKER = "camille.dubois@example.fr";

    private final ContactSearch search;
    private final ContactManagement management;
    private final ContactTypes types;

    ContactsDemo(ContactSearch search, ContactManagement management, ContactTypes types) {
        this.search = search;
        this.management = management;
        this.types = types;
    }

    @EventListener
    void on(DemoDataRequested event) {
        if (search.find(event.organisationId(), ContactSearch.ContactFilter.text(DEMO_MARKER), PageRequest.first(1))
                .totalItems() > 0) {
            return;
        }
        var caller = new Caller(event.organisationId(), event.adminId(), "demo", event.pointOfSaleId(), Set.of("ADMIN"));
        person(caller, "subscriber", "Camille", "Dubois", "camille.dubois@example.fr", "+33 6 12 34 56 78", "Paris", "FR", "fr");
        person(caller, "visitor", "Иван", "Петров", "ivan.petrov@example.ru", "+7 495 123 45 67", "Москва", "RU", "ru");
        person(caller, "individual", "Мария", "Иванова", "maria.ivanova@example.bg", "+359 2 987 6543", "София", "BG", "bg");
        person(caller, "partner", "Youssef", "El Amrani", "youssef.elamrani@example.ma", "+212 522 123 456", "Casablanca", "MA", "fr");
        person(caller, "individual", "Émilie", "Tremblay", "emilie.tremblay@example.ca", "+1 514 555 0199", "Montréal", "CA", "fr");
        company(caller, "Théâtre des Amis", "FR12345678901", "Lyon", "FR");
        company(caller, "Balkan Travel OOD", "BG204567890", "Пловдив", "BG");
    }

    private void person(Caller caller, String type, String first, String last, String email, String phone,
                        String city, String country, String language) {
        management.create(caller, Contact.Kind.PERSON, typeId(caller, type), new ContactDetails(first, last, null,
                email, phone, null, null, city, country, language, null, null, null));
    }

    private void company(Caller caller, String name, String vat, String city, String country) {
        management.create(caller, Contact.Kind.COMPANY, typeId(caller, "company"), new ContactDetails(null, null, name,
                null, null, null, null, city, country, null, null, vat, null));
    }

    private UUID typeId(Caller caller, String code) {
        return types.findByCode(caller.organisationId(), code).map(ContactType::id).orElse(null);
    }
}
