/**
 * The small, stable vocabulary every module speaks: money, typed ids, the caller, business-rule
 * refusals, and the HTTP API conventions (problem details, pages, ETags, idempotency).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.resa.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
