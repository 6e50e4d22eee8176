package app.resa.billing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.Instalment;
import app.resa.billing.PaymentSchedules;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.PageRequest;
import app.resa.shared.web.PageResponse;

/** A dossier's payment schedule (instalments adding up to its total) and the overdue instalments. */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class PaymentSchedulesApi {

    private final PaymentSchedules schedules;

    PaymentSchedulesApi(PaymentSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/api/v1/dossiers/{id}/payment-schedule")
    List<InstalmentResponse> schedule(Caller caller, @PathVariable UUID id) {
        return schedules.of(caller, id).stream().map(InstalmentResponse::of).toList();
    }

    /** Replaces the schedule; an empty list removes it. */
    @PutMapping("/api/v1/dossiers/{id}/payment-schedule")
    @PreAuthorize("hasRole('AGENT')")
    List<InstalmentResponse> plan(Caller caller, @PathVariable UUID id, @Valid @RequestBody Schedule request) {
        var planned = request.instalments().stream()
                .map(i -> new PaymentSchedules.NewInstalment(i.dueOn(), i.amount())).toList();
        return schedules.plan(caller, id, planned).stream().map(InstalmentResponse::of).toList();
    }

    @GetMapping("/api/v1/instalments/overdue")
    PageResponse<InstalmentResponse> overdue(Caller caller, @ParameterObject @Valid PageRequest page) {
        return schedules.overdue(caller, page).map(InstalmentResponse::of);
    }

    record Schedule(@NotNull @Size(max = 60) List<@Valid @NotNull Planned> instalments) {
    }

    record Planned(@NotNull LocalDate dueOn, @NotNull @Valid Money amount) {
    }

    record InstalmentResponse(UUID id, UUID dossierId, long dossierNumber, int position, LocalDate dueOn, Money amount,
                              Money paid, Money outstanding, Instalment.Status status) {

        static InstalmentResponse of(Instalment i) {
            return new InstalmentResponse(i.id(), i.dossierId(), i.dossierNumber(), i.position(), i.dueOn(), i.amount(),
                    i.paid(), i.outstanding(), i.status());
        }
    }
}
