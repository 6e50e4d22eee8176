package app.resa.booking.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.booking.DossierOperations;
import app.resa.booking.LineExchange;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;

/**
 * Exchanging a line's place: {@code {"lineId","seatId"}} for another seat of its session, or
 * {@code {"lineId","sessionId","quotaId"|"seatId"}} for another session of its event. The line
 * keeps its state and price; 409 {@code seat-unavailable} or {@code insufficient-capacity}
 * changes nothing. Honours an optional {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@PreAuthorize("hasRole('AGENT')")
class ExchangeApi {

    private final LineExchange exchange;
    private final DossierOperations operations;

    ExchangeApi(LineExchange exchange, DossierOperations operations) {
        this.exchange = exchange;
        this.operations = operations;
    }

    @PostMapping("/{id}/exchange")
    ResponseEntity<DossierResponse> exchange(Caller caller, @PathVariable UUID id,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                             @Valid @RequestBody ExchangeRequest request) {
        Long expected = ifMatch == null ? null : ETags.expectedVersion(ifMatch, "Dossier", id);
        exchange.exchange(caller, id, expected, request.lineId(), request.sessionId(), request.quotaId(),
                request.seatId());
        // Read back after the commit: the answer and its ETag carry the new version.
        var dossier = operations.get(caller, id);
        return ETags.ok(DossierResponse.of(dossier), dossier.version());
    }

    record ExchangeRequest(@NotNull UUID lineId, @Nullable UUID sessionId, @Nullable UUID quotaId,
                           @Nullable UUID seatId) {

        /** A seat, or a session with a quota or a seat; never a quota and a seat together. */
        @AssertTrue(message = "give seatId, or sessionId with quotaId or seatId")
        boolean isSeatOrSession() {
            if (quotaId != null && seatId != null) {
                return false;
            }
            return sessionId == null ? seatId != null : quotaId != null || seatId != null;
        }
    }
}
