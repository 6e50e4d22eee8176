package app.resa.contacts.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.contacts.ContactType;
import app.resa.contacts.ContactTypeManagement;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/contact-types")
@PreAuthorize("hasRole('VIEWER')")
class ContactTypesApi {

    private final ContactTypeManagement types;

    ContactTypesApi(ContactTypeManagement types) {
        this.types = types;
    }

    @GetMapping
    List<ContactType> list(Caller caller) {
        return types.all(caller);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactType> get(Caller caller, @PathVariable UUID id) {
        var type = types.get(caller, id);
        return ETags.ok(type, type.version());
    }

    @PostMapping
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<ContactType> create(Caller caller, @Valid @RequestBody NewContactType request) {
        var type = types.create(caller, request.code(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/contact-types/" + type.id()))
                .eTag(ETags.of(type.version())).body(type);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<ContactType> rename(Caller caller, @PathVariable UUID id,
                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                       @Valid @RequestBody ContactTypeChange request) {
        var type = types.rename(caller, id, ETags.expectedVersion(ifMatch, "Contact type", id), request.name());
        return ETags.ok(type, type.version());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        types.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    record ContactTypeChange(@NotBlank @Size(max = 100) String name) {
    }
}
