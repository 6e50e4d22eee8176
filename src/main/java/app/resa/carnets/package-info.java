/**
 * Carnets: books of prepaid coupons sold at the desk. Models with their tariffs per beneficiary
 * type (contacts' type codes), sales paid through the dossier's folio (billing), gapless sale
 * numbers, carnet and coupon numbers, validity in the organisation's time zone, redemption
 * exactly once, extension and pro-rata cancellation. Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "contacts", "booking", "billing", "ticketing"})
@NullMarked
package app.resa.carnets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
