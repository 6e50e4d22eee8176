/**
 * Printed documents: PDF tickets with a QR code carrying an unguessable secret, issued for
 * confirmed dossier lines only, their print and reprint (the dossier's print status is booking's,
 * recorded through {@code DossierPrinting}), the ticket list, and check-in at the door, whose
 * counts the ticketing attendance reads through {@code ticketing.CheckInCounts}. Receipts and
 * invoices come later.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "booking", "ticketing"})
@NullMarked
package app.resa.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
