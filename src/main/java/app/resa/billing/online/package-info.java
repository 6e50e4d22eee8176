/**
 * Online payments, inside billing: a {@link app.resa.billing.online.PaymentProvider} port, its
 * Stripe adapter, each organisation's provider account, payment links (checkouts) for a dossier,
 * and the provider's webhooks, which record {@code ONLINE} payments through
 * {@link app.resa.billing.PaymentManagement}.
 */
@NullMarked
package app.resa.billing.online;

import org.jspecify.annotations.NullMarked;
