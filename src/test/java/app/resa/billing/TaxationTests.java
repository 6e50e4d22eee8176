package app.resa.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import app.resa.shared.Money;

/** A charge line's net, tax and gross: rounded once per line, half up, to the currency's digits. */
class TaxationTests {

    static final Taxation TVA_5_5_INCLUDED = new Taxation("TVA 5.5 %", new BigDecimal("5.5"), true);
    static final Taxation TVA_20_EXCLUDED = new Taxation("TVA 20 %", new BigDecimal("20"), false);
    static final Taxation DDS_9_INCLUDED = new Taxation("ДДС 9 %", new BigDecimal("9"), true);

    @Test
    void anInclusivePriceIsSplitIntoNetAndTaxRoundedToTheCent() {
        // 2 × 12.00 = 24.00 incl. 5.5 %: net 24 / 1.055 = 22.748… → 22.75, tax 1.25
        var amounts = TVA_5_5_INCLUDED.apply(Money.of("12.00", "EUR"), 2, Money.of("0", "EUR"));

        assertThat(amounts.net()).isEqualTo(Money.of("22.75", "EUR"));
        assertThat(amounts.tax()).isEqualTo(Money.of("1.25", "EUR"));
        assertThat(amounts.gross()).isEqualTo(Money.of("24.00", "EUR"));
    }

    @Test
    void anExclusivePriceGetsItsTaxAddedRoundedHalfUp() {
        // 3 × 3.35 = 10.05 excl. 20 %: tax 2.01 exactly; 1 × 0.125 would not be a EUR price
        var amounts = TVA_20_EXCLUDED.apply(Money.of("3.35", "EUR"), 3, Money.of("0", "EUR"));
        assertThat(amounts.net()).isEqualTo(Money.of("10.05", "EUR"));
        assertThat(amounts.tax()).isEqualTo(Money.of("2.01", "EUR"));
        assertThat(amounts.gross()).isEqualTo(Money.of("12.06", "EUR"));

        // 0.13 × 20 % = 0.026 → 0.03
        assertThat(TVA_20_EXCLUDED.apply(Money.of("0.13", "EUR"), 1, Money.of("0", "EUR")).tax())
                .isEqualTo(Money.of("0.03", "EUR"));
        // 3.00 × 5.5 % = 0.165, exactly half a cent: half up gives 0.17 (half even would give 0.16)
        assertThat(new Taxation("TVA 5.5 %", new BigDecimal("5.5"), false)
                .apply(Money.of("3.00", "EUR"), 1, Money.of("0", "EUR")).tax()).isEqualTo(Money.of("0.17", "EUR"));
    }

    @Test
    void currenciesWithoutDecimalsRoundToTheUnit() {
        // 1500 JPY incl. 10 %: net 1363.63… → 1364, tax 136
        var amounts = new Taxation("消費税 10 %", BigDecimal.TEN, true).apply(Money.of("1500", "JPY"), 1,
                Money.of("0", "JPY"));

        assertThat(amounts.net()).isEqualTo(Money.of("1364", "JPY"));
        assertThat(amounts.tax()).isEqualTo(Money.of("136", "JPY"));
        assertThat(amounts.gross()).isEqualTo(Money.of("1500", "JPY"));
    }

    @Test
    void currenciesWithThreeDecimalsRoundToTheMillime() {
        // 2 × 7.250 TND excl. 19 %: tax 14.500 × 0.19 = 2.755
        var amounts = new Taxation("TVA 19 %", new BigDecimal("19"), false).apply(Money.of("7.250", "TND"), 2,
                Money.of("0", "TND"));
        assertThat(amounts.tax()).isEqualTo(Money.of("2.755", "TND"));
        assertThat(amounts.gross()).isEqualTo(Money.of("17.255", "TND"));

        // 1.001 TND incl. 7 %: net 0.93551… → 0.936, tax 0.065
        var included = new Taxation("TVA 7 %", new BigDecimal("7"), true).apply(Money.of("1.001", "TND"), 1,
                Money.of("0", "TND"));
        assertThat(included.net()).isEqualTo(Money.of("0.936", "TND"));
        assertThat(included.tax()).isEqualTo(Money.of("0.065", "TND"));
    }

    @Test
    void aDiscountComesOffThePriceBeforeTax() {
        // 4 × 25.00 BGN − 10.00 = 90.00 incl. 9 %: net 82.57, tax 7.43
        var amounts = DDS_9_INCLUDED.apply(Money.of("25.00", "BGN"), 4, Money.of("10.00", "BGN"));

        assertThat(amounts.gross()).isEqualTo(Money.of("90.00", "BGN"));
        assertThat(amounts.net()).isEqualTo(Money.of("82.57", "BGN"));
        assertThat(amounts.tax()).isEqualTo(Money.of("7.43", "BGN"));
    }

    @Test
    void noTaxLeavesThePriceAsItIs() {
        var amounts = Taxation.NONE.apply(Money.of("9.99", "USD"), 3, Money.of("0", "USD"));

        assertThat(amounts.net()).isEqualTo(Money.of("29.97", "USD"));
        assertThat(amounts.tax()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(amounts.gross()).isEqualTo(Money.of("29.97", "USD"));
    }

    @Test
    void refusesARateOutsideZeroToHundred() {
        assertThatThrownBy(() -> new Taxation("bad", new BigDecimal("-1"), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Taxation("bad", new BigDecimal("100"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
