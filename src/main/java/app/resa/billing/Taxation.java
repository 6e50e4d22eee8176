package app.resa.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * How a price is taxed: a named rate in percent, and whether the price includes the tax.
 * Amounts are rounded once per charge line, half up, to the currency's minor digits (2 for EUR,
 * 0 for JPY, 3 for TND): the line's net, tax and gross are what an invoice prints, and
 * {@code gross = net + tax} always holds.
 *
 * @param name null when no tax applies
 * @param rate in percent (5.5 for "TVA 5.5 %")
 */
public record Taxation(@Nullable String name, BigDecimal rate, boolean inclusive) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Taxation NONE = new Taxation(null, BigDecimal.ZERO, true);

    public Taxation {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("a tax rate is from 0 to 100 %, not " + rate);
        }
    }

    /** Net, tax and gross of {@code quantity × unitPrice − discount}, the price as written. */
    public Amounts apply(Money unitPrice, int quantity, Money discount) {
        Money written = unitPrice.times(quantity).minus(discount);
        int digits = Math.max(unitPrice.currency().getDefaultFractionDigits(), 0);
        BigDecimal net;
        BigDecimal tax;
        if (inclusive) {
            net = written.amount().multiply(HUNDRED).divide(HUNDRED.add(rate), digits, RoundingMode.HALF_UP);
            tax = written.amount().subtract(net);
        } else {
            net = written.amount();
            tax = net.multiply(rate).divide(HUNDRED, digits, RoundingMode.HALF_UP);
        }
        return new Amounts(new Money(net, unitPrice.currency()), new Money(tax, unitPrice.currency()),
                new Money(net.add(tax), unitPrice.currency()));
    }

    /** A rate without trailing zeros, never in exponent form (20, not 2E+1). */
    static BigDecimal plain(BigDecimal rate) {
        var stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A charge line's amounts; {@code gross = net + tax}. */
    public record Amounts(Money net, Money tax, Money gross) {
    }
}
