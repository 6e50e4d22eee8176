/**
 * People and companies an organisation sells to, their contact types, and the search that finds
 * them by name, e-mail, phone or number.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation"})
@NullMarked
package app.resa.contacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
