package app.resa.organisation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.resa.organisation.ApiKey;
import app.resa.organisation.ApiKeyManagement;
import app.resa.shared.Caller;

/** API keys are issued and revoked by administrators; the token is returned once, at issue. */
@RestController
@RequestMapping("/api/v1/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeysApi {

    private final ApiKeyManagement keys;

    ApiKeysApi(ApiKeyManagement keys) {
        this.keys = keys;
    }

    @GetMapping
    List<ApiKey> list(Caller caller) {
        return keys.all(caller);
    }

    @PostMapping
    ResponseEntity<ApiKeyManagement.IssuedKey> issue(Caller caller, @Valid @RequestBody NewApiKey request) {
        var issued = keys.issue(caller, request.name(), request.role(), request.pointOfSaleId());
        // no-store: the token is shown once; neither caches nor the idempotency store keep it.
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.key().id()))
                .cacheControl(CacheControl.noStore()).body(issued);
    }

    @PostMapping("/{id}/revoke")
    ApiKey revoke(Caller caller, @PathVariable UUID id) {
        return keys.revoke(caller, id);
    }

}
