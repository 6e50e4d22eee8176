package app.resa.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's organisation and name in every log line of a request, so a failure in the
 * logs says for whom it failed. Runs after authentication; never logs credentials.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class CallerLogContext extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            var caller = CallerArgumentResolver.current();
            MDC.put("organisation", caller.organisationId().toString());
            MDC.put("user", caller.name());
        } catch (RuntimeException anonymous) {
            // Sign-in page, health checks: nobody to name.
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("organisation");
            MDC.remove("user");
        }
    }
}
