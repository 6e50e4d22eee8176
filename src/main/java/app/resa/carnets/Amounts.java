package app.resa.carnets;

import java.text.NumberFormat;
import java.util.Locale;

import app.resa.shared.Money;

/**
 * An amount as the desk shows it, in the user's language: "11 000,00 DH" in French, "11,000.00 DH"
 * in English. The Moroccan dirham is written DH, as on the venues' price lists; other currencies
 * use their symbol in that language.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String format(Money money, Locale locale) {
        var number = NumberFormat.getNumberInstance(locale);
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        number.setMinimumFractionDigits(digits);
        number.setMaximumFractionDigits(digits);
        String code = money.currency().getCurrencyCode();
        String symbol = code.equals("MAD") ? "DH" : money.currency().getSymbol(locale);
        return number.format(money.amount()) + "\u00a0" + symbol;
    }
}
