package app.resa.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A session to plan: when, its general-admission quotas, and the seating plan of its seats if seated. */
public record NewSession(
        @NotNull UUID eventId,
        @NotNull Instant startsAt,
        @Valid @Size(max = 20) @Nullable List<@NotNull @Valid NewQuota> quotas,
        @Nullable UUID seatingPlanId) {

    public List<NewQuota> quotaList() {
        return quotas == null ? List.of() : quotas;
    }

    public record NewQuota(@NotBlank @Size(max = 60) String name,
                           @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity,
                           @Size(max = 20) @Nullable String priceCategory) {
    }
}
