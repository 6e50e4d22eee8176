package app.resa.billing.api;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.CashRegister;
import app.resa.billing.CashRegisterManagement;
import app.resa.billing.CashSession;
import app.resa.billing.PaymentMethod;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** Cash registers, their sessions (open with a float, close with what was counted) and closing reports. */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class CashRegistersApi {

    private final CashRegisterManagement registers;

    CashRegistersApi(CashRegisterManagement registers) {
        this.registers = registers;
    }

    @GetMapping("/api/v1/cash-registers")
    List<CashRegister> registers(Caller caller) {
        return registers.registers(caller);
    }

    @PostMapping("/api/v1/cash-registers")
    @PreAuthorize("hasRole('MANAGER')")
    ResponseEntity<CashRegister> create(Caller caller, @Valid @RequestBody NewRegister request) {
        var register = registers.create(caller, request.pointOfSaleId(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/cash-registers/" + register.id())).body(register);
    }

    @PostMapping("/api/v1/cash-registers/{id}/sessions")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<SessionResponse> open(Caller caller, @PathVariable UUID id, @Valid @RequestBody Opening request) {
        var session = registers.open(caller, id, request.openingFloat());
        return ResponseEntity.created(URI.create("/api/v1/cash-sessions/" + session.id()))
                .body(SessionResponse.of(registers.report(caller, session.id())));
    }

    @GetMapping("/api/v1/cash-sessions")
    PageResponse<SessionResponse> sessions(Caller caller, @ParameterObject @Valid PageRequest page) {
        return registers.sessions(caller, page).map(SessionResponse::of);
    }

    /** The session and its report: expected so far while open; expected, counted and difference once closed. */
    @GetMapping("/api/v1/cash-sessions/{id}")
    SessionResponse report(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(registers.report(caller, id));
    }

    @PostMapping("/api/v1/cash-sessions/{id}/close")
    @PreAuthorize("hasRole('AGENT')")
    SessionResponse close(Caller caller, @PathVariable UUID id, @Valid @RequestBody Closing request) {
        var counted = new EnumMap<PaymentMethod, Money>(PaymentMethod.class);
        if (request.counted() != null) {
            for (Counted count : request.counted()) {
                counted.merge(PaymentMethod.named(count.method()), count.amount(), Money::plus);
            }
        }
        return SessionResponse.of(registers.close(caller, id, counted, request.note()));
    }

    record NewRegister(@NotNull UUID pointOfSaleId, @NotBlank @Size(max = 100) String name) {
    }

    record Opening(@NotNull @Valid Money openingFloat) {
    }

    record Closing(@Nullable @Size(max = 20) List<@Valid Counted> counted, @Nullable @Size(max = 500) String note) {
    }

    record Counted(@NotBlank String method, @NotNull Money amount) {
    }

    record Line(PaymentMethod method, Money expected, @Nullable Money counted, @Nullable Money difference) {
    }

    record SessionResponse(UUID id, UUID registerId, String registerName, UUID pointOfSaleId, Money openingFloat,
                           java.time.Instant openedAt, @Nullable UUID openedBy, boolean open,
                           java.time.@Nullable Instant closedAt, @Nullable UUID closedBy, @Nullable String closingNote,
                           List<Line> report) {

        static SessionResponse of(CashSession s) {
            return new SessionResponse(s.id(), s.registerId(), s.registerName(), s.pointOfSaleId(), s.openingFloat(),
                    s.openedAt(), s.openedBy(), s.open(), s.closedAt(), s.closedBy(), s.closingNote(),
                    s.counts().stream().map(c -> new Line(c.method(), c.expected(), c.counted(), c.difference()))
                            .toList());
        }
    }
}
