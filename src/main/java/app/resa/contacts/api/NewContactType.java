package app.resa.contacts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new contact type, as the API and the settings screen receive it. */
public record NewContactType(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "lower-case letters, digits and dashes") String code,
        @NotBlank @Size(max = 100) String name) {
}
