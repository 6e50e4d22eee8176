package app.resa.ticketing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A tariff of an event: its name, audience code (full, reduced, subscriber…), price category and price. */
public record NewTariff(
        @NotNull UUID eventId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "lower-case letters, digits and dashes") String audience,
        @Size(max = 20) @Nullable String priceCategory,
        @NotNull @Valid Price price) {

    public record Price(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal amount,
                        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
    }
}
