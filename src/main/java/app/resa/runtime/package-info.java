/**
 * How Resa runs: the embedded PostgreSQL it starts when no database is configured, scheduling,
 * and other process-wide settings. Business modules never depend on it.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package app.resa.runtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
