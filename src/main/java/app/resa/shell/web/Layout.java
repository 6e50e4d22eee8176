package app.resa.shell.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.resa.shared.Caller;
import app.resa.shared.CallerPrincipal;

/** What every screen's frame needs: who is signed in, where we are, which languages exist. */
@ControllerAdvice(annotations = Controller.class)
class Layout {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("signedIn")
    @Nullable
    Caller signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal
                ? principal.caller() : null;
    }
}
