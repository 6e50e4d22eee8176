package app.resa.billing.online;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.checkout.SessionCreateParams;

import app.resa.billing.online.ProviderEvent.Outcome;
import app.resa.shared.Money;

/**
 * The Stripe adapter: Checkout Sessions for payment links, signed webhook events for what became
 * of them. One client per call, built with the organisation's own secret key, so no key is ever
 * kept in a shared static (Stripe's global {@code Stripe.apiKey} would mix organisations).
 */
@Component
class StripePaymentProvider implements PaymentProvider {

    /** Where the Stripe API is; unset in production (the library's own default), a local stub in tests. */
    static final String API_BASE = "resa.online-payments.stripe.api-base";

    private static final Logger log = LoggerFactory.getLogger(StripePaymentProvider.class);

    private final Environment environment;

    StripePaymentProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "STRIPE";
    }

    @Override
    public CreatedCheckout createCheckout(ProviderAccount account, CheckoutRequest request) {
        Money amount = request.amount();
        var metadata = Map.of("dossierId", request.dossierId().toString(),
                "organisationId", request.organisationId().toString(), "checkoutId", request.checkoutId().toString());
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(account.successUrl())
                .setCancelUrl(account.cancelUrl())
                .setClientReferenceId(request.dossierId().toString())
                .putAllMetadata(metadata)
                // copied onto the payment, so a refund made later in Stripe's dashboard still names the dossier
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putAllMetadata(metadata).build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(minorUnits(amount))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .build();
        try {
            Session session = client(account).v1().checkout().sessions().create(params,
                    RequestOptions.builder().setIdempotencyKey("resa-checkout-" + request.checkoutId()).build());
            if (session.getUrl() == null || session.getId() == null) {
                throw OnlinePaymentRefusedException.providerUnavailable("Stripe", "no URL in its answer");
            }
            return new CreatedCheckout(session.getUrl(), session.getId());
        } catch (StripeException e) {
            // Stripe's message, never the request: it carries no key.
            log.warn("Stripe refused a checkout for dossier {}: {}", request.dossierId(), e.getMessage());
            throw OnlinePaymentRefusedException.providerUnavailable("Stripe", String.valueOf(e.getMessage()));
        }
    }

    @Override
    public ProviderEvent parseEvent(ProviderAccount account, String payload, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            throw OnlinePaymentRefusedException.invalidSignature();
        }
        Event event;
        StripeObject object;
        try {
            event = Webhook.constructEvent(payload, signature, account.webhookSecret());
            var data = event.getDataObjectDeserializer();
            // An event of another API version than the library's still has the fields read here.
            object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (com.stripe.exception.SignatureVerificationException | EventDataObjectDeserializationException
                 | RuntimeException e) {
            log.info("Refused a Stripe notification for organisation {}: {}", account.organisationId(),
                    e.getClass().getSimpleName());
            throw OnlinePaymentRefusedException.invalidSignature();
        }
        String type = event.getType();
        return switch (object) {
            case Session session when otherOrganisation(session.getMetadata(), account) ->
                    ignored(event);
            case Session session -> new ProviderEvent(event.getId(), type, outcomeOf(type, session),
                    session.getId(), session.getPaymentIntent(), money(session.getAmountTotal(), session.getCurrency()),
                    dossierOf(session.getMetadata()));
            case Charge charge when type.equals("charge.refunded") && charge.getPaymentIntent() != null ->
                    new ProviderEvent(event.getId(), type, Outcome.REFUNDED, null, charge.getPaymentIntent(),
                            money(charge.getAmountRefunded(), charge.getCurrency()), dossierOf(charge.getMetadata()));
            case null, default -> ignored(event);
        };
    }

    private static Outcome outcomeOf(String type, Session session) {
        return switch (type) {
            // "unpaid" on completion: a delayed method (a bank debit); its own event follows
            case "checkout.session.completed" -> "unpaid".equals(session.getPaymentStatus())
                    ? Outcome.IGNORED : Outcome.SUCCEEDED;
            case "checkout.session.async_payment_succeeded" -> Outcome.SUCCEEDED;
            case "checkout.session.async_payment_failed", "checkout.session.expired" -> Outcome.FAILED;
            default -> Outcome.IGNORED;
        };
    }

    private static ProviderEvent ignored(Event event) {
        return new ProviderEvent(event.getId(), event.getType(), Outcome.IGNORED, null, null, null, null);
    }

    /** A session made for another organisation, signed with this one's secret: not ours to record. */
    private static boolean otherOrganisation(@Nullable Map<String, String> metadata, ProviderAccount account) {
        String organisation = metadata == null ? null : metadata.get("organisationId");
        return organisation != null && !organisation.equals(account.organisationId().toString());
    }

    private static @Nullable UUID dossierOf(@Nullable Map<String, String> metadata) {
        String dossier = metadata == null ? null : metadata.get("dossierId");
        try {
            return dossier == null ? null : UUID.fromString(dossier);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Money money(@Nullable Long minorUnits, @Nullable String currency) {
        if (minorUnits == null || currency == null) {
            return null;
        }
        var iso = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        return new Money(BigDecimal.valueOf(minorUnits, Math.max(iso.getDefaultFractionDigits(), 0)), iso);
    }

    /** Stripe counts in the currency's minor unit (cents; yen as they are). */
    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(Math.max(amount.currency().getDefaultFractionDigits(), 0))
                .longValueExact();
    }

    private StripeClient client(ProviderAccount account) {
        var builder = StripeClient.builder().setApiKey(account.secretKey()).setMaxNetworkRetries(2)
                .setConnectTimeout(5_000).setReadTimeout(20_000);
        // Read at each call rather than at start, so tests can point it at their stub after the
        // shared application context has started.
        Optional.ofNullable(environment.getProperty(API_BASE)).filter(base -> !base.isBlank())
                .ifPresent(builder::setApiBase);
        return builder.build();
    }
}
