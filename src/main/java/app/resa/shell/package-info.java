/**
 * The back-office frame every screen lives in: sign-in, the layout and its navigation, the header
 * search, the language switch and keyboard shortcuts, and how screens show errors.
 */
@ApplicationModule(allowedDependencies = {"shared", "contacts", "organisation", "booking"})
@NullMarked
package app.resa.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
