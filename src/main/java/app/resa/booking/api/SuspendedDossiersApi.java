package app.resa.booking.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.booking.CartSuspension;
import app.resa.booking.Dossier;
import app.resa.booking.DossierOperations;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;

/**
 * Carts set aside and taken back. Suspended dossiers are listed with
 * {@code GET /api/v1/dossiers?status=SUSPENDED}. Both honour an optional {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@PreAuthorize("hasRole('AGENT')")
class SuspendedDossiersApi {

    private final CartSuspension suspension;
    private final DossierOperations operations;

    SuspendedDossiersApi(CartSuspension suspension, DossierOperations operations) {
        this.suspension = suspension;
        this.operations = operations;
    }

    /** Only a dossier whose live lines are all in the cart; its holds keep running out. */
    @PostMapping("/{id}/suspend")
    ResponseEntity<DossierResponse> suspend(Caller caller, @PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        suspension.suspend(caller, id, expected(ifMatch, id));
        return ok(operations.get(caller, id));
    }

    /** Back to a cart; the holds still valid are renewed. */
    @PostMapping("/{id}/unsuspend")
    ResponseEntity<DossierResponse> unsuspend(Caller caller, @PathVariable UUID id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        suspension.takeBack(caller, id, expected(ifMatch, id));
        return ok(operations.get(caller, id));
    }

    /** Read back after the commit, so the answer and its ETag carry the new version. */
    private static ResponseEntity<DossierResponse> ok(Dossier dossier) {
        return ETags.ok(DossierResponse.of(dossier), dossier.version());
    }

    private static @Nullable Long expected(@Nullable String ifMatch, UUID id) {
        return ifMatch == null ? null : ETags.expectedVersion(ifMatch, "Dossier", id);
    }
}
