package app.resa.shell.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.resa.organisation.Organisations;
import app.resa.shared.Caller;
import app.resa.shared.CallerPrincipal;
import app.resa.shared.web.Screen;

/**
 * What every screen's frame needs: who is signed in, where we are, which languages exist. Screens
 * only ({@link Screen}): the API's controllers have no frame, and these were computed for every
 * API request when this advice applied to every {@code @Controller}.
 */
@ControllerAdvice(annotations = Screen.class)
class Layout {

    private final RoleHierarchy roles;
    private final Organisations organisations;

    Layout(RoleHierarchy roles, Organisations organisations) {
        this.roles = roles;
        this.organisations = organisations;
    }

    /**
     * The organisation's time zone, in which every screen shows dates and times (sessions start
     * at 20:00 in Paris, not at 19:00 UTC); UTC before sign-in.
     */
    @ModelAttribute("zone")
    ZoneId zone() {
        var caller = signedIn();
        return caller == null ? ZoneOffset.UTC : organisations.zoneOf(caller.organisationId());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    /**
     * What the signed-in user's role allows ({@code may.AGENT}, {@code may.MANAGER},
     * {@code may.ADMIN}), with the role hierarchy applied, so screens hide what would be refused.
     */
    @ModelAttribute("may")
    Map<String, Boolean> may() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var reachable = authentication == null ? List.<String>of()
                : roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                        .map(GrantedAuthority::getAuthority).toList();
        return Map.of("ADMIN", reachable.contains("ROLE_ADMIN"), "MANAGER", reachable.contains("ROLE_MANAGER"),
                "AGENT", reachable.contains("ROLE_AGENT"));
    }

    @ModelAttribute("signedIn")
    @Nullable
    Caller signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal
                ? principal.caller() : null;
    }
}
