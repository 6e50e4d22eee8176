package app.resa.contacts.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.contacts.Contact;
import app.resa.contacts.ContactManagement;
import app.resa.contacts.ContactSearch;
import app.resa.contacts.ContactSearch.ContactFilter;
import app.resa.contacts.ContactSearch.ContactSummary;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

@RestController
@RequestMapping("/api/v1/contacts")
@PreAuthorize("hasRole('VIEWER')")
class ContactsApi {

    private final ContactManagement contacts;
    private final ContactSearch search;

    ContactsApi(ContactManagement contacts, ContactSearch search) {
        this.contacts = contacts;
        this.search = search;
    }

    /** The contact list: free text ({@code q}) matches names, e-mail, phone, VAT and number. */
    @GetMapping
    PageResponse<ContactSummary> list(Caller caller, @RequestParam(required = false) @Size(max = 200) @Nullable String q,
                                      @RequestParam(required = false) Contact.@Nullable Kind kind,
                                      @RequestParam(required = false) @Nullable UUID contactTypeId,
                                      @RequestParam(required = false) @Size(max = 100) @Nullable String city,
                                      @ParameterObject @Valid PageRequest page) {
        return search.find(caller.organisationId(), new ContactFilter(q, kind, contactTypeId, city), page);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactResponse> get(Caller caller, @PathVariable UUID id) {
        var contact = contacts.get(caller, id);
        return ETags.ok(ContactResponse.of(contact), contact.version());
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ContactResponse> create(Caller caller, @Valid @RequestBody ContactRequest request) {
        var contact = contacts.create(caller, request.kind(), request.contactTypeId(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id()))
                .eTag(ETags.of(contact.version()))
                .body(ContactResponse.of(contact));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ContactResponse> update(Caller caller, @PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody ContactRequest request) {
        long expected = ETags.expectedVersion(ifMatch, "Contact", id);
        var contact = contacts.change(caller, id, expected, request.kind(), request.contactTypeId(), request.details());
        return ETags.ok(ContactResponse.of(contact), contact.version());
    }
}
