package app.resa.billing;

import java.time.Instant;
import java.util.UUID;

import app.resa.shared.Money;

/** What a contact has in credit in one currency ("solde avoir"): overpayments, spendable on later dossiers. */
public record CreditBalance(UUID contactId, Money balance, Instant modifiedAt) {
}
