package app.resa.billing;

import java.util.Currency;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.Money;

/**
 * What billing refuses, each with its stable code and a factory that says what happened. Input
 * that can never be right is 400 and names its field; a conflict with the state of the dossier,
 * the folio or the credit balance is 409.
 */
public final class BillingRefusedException extends BusinessRuleViolation {

    private BillingRefusedException(String code, String message, int status, @Nullable String field) {
        super(code, message, status, field);
    }

    static BillingRefusedException amountNotPositive(Money amount) {
        return new BillingRefusedException("amount-not-positive",
                "An amount must be more than zero, not " + amount.amount(), 400, "amount.amount");
    }

    static BillingRefusedException currencyMismatch(Currency given, Currency expected) {
        return new BillingRefusedException("currency-mismatch", "This dossier is paid in "
                + expected.getCurrencyCode() + ", not " + given.getCurrencyCode(), 400, "amount.currency");
    }

    static BillingRefusedException unknownMethod(String method) {
        return new BillingRefusedException("unknown-method", "Unknown payment method " + method
                + "; one of CASH, CARD, CHEQUE, BANK_TRANSFER, CREDIT_BALANCE, ONLINE", 400, "method");
    }

    static BillingRefusedException methodNotForRefund(PaymentMethod method) {
        return new BillingRefusedException("unknown-method", method + " cannot be used here", 400, "method");
    }

    static BillingRefusedException dossierCancelled(long number) {
        return conflict("dossier-cancelled", "Dossier " + number + " is cancelled; it takes no payment");
    }

    static BillingRefusedException nothingDue(long number) {
        return conflict("nothing-due", "Nothing is due on dossier " + number);
    }

    static BillingRefusedException refundExceedsPaid(Money asked, Money paid) {
        return new BillingRefusedException("refund-exceeds-paid", "A refund of " + asked.amount() + " "
                + asked.currency() + " is more than the " + paid.amount() + " paid", 409, "amount.amount");
    }

    static BillingRefusedException noContactForCredit() {
        return conflict("no-contact-for-credit",
                "This needs a credit balance, and the dossier has no purchase contact to hold it");
    }

    static BillingRefusedException insufficientCredit(Money asked) {
        return new BillingRefusedException("insufficient-credit", "The credit balance does not cover "
                + asked.amount() + " " + asked.currency(), 409, "amount.amount");
    }

    static BillingRefusedException chargeVoided(UUID chargeId) {
        return conflict("charge-voided", "Charge " + chargeId + " is already voided");
    }

    static BillingRefusedException otherCurrency(UUID folioId) {
        return new BillingRefusedException("folio-currency", "Folio " + folioId + " is in another currency", 409,
                "folioId");
    }

    static BillingRefusedException discountTooLarge(Money discount) {
        return new BillingRefusedException("discount-too-large", "A discount of " + discount.amount()
                + " is negative or more than the price", 400, "discount");
    }

    static BillingRefusedException negativePrice(Money price) {
        return new BillingRefusedException("price-negative", "A price cannot be negative, not " + price.amount()
                + "; a reduction is a discount", 400, "unitPrice.amount");
    }

    static BillingRefusedException taxRateNameTaken(String name) {
        return new BillingRefusedException("tax-rate-name-taken", "A tax rate named " + name + " exists", 409, "name");
    }

    /** The same refusal about another input field (a unit price rather than an amount). */
    BillingRefusedException about(String otherField) {
        return new BillingRefusedException(code(), getMessage(), status(), otherField);
    }

    private static BillingRefusedException conflict(String code, String message) {
        return new BillingRefusedException(code, message, 409, null);
    }
}
