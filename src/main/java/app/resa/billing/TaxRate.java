package app.resa.billing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One of an organisation's tax rates ("TVA 5.5 %", "ДДС 9 %"). The default one applies to every
 * sale; its {@code inclusive} flag says whether the organisation's prices include the tax.
 */
public record TaxRate(UUID id, String name, BigDecimal rate, boolean inclusive, boolean isDefault) {

    public Taxation taxation() {
        return new Taxation(name, rate, inclusive);
    }
}
