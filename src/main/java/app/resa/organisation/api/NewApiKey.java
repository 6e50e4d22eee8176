package app.resa.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.resa.organisation.Role;

/** A key to issue, as the API and the settings screen receive it. */
public record NewApiKey(@NotBlank @Size(max = 100) String name, @NotNull Role role) {
}
