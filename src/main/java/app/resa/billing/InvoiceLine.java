package app.resa.billing;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * A line of an issued invoice or credit note: the charge it bills, copied as it was. Amounts
 * are positive on both kinds of document.
 *
 * @param creditedLineId on a credit note, the invoice line it takes back
 */
public record InvoiceLine(UUID id, int position, UUID chargeId, @Nullable UUID creditedLineId, String description,
                          int quantity, Money unitPrice, Money discount, Money net, Money tax, Money gross,
                          @Nullable String taxName, BigDecimal taxRate) {

    static InvoiceLine of(Charge charge, int position) {
        return new InvoiceLine(UUID.randomUUID(), position, charge.id(), null, charge.description(), charge.quantity(),
                charge.unitPrice(), charge.discount(), charge.net(), charge.tax(), charge.gross(), charge.taxName(),
                charge.taxRate());
    }

    /** The same line on a credit note, taking this one back. */
    InvoiceLine credited(int atPosition) {
        return new InvoiceLine(UUID.randomUUID(), atPosition, chargeId, id, description, quantity, unitPrice, discount,
                net, tax, gross, taxName, taxRate);
    }
}
