package app.resa.organisation.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import app.resa.organisation.ApiKey;
import app.resa.organisation.ApiKeyManagement;
import app.resa.shared.web.ApiProblems;
import tools.jackson.databind.json.JsonMapper;

/** {@code Authorization: Bearer resa_…} on the API. The token itself is never logged. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

    private final ApiKeyManagement keys;
    private final AuthenticationEntryPoint entryPoint;
    private final JsonMapper json;

    ApiKeyAuthenticationFilter(ApiKeyManagement keys, AuthenticationEntryPoint entryPoint, JsonMapper json) {
        this.keys = keys;
        this.entryPoint = entryPoint;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key;
        try {
            key = keys.authenticate(header.substring(7).trim());
        } catch (DataAccessException saturated) {
            // Before any controller: answer the overload as the API does, 503 with Retry-After.
            log.warn("Could not check an API key: {}", saturated.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ApiProblems.write(response, json, ApiProblems.busy());
            return;
        }
        if (key.isEmpty()) {
            log.info("Rejected an unknown or revoked API key from {}", request.getRemoteAddr());
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API key"));
            return;
        }
        var principal = ResaPrincipal.of(key.get());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
