package app.resa.billing;

import java.util.Arrays;
import java.util.Optional;

/** How money was paid. {@code CREDIT_BALANCE} spends the contact's credit; {@code ONLINE} comes from a payment provider. */
public enum PaymentMethod {
    CASH, CARD, CHEQUE, BANK_TRANSFER, CREDIT_BALANCE, ONLINE;

    /** The method of this name; 400 {@code unknown-method} otherwise. */
    public static PaymentMethod named(String name) {
        return parse(name).orElseThrow(() -> BillingRefusedException.unknownMethod(name));
    }

    /** The method of this name, if it is one (the API refuses others with {@code unknown-method}). */
    public static Optional<PaymentMethod> parse(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
