package app.resa.billing.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.Charge;
import app.resa.billing.FolioKind;
import app.resa.billing.FolioManagement;
import app.resa.billing.RoutingRule;
import app.resa.shared.Caller;
import app.resa.shared.Money;

/**
 * A dossier's folio: read it; add an extra service; void or move charges; open another folio (a
 * company's, a transfer folio); route a line's or a product's charges to it.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@PreAuthorize("hasRole('VIEWER')")
class FolioApi {

    private final FolioManagement folios;

    FolioApi(FolioManagement folios) {
        this.folios = folios;
    }

    @GetMapping("/folio")
    FolioResponse folio(Caller caller, @PathVariable UUID id) {
        return FolioResponse.of(folios.of(caller, id));
    }

    @PostMapping("/charges")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Charge> addService(Caller caller, @PathVariable UUID id, @Valid @RequestBody NewService request) {
        var charge = folios.addService(caller, id, request.folioId(), request.description().strip(), request.quantity(),
                request.unitPrice(), request.discount(), request.taxRateId());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/folio")).body(charge);
    }

    @PostMapping("/charges/void")
    @PreAuthorize("hasRole('AGENT')")
    Charge voidCharge(Caller caller, @PathVariable UUID id, @Valid @RequestBody VoidRequest request) {
        return folios.voidCharge(caller, id, request.chargeId(), request.reason().strip());
    }

    @PostMapping("/charges/move")
    @PreAuthorize("hasRole('AGENT')")
    List<Charge> move(Caller caller, @PathVariable UUID id, @Valid @RequestBody MoveRequest request) {
        return folios.move(caller, id, request.chargeIds(), request.folioId(),
                request.reason() == null || request.reason().isBlank() ? "moved" : request.reason().strip());
    }

    @PostMapping("/folios")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<FolioResponse.FolioView> open(Caller caller, @PathVariable UUID id,
                                                 @Valid @RequestBody NewFolio request) {
        var folio = folios.open(caller, id, request.kind(), request.name(), request.payerContactId());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/folio"))
                .body(FolioResponse.FolioView.of(folio));
    }

    @GetMapping("/routing-rules")
    List<RoutingRule> rules(Caller caller, @PathVariable UUID id) {
        return folios.rules(caller, id);
    }

    @PostMapping("/routing-rules")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<RoutingRule> route(Caller caller, @PathVariable UUID id, @Valid @RequestBody NewRule request) {
        var rule = folios.route(caller, id, request.folioId(), request.lineId(), request.eventId());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/routing-rules")).body(rule);
    }

    record NewService(@NotBlank @Size(max = 200) String description, @NotNull @Positive @Max(10_000) Integer quantity,
                      @NotNull Money unitPrice, @Nullable Money discount, @Nullable UUID taxRateId,
                      @Nullable UUID folioId) {
    }

    record VoidRequest(@NotNull UUID chargeId, @NotBlank @Size(max = 200) String reason) {
    }

    record MoveRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> chargeIds, @NotNull UUID folioId,
                       @Size(max = 200) @Nullable String reason) {
    }

    record NewFolio(@NotNull FolioKind kind, @Size(max = 100) @Nullable String name, @Nullable UUID payerContactId) {

        @AssertTrue(message = "a dossier's main folio opens by itself; COMPANY, TRANSFER or OTHER")
        boolean isNotMain() {
            return kind != FolioKind.MAIN;
        }
    }

    record NewRule(@NotNull UUID folioId, @Nullable UUID lineId, @Nullable UUID eventId) {

        @AssertTrue(message = "give lineId or eventId")
        boolean isLineOrProduct() {
            return lineId != null || eventId != null;
        }
    }
}
