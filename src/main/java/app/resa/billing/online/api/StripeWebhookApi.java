package app.resa.billing.online.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.resa.billing.online.ProviderEventHandling;

/**
 * Stripe's notifications for one organisation. No user calls it, so no login is asked: the
 * {@code Stripe-Signature} (an HMAC of the exact body with the organisation's signing secret) is
 * the only credential, checked before anything is read. The path names the organisation so the
 * right secret is used; a wrong or missing signature is 400 and nothing is written.
 */
@RestController
class StripeWebhookApi {

    private final ProviderEventHandling events;

    StripeWebhookApi(ProviderEventHandling events) {
        this.events = events;
    }

    record Received(String outcome) {
    }

    @PostMapping("/api/v1/webhooks/stripe/{organisationId}")
    @PreAuthorize("permitAll()")
    Received receive(@PathVariable UUID organisationId, @RequestBody byte[] body,
                     @RequestHeader(value = "Stripe-Signature", required = false) @Nullable String signature) {
        // The raw bytes, decoded here: the signature is over the body exactly as sent.
        return new Received(events.receive(organisationId, new String(body, StandardCharsets.UTF_8), signature).name());
    }
}
