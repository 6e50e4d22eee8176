package app.resa.billing.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import app.resa.billing.online.ProviderEvent.Outcome;
import app.resa.shared.Money;

/** The Stripe adapter's reading of events and amounts, without a server. */
class StripePaymentProviderTests {

    static final UUID ORGANISATION = UUID.randomUUID();
    static final String SECRET = "whsec_unitTestSigningSecret";

    final StripePaymentProvider stripe = new StripePaymentProvider(new MockEnvironment());
    final ProviderAccount account = new ProviderAccount(ORGANISATION, "STRIPE", "sk_test_unitTestSecretKey1234", SECRET,
            "https://shop.example.org/paid", "https://shop.example.org/cart", 1, Instant.now(), null);

    @Test
    void amountsGoToStripeInTheCurrencysMinorUnits() {
        assertThat(StripePaymentProvider.minorUnits(Money.of("12.34", "EUR"))).isEqualTo(1234);
        assertThat(StripePaymentProvider.minorUnits(Money.of("1500", "JPY"))).isEqualTo(1500);
        assertThat(StripePaymentProvider.minorUnits(Money.of("1.234", "KWD"))).isEqualTo(1234);
    }

    @Test
    void aSignedCompletedSessionIsAPaymentInTheCurrencysDigits() {
        UUID dossier = UUID.randomUUID();
        String payload = StripeStub.sessionEvent("evt_1", "checkout.session.completed", "cs_1", 1500, "jpy", "paid",
                "pi_1", Map.of("dossierId", dossier.toString(), "organisationId", ORGANISATION.toString()));

        var event = stripe.parseEvent(account, payload, StripeStub.signature(SECRET, payload));

        assertThat(event.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(event.id()).isEqualTo("evt_1");
        assertThat(event.reference()).isEqualTo("cs_1");
        assertThat(event.paymentReference()).isEqualTo("pi_1");
        assertThat(event.amount()).isEqualTo(Money.of("1500", "JPY"));
        assertThat(event.dossierId()).isEqualTo(dossier);
    }

    @Test
    void anUnpaidCompletionWaitsForItsOwnEventAndFailuresAreFailures() {
        String unpaid = StripeStub.sessionEvent("evt_2", "checkout.session.completed", "cs_2", 1000, "eur", "unpaid",
                "pi_2", Map.of());
        String failed = StripeStub.sessionEvent("evt_3", "checkout.session.async_payment_failed", "cs_2", 1000, "eur",
                "unpaid", "pi_2", Map.of());
        String other = StripeStub.sessionEvent("evt_4", "checkout.session.completed", "cs_3", 1000, "eur", "paid",
                "pi_3", Map.of("organisationId", UUID.randomUUID().toString()));

        assertThat(stripe.parseEvent(account, unpaid, StripeStub.signature(SECRET, unpaid)).outcome())
                .isEqualTo(Outcome.IGNORED);
        assertThat(stripe.parseEvent(account, failed, StripeStub.signature(SECRET, failed)).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(stripe.parseEvent(account, other, StripeStub.signature(SECRET, other)).outcome())
                .as("a session of another organisation").isEqualTo(Outcome.IGNORED);
    }

    @Test
    void aRefundCarriesStripesRunningTotal() {
        String payload = StripeStub.refundEvent("evt_5", "pi_5", 6000, 2500, "eur");

        var event = stripe.parseEvent(account, payload, StripeStub.signature(SECRET, payload));

        assertThat(event.outcome()).isEqualTo(Outcome.REFUNDED);
        assertThat(event.paymentReference()).isEqualTo("pi_5");
        assertThat(event.amount()).isEqualTo(Money.of("25.00", "EUR"));
    }

    @Test
    void anythingNotSignedWithTheSecretIsRefusedAsAnInvalidSignature() {
        String payload = StripeStub.sessionEvent("evt_6", "checkout.session.completed", "cs_6", 1000, "eur", "paid",
                "pi_6", Map.of());
        String stale = "t=" + (Instant.now().getEpochSecond() - 3600) + ","
                + StripeStub.signature(SECRET, payload).replaceFirst("t=\\d+,", "");

        for (String signature : new String[] {null, "", "garbage", StripeStub.signature("whsec_other", payload), stale}) {
            assertThatThrownBy(() -> stripe.parseEvent(account, payload, signature)).as(String.valueOf(signature))
                    .isInstanceOf(OnlinePaymentRefusedException.class).extracting("code").isEqualTo("invalid-signature");
        }
        assertThatThrownBy(() -> stripe.parseEvent(account, payload.replace("1000", "9000"),
                StripeStub.signature(SECRET, payload))).isInstanceOf(OnlinePaymentRefusedException.class);
    }

    @Test
    void anAccountNeverPrintsItsSecrets() {
        assertThat(account.toString()).doesNotContain("sk_test_unitTestSecretKey").doesNotContain(SECRET)
                .contains("1234");
        assertThat(ProviderAccount.ending("short")).isEqualTo("****");
    }
}
