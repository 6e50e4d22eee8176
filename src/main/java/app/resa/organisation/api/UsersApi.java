package app.resa.organisation.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.organisation.Role;
import app.resa.organisation.User;
import app.resa.organisation.UserManagement;
import app.resa.shared.Caller;
import app.resa.shared.web.ETags;

/** Users of the caller's organisation; administrators only. Password hashes never leave. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersApi {

    private final UserManagement users;

    UsersApi(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    List<UserResponse> list(Caller caller) {
        return users.all(caller).stream().map(UserResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<UserResponse> get(Caller caller, @PathVariable UUID id) {
        var user = users.get(caller, id);
        return ETags.ok(UserResponse.of(user), user.version());
    }

    @PostMapping
    ResponseEntity<UserResponse> create(Caller caller, @Valid @RequestBody NewUserRequest request) {
        var user = users.create(caller, request.toNewUser());
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
                .eTag(ETags.of(user.version())).body(UserResponse.of(user));
    }

    @PutMapping("/{id}")
    ResponseEntity<UserResponse> update(Caller caller, @PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                        @Valid @RequestBody UserChangeRequest request) {
        var user = users.change(caller, id, ETags.expectedVersion(ifMatch, "User", id),
                new UserManagement.UserChange(request.displayName(), request.role(), request.language(),
                        request.pointOfSaleId(), request.enabled(), request.password()));
        return ETags.ok(UserResponse.of(user), user.version());
    }

    record UserChangeRequest(@NotBlank @Size(max = 100) String displayName,
                             @NotNull Role role,
                             @Pattern(regexp = "en|fr|ru|bg", message = "must be one of en, fr, ru, bg") @Nullable String language,
                             @Nullable UUID pointOfSaleId,
                             @NotNull Boolean enabled,
                             @Size(min = 10, max = 200) @Nullable String password) {
    }

    record UserResponse(UUID id, String username, String displayName, Role role, @Nullable String language,
                        @Nullable UUID pointOfSaleId, boolean enabled, long version, Instant createdAt,
                        Instant modifiedAt) {
        static UserResponse of(User user) {
            return new UserResponse(user.id(), user.username(), user.displayName(), user.role(), user.language(),
                    user.pointOfSaleId(), user.enabled(), user.version(), user.createdAt(), user.modifiedAt());
        }
    }
}
