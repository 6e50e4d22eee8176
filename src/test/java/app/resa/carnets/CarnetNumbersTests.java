package app.resa.carnets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarnetNumbersTests {

    private static final LocalDate SALE_DATE = LocalDate.of(2019, 12, 20);

    @ParameterizedTest
    @CsvSource({"0,''", "1,A", "2,B", "25,Y", "26,Z", "27,AA", "28,AB", "52,AZ", "53,BA", "702,ZZ", "703,AAA"})
    void theSuffixCountsInBijectiveBase26(int index, String suffix) {
        assertThat(CarnetNumbers.suffix(index)).isEqualTo(suffix);
    }

    @Test
    void theFirstCarnetOfASaleIsItsDateAndNumberAndTheNextOnesTakeALetter() {
        assertThat(CarnetNumbers.carnet(SALE_DATE, 815, 0)).isEqualTo("20191220-815");
        assertThat(CarnetNumbers.carnet(SALE_DATE, 815, 1)).isEqualTo("20191220-815A");
        assertThat(CarnetNumbers.carnet(SALE_DATE, 815, 2)).isEqualTo("20191220-815B");
    }

    @Test
    void afterZComesAA() {
        assertThat(CarnetNumbers.carnet(SALE_DATE, 815, 26)).isEqualTo("20191220-815Z");
        assertThat(CarnetNumbers.carnet(SALE_DATE, 815, 27)).isEqualTo("20191220-815AA");
    }

    @Test
    void couponsAppendAThreeDigitIndex() {
        assertThat(CarnetNumbers.coupon("20191220-815", 1)).isEqualTo("20191220-815-001");
        assertThat(CarnetNumbers.coupon("20191220-815", 15)).isEqualTo("20191220-815-015");
        assertThat(CarnetNumbers.coupon("20191220-815A", 1)).isEqualTo("20191220-815A-001");
    }

    @Test
    void noTwoCarnetsOfASaleShareANumber() {
        var numbers = new HashSet<String>();
        IntStream.range(0, 2000).forEach(i -> numbers.add(CarnetNumbers.carnet(SALE_DATE, 815, i)));
        assertThat(numbers).hasSize(2000);
    }

    @Test
    void outOfRangeIndexesAreRefused() {
        assertThatThrownBy(() -> CarnetNumbers.suffix(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CarnetNumbers.coupon("20191220-815", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CarnetNumbers.coupon("20191220-815", 1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
