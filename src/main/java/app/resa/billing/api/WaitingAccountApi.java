package app.resa.billing.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.PaymentMethod;
import app.resa.billing.WaitingAccount;
import app.resa.billing.WaitingPayment;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** The waiting account: money received without a dossier, and its assignment to one, once. */
@RestController
@RequestMapping("/api/v1/waiting-payments")
@PreAuthorize("hasRole('VIEWER')")
class WaitingAccountApi {

    private final WaitingAccount account;

    WaitingAccountApi(WaitingAccount account) {
        this.account = account;
    }

    /** What still waits, newest first; {@code all=true} includes what was assigned. */
    @GetMapping
    PageResponse<WaitingPayment> list(Caller caller, @RequestParam(defaultValue = "false") boolean all,
                                      @ParameterObject @Valid PageRequest page) {
        return account.list(caller, all, page);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<WaitingPayment> receive(Caller caller, @Valid @RequestBody Received request) {
        var waiting = account.receive(caller, request.amount(), PaymentMethod.named(request.method()),
                request.reference(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/waiting-payments/" + waiting.id())).body(waiting);
    }

    /** Becomes a payment of the dossier; 409 {@code already-assigned} the second time. */
    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('AGENT')")
    WaitingPayment assign(Caller caller, @PathVariable UUID id, @Valid @RequestBody Assignment request) {
        return account.assign(caller, id, request.dossierId());
    }

    record Received(@NotNull @Valid Money amount, @NotBlank String method, @Nullable @Size(max = 100) String reference,
                    @Nullable @Size(max = 500) String note) {
    }

    record Assignment(@NotNull UUID dossierId) {
    }
}
