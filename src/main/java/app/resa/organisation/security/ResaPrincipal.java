package app.resa.organisation.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import app.resa.organisation.ApiKey;
import app.resa.organisation.Role;
import app.resa.organisation.User;
import app.resa.shared.Caller;
import app.resa.shared.CallerPrincipal;

/** An authenticated user or API key, as Spring Security and the modules see it. */
final class ResaPrincipal implements UserDetails, CallerPrincipal, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final @Nullable String language;
    private final List<SimpleGrantedAuthority> authorities;

    private ResaPrincipal(Caller caller, @Nullable String passwordHash, boolean enabled, @Nullable String language) {
        this.caller = caller;
        // Asked for several times per request (filter, each role check): made once.
        this.authorities = caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + Role.valueOf(role).name())).toList();
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.language = language;
    }

    static ResaPrincipal of(User user) {
        return new ResaPrincipal(new Caller(user.organisationId(), user.id(), user.username(), user.pointOfSaleId(),
                Set.of(user.role().name())), user.passwordHash(), user.enabled(), user.language());
    }

    static ResaPrincipal of(ApiKey key) {
        return new ResaPrincipal(new Caller(key.organisationId(), null, "api-key:" + key.name(), key.pointOfSaleId(),
                Set.of(key.role().name())), null, true, null);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Nullable
    String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called by Spring Security once authenticated: the hash never sits in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "ResaPrincipal[" + caller.name() + "@" + caller.organisationId() + "]";
    }

}
