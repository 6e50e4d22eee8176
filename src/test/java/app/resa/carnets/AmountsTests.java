package app.resa.carnets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.resa.shared.Money;

class AmountsTests {

    @Test
    void dirhamsShowAsDHGroupedTheFrenchWay() {
        String shown = Amounts.format(Money.of("11000", "MAD"), Locale.FRENCH);

        assertThat(shown.replaceAll("[\\s\\u00a0\\u202f]", " ")).isEqualTo("11 000,00 DH");
    }

    @Test
    void inEnglishTheSameAmountUsesCommasAndAPoint() {
        assertThat(Amounts.format(Money.of("5500", "MAD"), Locale.ENGLISH).replaceAll("[\\s\\u00a0\\u202f]", " ")).isEqualTo("5,500.00 DH");
    }
}
