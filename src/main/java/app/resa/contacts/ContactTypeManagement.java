package app.resa.contacts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.resa.organisation.OrganisationOpened;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.shared.NotFoundException;
import app.resa.shared.StaleVersionException;

/** Each organisation's list of contact types, seeded when the organisation opens. */
@Service
public class ContactTypeManagement {

    /** The types every organisation starts with; beneficiary types of tariffs use these codes. */
    static final List<String> DEFAULT_CODES = List.of("individual", "company", "subscriber", "visitor", "partner");

    private final ContactTypes types;
    private final Clock clock;

    ContactTypeManagement(ContactTypes types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    /**
     * A plain listener, not an after-commit one: an organisation must never exist without its
     * contact types, so they are written in the transaction that opens it.
     */
    @EventListener
    void on(OrganisationOpened event) {
        for (String code : DEFAULT_CODES) {
            types.insert(new ContactType(UUID.randomUUID(), event.organisationId(), code,
                    Character.toUpperCase(code.charAt(0)) + code.substring(1), 0, clock.instant()));
        }
    }

    public List<ContactType> all(Caller caller) {
        return types.all(caller.organisationId());
    }

    public ContactType get(Caller caller, UUID id) {
        return types.find(caller.organisationId(), id).orElseThrow(() -> NotFoundException.of("Contact type", id));
    }

    @Transactional
    public ContactType create(Caller caller, String code, String name) {
        if (types.findByCode(caller.organisationId(), code).isPresent()) {
            throw new ContactTypeCodeTakenException(code);
        }
        var type = new ContactType(UUID.randomUUID(), caller.organisationId(), code, name, 0, clock.instant());
        types.insert(type);
        return type;
    }

    @Transactional
    public ContactType rename(Caller caller, UUID id, long expectedVersion, String name) {
        get(caller, id);
        if (!types.rename(caller.organisationId(), id, expectedVersion, name)) {
            throw StaleVersionException.of("Contact type", id, expectedVersion);
        }
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        get(caller, id);
        if (types.inUse(caller.organisationId(), id)) {
            throw new ContactTypeInUseException(id);
        }
        types.delete(caller.organisationId(), id);
    }

    static final class ContactTypeCodeTakenException extends BusinessRuleViolation {
        ContactTypeCodeTakenException(String code) {
            super("contact-type-code-taken", "A contact type with code " + code + " already exists");
        }

        @Override
        public String field() {
            return "code";
        }
    }

    static final class ContactTypeInUseException extends BusinessRuleViolation {
        ContactTypeInUseException(UUID id) {
            super("contact-type-in-use", "Contact type " + id + " is still used by contacts");
        }
    }
}
