/**
 * Capacity and its claims: counted pools (by bucket, or by night), identified units,
 * allocations and their expiry — the no-oversell engine. Knows nothing of dossiers, money or any
 * one line of business: a claim's holder is an opaque id (a dossier's, a transfer's…).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package app.resa.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
