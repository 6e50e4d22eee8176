package app.resa.organisation.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import app.resa.organisation.ApiKeyManagement;
import app.resa.organisation.Role;
import app.resa.shared.web.ApiProblems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API ({@code /api/**}) is stateless: HTTP Basic with a user's credentials or a
 * Bearer API key, errors as problem details, no CSRF because no cookie is honoured. The screens
 * use form login with a session and CSRF protection. Roles are checked on every handler with
 * {@code @PreAuthorize}; the hierarchy makes each role include the ones below it. Payment
 * providers' webhooks ({@code POST /api/v1/webhooks/**}) come without a user: they are let in
 * and their handler trusts only the provider's signature (decision 58).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observation per security filter, authentication and authorization: with them every API
     * request started a dozen Micrometer observations, the largest single cost the on-sale profile
     * showed outside the business code (docs/performance.md). Requests are still timed as a whole
     * ({@code http.server.requests}); decision 73.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeyManagement keys, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Resa\", Bearer");
            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Send a user's credentials (HTTP Basic) or an API key (Bearer)");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                write(response, json, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        // Payment providers' notifications: no user, the signature of each is checked instead
                        .requestMatchers(HttpMethod.POST, "/api/v1/webhooks/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, unauthenticated, json), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: nothing to log out of and no request to replay after a sign-in
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain screens(HttpSecurity http, LocaleResolver locales) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").successHandler(new LanguageOfTheUser(locales)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String code,
                              String detail) throws IOException {
        ApiProblems.write(response, json, ApiProblems.problem(status, code, detail, List.of()));
    }

    /** After sign-in the screens speak the user's own language, when one is set. */
    private static final class LanguageOfTheUser extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LocaleResolver locales;

        LanguageOfTheUser(LocaleResolver locales) {
            this.locales = locales;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws jakarta.servlet.ServletException, IOException {
            if (authentication.getPrincipal() instanceof ResaPrincipal principal && principal.language() != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(principal.language()));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
