package app.resa.billing;

/**
 * An invoice, or a credit note that takes back some or all of an invoice's lines. Each kind has
 * its own series, numbered per organisation and year: "2026-000001", "CN-2026-000001".
 */
public enum InvoiceKind {
    INVOICE(""), CREDIT_NOTE("CN-");

    private final String prefix;

    InvoiceKind(String prefix) {
        this.prefix = prefix;
    }

    /** What the number starts with, before the year. */
    public String prefix() {
        return prefix;
    }
}
