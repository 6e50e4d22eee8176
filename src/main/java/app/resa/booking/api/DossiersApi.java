package app.resa.booking.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.booking.CartManagement;
import app.resa.booking.Dossier;
import app.resa.booking.DossierHistory;
import app.resa.booking.DossierOperations;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;

/**
 * Dossiers: open one, put places in its cart, reserve, put on option, confirm, cancel, split.
 * Operations take the lines they act on ({@code lineIds}; none means all) and honour an optional
 * {@code If-Match} with the dossier's ETag.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@PreAuthorize("hasRole('VIEWER')")
class DossiersApi {

    private final CartManagement carts;
    private final DossierOperations operations;
    private final DossierHistory history;

    DossiersApi(CartManagement carts, DossierOperations operations, DossierHistory history) {
        this.carts = carts;
        this.operations = operations;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> open(Caller caller, @Valid @RequestBody(required = false) @Nullable NewDossier request) {
        if (request == null) {
            return created(carts.open(caller, null));
        }
        return created(request.lines() == null || request.lines().isEmpty()
                ? carts.open(caller, request.contactId())
                : carts.open(caller, request.contactId(), request.lines().stream().map(LineRequest::toAddition).toList()));
    }

    @GetMapping("/{id}")
    ResponseEntity<DossierResponse> get(Caller caller, @PathVariable UUID id) {
        return ok(operations.get(caller, id));
    }

    @GetMapping("/{id}/history")
    List<DossierHistory.Entry> history(Caller caller, @PathVariable UUID id) {
        operations.get(caller, id);
        return history.of(caller.organisationId(), id);
    }

    /** Places of a quota ({@code quotaId}, {@code quantity}) or chosen seats ({@code seatIds}). */
    @PostMapping("/{id}/lines")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> addLine(Caller caller, @PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                            @Valid @RequestBody LineRequest request) {
        Long expected = expected(ifMatch, id);
        var dossier = request.seats()
                ? carts.addSeats(caller, id, expected, request.sessionId(), Objects.requireNonNull(request.seatIds()),
                        request.tariffId())
                : carts.addPlaces(caller, id, expected, request.sessionId(), request.quotaId(), request.quantity(),
                        request.tariffId());
        // The dossier as the operation left it: no second read for the answer.
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id)).eTag(ETags.of(dossier.version()))
                .body(DossierResponse.of(dossier));
    }

    @PostMapping("/{id}/reserve")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> reserve(Caller caller, @PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                            @Valid @RequestBody(required = false) @Nullable Operation request) {
        return ok(operations.reserve(caller, id, expected(ifMatch, id), lines(request), null));
    }

    @PostMapping("/{id}/option")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> option(Caller caller, @PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody OptionRequest request) {
        return ok(operations.reserve(caller, id, expected(ifMatch, id), lines(request.lineIds()), request.until()));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> confirm(Caller caller, @PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                            @Valid @RequestBody(required = false) @Nullable Operation request) {
        return ok(operations.confirm(caller, id, expected(ifMatch, id), lines(request)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> cancel(Caller caller, @PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody(required = false) @Nullable Operation request) {
        return ok(operations.cancel(caller, id, expected(ifMatch, id), lines(request)));
    }

    @PostMapping("/{id}/split")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DossierResponse> split(Caller caller, @PathVariable UUID id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                          @Valid @RequestBody SplitRequest request) {
        return created(operations.split(caller, id, expected(ifMatch, id), request.lineIds()));
    }

    private static ResponseEntity<DossierResponse> ok(Dossier dossier) {
        return ETags.ok(DossierResponse.of(dossier), dossier.version());
    }

    private static ResponseEntity<DossierResponse> created(Dossier dossier) {
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.id()))
                .eTag(ETags.of(dossier.version())).body(DossierResponse.of(dossier));
    }

    private static @Nullable Long expected(@Nullable String ifMatch, UUID id) {
        return ifMatch == null ? null : ETags.expectedVersion(ifMatch, "Dossier", id);
    }

    private static List<UUID> lines(@Nullable Operation request) {
        return request == null ? List.of() : lines(request.lineIds());
    }

    private static List<UUID> lines(@Nullable List<UUID> lineIds) {
        return lineIds == null ? List.of() : lineIds;
    }

    /** A purchase contact, and the first lines when the dossier is opened with them. */
    record NewDossier(@Nullable UUID contactId, @Size(max = 20) @Nullable List<@Valid @NotNull LineRequest> lines) {
    }

    record Operation(@Size(max = 500) @Nullable List<@NotNull UUID> lineIds) {
    }

    record OptionRequest(@Size(max = 500) @Nullable List<@NotNull UUID> lineIds, @NotNull @Future Instant until) {
    }

    record SplitRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> lineIds) {
    }
}
