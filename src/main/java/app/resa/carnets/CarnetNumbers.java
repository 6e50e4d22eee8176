package app.resa.carnets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The numbers the desk prints (decision 63): a carnet is the sale date and the sale number, the
 * carnets after the first of a sale a letter suffix (A … Z, AA, AB …), a coupon its carnet's
 * number and a three-digit index.
 */
public final class CarnetNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CarnetNumbers() {
    }

    /**
     * Bijective base 26: index 0 has no letter, 1 is A, 26 Z, 27 AA, 52 AZ, 53 BA, 702 ZZ, 703 AAA.
     * There is no "zero" digit, so after Z comes AA rather than BA.
     */
    public static String suffix(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative carnet index " + index);
        }
        var letters = new StringBuilder();
        for (int n = index; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** The carnet at {@code index} (0 the first) of sale {@code saleNumber} of {@code saleDate}: 20191220-815B. */
    public static String carnet(LocalDate saleDate, long saleNumber, int index) {
        return saleDate.format(DAY) + "-" + saleNumber + suffix(index);
    }

    /** The coupon at {@code position} (1 the first) of a carnet: 20191220-815B-007. */
    public static String coupon(String carnetNumber, int position) {
        if (position < 1 || position > 999) {
            throw new IllegalArgumentException("coupon position out of 1..999: " + position);
        }
        return carnetNumber + "-" + String.format("%03d", position);
    }
}
