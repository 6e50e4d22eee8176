package app.resa.organisation.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import app.resa.organisation.Role;
import app.resa.organisation.UserManagement;

/** A user to create, as the API and the settings screen receive it. */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._@-]{3,60}", message = "3 to 60 letters, digits or . _ @ -") String username,
        @NotBlank @Size(min = 10, max = 200) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @Pattern(regexp = "en|fr|ru|bg", message = "must be one of en, fr, ru, bg") @Nullable String language,
        @Nullable UUID pointOfSaleId) {

    /** A screen's empty choice means "no language". */
    public NewUserRequest {
        language = language == null || language.isBlank() ? null : language;
    }

    public UserManagement.NewUser toNewUser() {
        return new UserManagement.NewUser(username, password, displayName, role, language, pointOfSaleId);
    }
}
