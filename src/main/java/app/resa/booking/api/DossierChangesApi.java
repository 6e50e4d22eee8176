package app.resa.booking.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

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

import app.resa.booking.ChangeSet;
import app.resa.booking.DossierChanges;
import app.resa.booking.DossierStatus;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.ETags;

/**
 * Change sets ("Reprendre"): {@code add} places or seats, {@code remove} lines, {@code exchange}
 * a line's seat or session, change a line's {@code tariff} — all applied in one transaction or
 * none. The dossier's version comes in {@code If-Match} or as {@code version} (one is required:
 * 412 when the dossier changed meanwhile). A refusal changes nothing and names the operation in
 * its field ({@code add[1]}, {@code exchange[0].seatId}). The preview gives the price difference.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}/changes")
@PreAuthorize("hasRole('AGENT')")
class DossierChangesApi {

    private final DossierChanges changes;

    DossierChangesApi(DossierChanges changes) {
        this.changes = changes;
    }

    @PostMapping
    ResponseEntity<DossierResponse> apply(Caller caller, @PathVariable UUID id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                          @Valid @RequestBody ChangeRequest request) {
        // Without a version a change set could undo what another operator just did: required.
        long expected = ifMatch != null || request.version() == null
                ? ETags.expectedVersion(ifMatch, "Dossier", id) : request.version();
        var dossier = changes.apply(caller, id, expected, request.toChangeSet());
        return ETags.ok(DossierResponse.of(dossier), dossier.version());
    }

    @PostMapping("/preview")
    ResponseEntity<PreviewResponse> preview(Caller caller, @PathVariable UUID id,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                            @Valid @RequestBody ChangeRequest request) {
        Long expected = ifMatch != null ? Long.valueOf(ETags.expectedVersion(ifMatch, "Dossier", id)) : request.version();
        var preview = changes.preview(caller, id, expected, request.toChangeSet());
        return ETags.ok(new PreviewResponse(preview.version(), preview.dossier().status(), preview.before(),
                preview.after(), preview.difference(), preview.summary(),
                preview.dossier().lines().stream().map(DossierResponse.Line::of).toList()), preview.version());
    }

    record ChangeRequest(@PositiveOrZero @Nullable Long version,
                         @Size(max = 50) @Nullable List<@Valid @NotNull LineRequest> add,
                         @Size(max = 500) @Nullable List<@NotNull UUID> remove,
                         @Size(max = 50) @Nullable List<@Valid @NotNull Exchange> exchange,
                         @Size(max = 500) @Nullable List<@Valid @NotNull TariffChange> tariff) {

        @AssertTrue(message = "give at least one operation: add, remove, exchange or tariff")
        boolean isAnything() {
            return !(empty(add) && empty(remove) && empty(exchange) && empty(tariff));
        }

        ChangeSet toChangeSet() {
            return new ChangeSet(
                    add == null ? List.of() : add.stream().map(LineRequest::toAddition).toList(),
                    remove == null ? List.of() : remove,
                    exchange == null ? List.of() : exchange.stream()
                            .map(e -> new ChangeSet.Exchange(e.lineId(), e.sessionId(), e.quotaId(), e.seatId())).toList(),
                    tariff == null ? List.of() : tariff.stream()
                            .map(t -> new ChangeSet.TariffChange(t.lineId(), t.tariffId())).toList());
        }

        private static boolean empty(@Nullable List<?> list) {
            return list == null || list.isEmpty();
        }
    }

    record Exchange(@NotNull UUID lineId, @Nullable UUID sessionId, @Nullable UUID quotaId, @Nullable UUID seatId) {

        /** A seat, or a session with a quota or a seat; never a quota and a seat together. */
        @AssertTrue(message = "give seatId, or sessionId with quotaId or seatId")
        boolean isSeatOrSession() {
            if (quotaId != null && seatId != null) {
                return false;
            }
            return sessionId == null ? seatId != null : quotaId != null || seatId != null;
        }
    }

    record TariffChange(@NotNull UUID lineId, @NotNull UUID tariffId) {
    }

    record PreviewResponse(long version, DossierStatus status, List<Money> before, List<Money> after,
                           List<Money> difference, List<String> summary, List<DossierResponse.Line> lines) {
    }
}
