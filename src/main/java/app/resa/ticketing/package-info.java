/**
 * What a box office sells: venues and their seating plans, events, seasons, dated sessions with
 * their general-admission quotas and seats, and tariffs per price category and audience. A
 * session's quotas and seats are pools of the inventory engine.
 */
@ApplicationModule(allowedDependencies = {"shared", "inventory", "organisation"})
@NullMarked
package app.resa.ticketing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
