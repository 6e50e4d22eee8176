package app.resa.organisation.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.resa.organisation.Role;

/**
 * A key to issue, as the API and the settings screen receive it; with a point of sale, the key
 * sells for it (its writes are recorded there, its carts follow its hold delays).
 */
public record NewApiKey(@NotBlank @Size(max = 100) String name, @NotNull Role role, @Nullable UUID pointOfSaleId) {

    public NewApiKey(String name, Role role) {
        this(name, role, null);
    }
}
