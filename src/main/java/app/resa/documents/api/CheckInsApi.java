package app.resa.documents.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.resa.documents.CheckInResult;
import app.resa.documents.CheckIns;
import app.resa.shared.Caller;

/**
 * Scanning a ticket at the door. Every outcome is a 200 with the outcome in the body: a scanner
 * needs to show "already used" or "unknown" to the person at the door, not to handle an error.
 */
@RestController
class CheckInsApi {

    private final CheckIns checkIns;

    CheckInsApi(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/api/v1/check-ins")
    @PreAuthorize("hasRole('AGENT')")
    CheckInResponse checkIn(Caller caller, @Valid @RequestBody CheckInRequest request) {
        return CheckInResponse.of(checkIns.checkIn(caller, request.secret()));
    }

    record CheckInRequest(@NotBlank @Size(max = 200) String secret) {
    }

    /** {@code checkedInAt/By/pointOfSale}: this scan's when valid, the first scan's when already used. */
    record CheckInResponse(CheckInResult.Outcome result, @Nullable TicketResponse ticket, @Nullable Instant checkedInAt,
                           @Nullable String checkedInBy, @Nullable UUID pointOfSaleId, @Nullable String pointOfSale) {
        static CheckInResponse of(CheckInResult result) {
            return new CheckInResponse(result.outcome(), result.ticket() == null ? null : TicketResponse.of(result.ticket()),
                    result.at(), result.by(), result.pointOfSaleId(), result.pointOfSale());
        }
    }
}
