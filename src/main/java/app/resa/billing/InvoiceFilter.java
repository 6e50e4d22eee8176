package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The invoice list's filters: part of a number, a dossier, the kind, and issued from (inclusive) to (exclusive). */
public record InvoiceFilter(@Nullable String number, @Nullable UUID dossierId, @Nullable InvoiceKind kind,
                            @Nullable Instant from, @Nullable Instant to) {

    public static final InvoiceFilter NONE = new InvoiceFilter(null, null, null, null, null);
}
