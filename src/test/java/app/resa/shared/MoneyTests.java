package app.resa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class MoneyTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void isWrittenWithItsAmountAsAStringScaledToTheCurrency() {
        assertThat(json.writeValueAsString(Money.of("110", "EUR")))
                .isEqualTo("{\"amount\":\"110.00\",\"currency\":\"EUR\"}");
        assertThat(json.writeValueAsString(Money.of("5500", "MAD"))).contains("\"5500.00\"");
        assertThat(json.writeValueAsString(Money.of("1500", "JPY"))).contains("\"1500\"");
    }

    @Test
    void isReadBackFromTheSameShape() {
        var money = json.readValue("{\"amount\":\"12.50\",\"currency\":\"BGN\"}", Money.class);
        assertThat(money).isEqualTo(Money.of("12.5", "BGN"));
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndSubtractsOnlyInOneCurrency() {
        assertThat(Money.of("10.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("10.30", "EUR"));
        assertThat(Money.of("10.00", "EUR").minus(Money.of("10.01", "EUR")).isNegative()).isTrue();
        assertThat(Money.of("2.75", "EUR").times(3)).isEqualTo(Money.of("8.25", "EUR"));
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "MAD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
