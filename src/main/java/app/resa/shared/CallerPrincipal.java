package app.resa.shared;

/**
 * Implemented by the authenticated principals (users, API keys) so that any module can know its
 * caller without depending on how the caller was authenticated.
 */
public interface CallerPrincipal {

    Caller caller();
}
