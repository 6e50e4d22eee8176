/**
 * Organisations (tenants), their branches and points of sale, users with roles, API keys, and
 * how callers authenticate. Every row of every module belongs to one organisation.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package app.resa.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
