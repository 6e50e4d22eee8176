package app.resa.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the first start creates (see {@code docs/configuration.md}).
 *
 * @param adminPassword {@code RESA_ADMIN_PASSWORD}; blank means generate and print one
 * @param demo {@code RESA_DEMO}: load demo data for every line of business
 */
@ConfigurationProperties("resa.organisation")
record OrganisationSettings(@DefaultValue("Resa") String name,
                            @DefaultValue("Europe/Paris") String timeZone,
                            @DefaultValue("en") String language,
                            @DefaultValue("EUR") String currency,
                            @DefaultValue("Main site") String branchName,
                            @DefaultValue("Box office") String pointOfSaleName,
                            @DefaultValue("admin") String adminUsername,
                            @DefaultValue("") String adminPassword,
                            @DefaultValue("false") boolean demo) {
}
