package app.resa.booking;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.resa.contacts.ContactSearch;
import app.resa.organisation.Organisations;
import app.resa.organisation.UserManagement;
import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Caller;
import app.resa.ticketing.SessionCatalog;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/**
 * The dossier list with its columns in words: contact, users and points of sale by name, for
 * the screen, the API and the CSV export alike.
 */
@Service
public class DossierList {

    private final DossierSearch search;
    private final ContactSearch contacts;
    private final UserManagement users;
    private final Organisations organisations;
    private final SessionCatalog catalog;

    DossierList(DossierSearch search, ContactSearch contacts, UserManagement users, Organisations organisations,
                SessionCatalog catalog) {
        this.search = search;
        this.contacts = contacts;
        this.users = users;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    public PageResponse<Item> page(Caller caller, DossierSearch.DossierFilter filter, DossierSearch.Sort sort,
                                   PageRequest page) {
        var rows = search.find(caller.organisationId(), filter, scope(caller, filter), sort, page);
        var names = names(caller, rows.items().stream().map(DossierSearch.Row::contactId).toList());
        return rows.map(row -> names.item(row));
    }

    public void each(Caller caller, DossierSearch.DossierFilter filter, DossierSearch.Sort sort, int max,
                     java.util.function.Consumer<Item> consumer) {
        var rows = new java.util.ArrayList<DossierSearch.Row>();
        search.each(caller.organisationId(), filter, scope(caller, filter), sort, max, rows::add);
        var names = names(caller, rows.stream().map(DossierSearch.Row::contactId).toList());
        rows.forEach(row -> consumer.accept(names.item(row)));
    }

    /**
     * The contacts module answers which contacts a text or a type designates, ticketing which
     * events are of closed seasons; the list then filters on its own columns. A text designates
     * its first {@value #CONTACTS_OF_TEXT} contacts; a type at most {@value #CONTACTS_OF_TYPE},
     * beyond which the filter is refused rather than answered wrongly (docs/decisions.md, 31).
     */
    private DossierSearch.Scope scope(Caller caller, DossierSearch.DossierFilter filter) {
        UUID org = caller.organisationId();
        Set<UUID> contactIds = null;
        if (filter.contact() != null && !filter.contact().isBlank()) {
            String text = filter.contact().strip();
            contactIds = new HashSet<>(contacts.idsMatching(org, text.length() > 200 ? text.substring(0, 200) : text,
                    CONTACTS_OF_TEXT));
        }
        if (filter.contactTypeId() != null) {
            var ofType = contacts.idsOfType(org, filter.contactTypeId(), CONTACTS_OF_TYPE);
            if (ofType.size() > CONTACTS_OF_TYPE) {
                throw new ContactTypeTooBroadException();
            }
            if (contactIds == null) {
                contactIds = new HashSet<>(ofType);
            } else {
                contactIds.retainAll(ofType);
            }
        }
        Set<UUID> hidden = filter.includeClosedSeasons() ? Set.of() : catalog.eventsOfClosedSeasons(org);
        return new DossierSearch.Scope(contactIds, hidden);
    }

    static final int CONTACTS_OF_TEXT = 50;
    static final int CONTACTS_OF_TYPE = 5_000;

    static final class ContactTypeTooBroadException extends BusinessRuleViolation {
        ContactTypeTooBroadException() {
            super("contact-type-too-broad", "This contact type has more than " + CONTACTS_OF_TYPE
                    + " contacts; filter on a contact instead");
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String field() {
            return "contactTypeId";
        }
    }

    private Names names(Caller caller, java.util.List<@Nullable UUID> contactIds) {
        var ids = contactIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> pointsOfSale = new HashMap<>();
        organisations.pointsOfSale(caller.organisationId()).forEach(p -> pointsOfSale.put(p.id(), p.name()));
        return new Names(contacts.names(caller.organisationId(), ids), users.names(caller), pointsOfSale);
    }

    private record Names(Map<UUID, String> contacts, Map<UUID, String> users, Map<UUID, String> pointsOfSale) {
        Item item(DossierSearch.Row row) {
            return new Item(row.id(), row.number(), row.status(), row.printStatus(), row.contactId(),
                    row.contactId() == null ? null : contacts.get(row.contactId()), row.products(), row.createdAt(),
                    name(pointsOfSale, row.createdOn()), name(users, row.createdBy()), row.modifiedAt(),
                    name(pointsOfSale, row.modifiedOn()), name(users, row.modifiedBy()));
        }

        private static @Nullable String name(Map<UUID, String> names, @Nullable UUID id) {
            return id == null ? null : names.get(id);
        }
    }

    /** One row of the list, with the seed's columns. */
    public record Item(UUID id, long number, DossierStatus status, PrintStatus printStatus, @Nullable UUID contactId,
                       @Nullable String contactName, @Nullable String products, Instant createdAt,
                       @Nullable String createdOn, @Nullable String createdBy, Instant modifiedAt,
                       @Nullable String modifiedOn, @Nullable String modifiedBy) {
    }
}
