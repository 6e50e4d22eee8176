package app.resa.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting, for which organisation, and from which point of sale. Every query is scoped by
 * {@link #organisationId()}; every write records {@link #userId()} and {@link #pointOfSaleId()}.
 *
 * @param userId null when the caller is an API key rather than a person
 * @param pointOfSaleId null when the caller has no point of sale (an API key, an administrator)
 */
public record Caller(UUID organisationId, @Nullable UUID userId, String name,
                     @Nullable UUID pointOfSaleId, Set<String> roles) implements Serializable {
}
