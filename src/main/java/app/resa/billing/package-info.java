/**
 * Folios and money: charges posted from sold dossier lines (with their tax) and extra services,
 * voided or moved between folios, routed to a company's or a transfer folio; payments, deposits,
 * refunds and the contacts' credit balances. Generic: ticketing, hotel and rental use it as is.
 * Listens to booking's events; booking knows nothing of it.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "contacts", "booking"})
@NullMarked
package app.resa.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
