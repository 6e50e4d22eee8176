package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.resa.shared.Money;

/** Balance = live charges − payments, per folio and per dossier, in each currency. */
class FolioTests {

    static final UUID DOSSIER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void theBalanceIsTheLiveChargesLessThePayments() {
        UUID folio = UUID.randomUUID();
        var seats = charge(folio, "30.00", 2, "EUR", TaxationTests.TVA_5_5_INCLUDED);
        var programme = charge(folio, "4.50", 1, "EUR", TaxationTests.TVA_20_EXCLUDED);      // 5.40 with tax
        var cancelled = charge(folio, "12.00", 1, "EUR", Taxation.NONE).voidedBy(null, NOW, "line cancelled");

        var f = folio(folio, "EUR", List.of(seats, programme, cancelled),
                List.of(payment(folio, PaymentKind.PAYMENT, "20.00", "EUR"), payment(folio, PaymentKind.PAYMENT, "10.00", "EUR")));

        assertThat(f.charged()).isEqualTo(Money.of("65.40", "EUR"));
        assertThat(f.paid()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(f.balance()).isEqualTo(Money.of("35.40", "EUR"));
        assertThat(f.due()).isEqualTo(Money.of("35.40", "EUR"));
        assertThat(f.tax()).isEqualTo(Money.of("4.03", "EUR"));   // 3.13 + 0.90
    }

    @Test
    void refundsAndTransfersToCreditCountAgainstWhatWasPaid() {
        UUID folio = UUID.randomUUID();
        var f = folio(folio, "TND", List.of(charge(folio, "10.500", 1, "TND", Taxation.NONE)),
                List.of(payment(folio, PaymentKind.PAYMENT, "15.000", "TND"),
                        payment(folio, PaymentKind.TO_CREDIT, "-4.500", "TND"),
                        payment(folio, PaymentKind.REFUND, "-1.000", "TND")));

        assertThat(f.paid()).isEqualTo(Money.of("9.500", "TND"));
        assertThat(f.balance()).isEqualTo(Money.of("1.000", "TND"));
    }

    @Test
    void anOverpaidFolioOwesMoneyBackAndHasNothingDue() {
        UUID folio = UUID.randomUUID();
        var f = folio(folio, "JPY", List.of(charge(folio, "1500", 2, "JPY", Taxation.NONE)),
                List.of(payment(folio, PaymentKind.PAYMENT, "5000", "JPY")));

        assertThat(f.balance()).isEqualTo(Money.of("-2000", "JPY"));
        assertThat(f.due()).isEqualTo(Money.of("0", "JPY"));
    }

    @Test
    void aDossierAddsItsFoliosBalancesPerCurrency() {
        UUID main = UUID.randomUUID();
        UUID company = UUID.randomUUID();
        UUID yen = UUID.randomUUID();
        var dossier = new DossierFolios(DOSSIER, List.of(
                folio(main, "EUR", List.of(charge(main, "10.00", 1, "EUR", Taxation.NONE)),
                        List.of(payment(main, PaymentKind.PAYMENT, "4.00", "EUR"))),
                folio(company, "EUR", List.of(charge(company, "100.00", 1, "EUR", Taxation.NONE)), List.of()),
                folio(yen, "JPY", List.of(charge(yen, "3000", 1, "JPY", Taxation.NONE)), List.of())));

        assertThat(dossier.balances()).containsExactly(Money.of("106.00", "EUR"), Money.of("3000", "JPY"));
    }

    @Test
    void aVoidedChargeCannotBeVoidedAgain() {
        var voided = charge(UUID.randomUUID(), "5.00", 1, "EUR", Taxation.NONE).voidedBy(null, NOW, "mistake");

        assertThat(voided.live()).isFalse();
        assertThatThrownBy(() -> voided.voidedBy(null, NOW, "again")).isInstanceOf(BillingRefusedException.class)
                .hasFieldOrPropertyWithValue("code", "charge-voided");
    }

    @Test
    void aDiscountLargerThanThePriceIsRefused() {
        assertThatThrownBy(() -> Charge.post(UUID.randomUUID(), DOSSIER, null, null, "Parking", 1,
                Money.of("5.00", "EUR"), Money.of("6.00", "EUR"), Taxation.NONE, NOW, null))
                .isInstanceOf(BillingRefusedException.class).hasFieldOrPropertyWithValue("code", "discount-too-large");
    }

    static Charge charge(UUID folio, String unitPrice, int quantity, String currency, Taxation taxation) {
        return Charge.post(folio, DOSSIER, UUID.randomUUID(), null, "Place", quantity, Money.of(unitPrice, currency),
                Money.zero(Currency.getInstance(currency)), taxation, NOW, null);
    }

    static Payment payment(UUID folio, PaymentKind kind, String amount, String currency) {
        return new Payment(UUID.randomUUID(), folio, DOSSIER, kind, PaymentMethod.CASH, Money.of(amount, currency),
                false, null, null, null, null, null, NOW, null);
    }

    static Folio folio(UUID id, String currency, List<Charge> charges, List<Payment> payments) {
        return new Folio(id, DOSSIER, FolioKind.MAIN, null, Currency.getInstance(currency), null, NOW, charges, payments);
    }
}
