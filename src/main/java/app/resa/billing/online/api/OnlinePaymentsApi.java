package app.resa.billing.online.api;

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
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.online.OnlineAccountManagement;
import app.resa.billing.online.OnlineAccountManagement.AccountView;
import app.resa.billing.online.OnlineCheckout;
import app.resa.billing.online.OnlineCheckoutManagement;
import app.resa.shared.Caller;
import app.resa.shared.Money;
import app.resa.shared.web.ETags;

/**
 * Payment links for a dossier (agents), and the organisation's payment-provider account
 * (administrators). The account's secrets are write-only: answers show their last four characters.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class OnlinePaymentsApi {

    private final OnlineCheckoutManagement checkouts;
    private final OnlineAccountManagement accounts;

    OnlinePaymentsApi(OnlineCheckoutManagement checkouts, OnlineAccountManagement accounts) {
        this.checkouts = checkouts;
        this.accounts = accounts;
    }

    /** The amount to take; without it, what the dossier owes. */
    record NewCheckout(@Valid @Nullable Money amount) {
    }

    record CheckoutResponse(UUID id, UUID dossierId, String url, String reference, Money amount, String status,
                            Instant createdAt) {

        static CheckoutResponse of(OnlineCheckout checkout) {
            return new CheckoutResponse(checkout.id(), checkout.dossierId(), checkout.url(), checkout.reference(),
                    checkout.amount(), checkout.status().name(), checkout.createdAt());
        }
    }

    /**
     * @param secretKey     the provider's secret (or restricted) API key; blank keeps the one set
     * @param webhookSecret the signing secret of the webhook endpoint; blank keeps the one set
     */
    record AccountRequest(
            @Nullable @Pattern(regexp = "^((sk|rk)_[A-Za-z0-9_]{8,250})?$", message = "must be a secret key (sk_… or rk_…)") String secretKey,
            @Nullable @Pattern(regexp = "^(whsec_[A-Za-z0-9_+/=]{8,250})?$", message = "must be a webhook signing secret (whsec_…)") String webhookSecret,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") String successUrl,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address") String cancelUrl) {

        @Override
        public String toString() {
            return "AccountRequest[successUrl=" + successUrl + ", cancelUrl=" + cancelUrl + "]";
        }
    }

    @PostMapping("/api/v1/dossiers/{id}/checkout")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<CheckoutResponse> checkout(Caller caller, @PathVariable UUID id,
                                              @Valid @RequestBody(required = false) @Nullable NewCheckout request) {
        var checkout = checkouts.create(caller, id, request == null ? null : request.amount());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id + "/checkouts"))
                .body(CheckoutResponse.of(checkout));
    }

    @GetMapping("/api/v1/dossiers/{id}/checkouts")
    @PreAuthorize("hasRole('VIEWER')")
    List<CheckoutResponse> checkouts(Caller caller, @PathVariable UUID id) {
        return checkouts.ofDossier(caller, id).stream().map(CheckoutResponse::of).toList();
    }

    @GetMapping("/api/v1/online-payments/account")
    ResponseEntity<AccountView> account(Caller caller) {
        var view = accounts.view(caller);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).cacheControl(CacheControl.noStore()).body(view);
    }

    @PutMapping("/api/v1/online-payments/account")
    ResponseEntity<AccountView> setAccount(Caller caller,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody @NotNull AccountRequest request) {
        long expected = ETags.expectedVersion(ifMatch, "Online payment account of", caller.organisationId());
        var view = accounts.set(caller, new OnlineAccountManagement.NewSettings(request.secretKey(),
                request.webhookSecret(), request.successUrl(), request.cancelUrl()), expected);
        // no-store: the idempotency store and caches keep nothing of a request that carried secrets
        return ResponseEntity.ok().eTag(ETags.of(view.version())).cacheControl(CacheControl.noStore()).body(view);
    }
}
