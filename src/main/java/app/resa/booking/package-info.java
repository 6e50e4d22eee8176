/**
 * Dossiers (orders): their numbered header, their lines and their lifecycle — cart, reservation,
 * option, confirmation, cancellation, split — each operation on the whole dossier or on chosen
 * lines, written to the dossier's history. Capacity is claimed through the inventory engine.
 */
@ApplicationModule(allowedDependencies = {"shared", "inventory", "ticketing", "contacts", "organisation"})
@NullMarked
package app.resa.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
