package app.resa.booking;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;

import app.resa.shared.Money;

/**
 * What a change set would make of a dossier, before it is applied: its lines and its totals
 * before and after, and the difference to pay (positive) or to give back (negative), per currency.
 * Capacity was checked by taking it and giving it back; applying checks it again, whatever the
 * preview said.
 */
public record ChangePreview(long version, List<Money> before, List<Money> after, List<Money> difference,
                            List<String> summary, Dossier dossier) {

    static List<Money> difference(List<Money> before, List<Money> after) {
        var amounts = new LinkedHashMap<Currency, Money>();
        after.forEach(m -> amounts.merge(m.currency(), m, Money::plus));
        before.forEach(m -> amounts.merge(m.currency(), Money.zero(m.currency()).minus(m), Money::plus));
        return new ArrayList<>(amounts.values());
    }
}
