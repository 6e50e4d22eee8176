package app.resa.organisation;

/**
 * What a user or an API key may do. Each role includes the ones below it:
 * an {@code ADMIN} manages users and keys, a {@code MANAGER} the catalogue and settings, an
 * {@code AGENT} sells and edits at the counter, a {@code VIEWER} only reads.
 */
public enum Role {
    ADMIN, MANAGER, AGENT, VIEWER;

    /** The role hierarchy in Spring Security's notation. */
    public static String hierarchy() {
        return """
                ROLE_ADMIN > ROLE_MANAGER
                ROLE_MANAGER > ROLE_AGENT
                ROLE_AGENT > ROLE_VIEWER
                """;
    }
}
