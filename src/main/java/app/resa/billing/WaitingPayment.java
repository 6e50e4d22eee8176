package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.shared.Money;

/**
 * Money received that no dossier could be matched to yet (a bank transfer with an unknown
 * reference): the seed's "Compte d'attente". Assigned later, once, to a dossier, where it becomes
 * a payment.
 *
 * @param dossierId the dossier it was assigned to, null while waiting
 * @param paymentId the payment it became on that dossier
 */
public record WaitingPayment(UUID id, Money amount, PaymentMethod method, @Nullable String reference,
                             @Nullable String note, Instant receivedAt, @Nullable UUID receivedBy,
                             @Nullable Instant assignedAt, @Nullable UUID assignedBy, @Nullable UUID dossierId,
                             @Nullable UUID paymentId) {

    public boolean waiting() {
        return assignedAt == null;
    }
}
