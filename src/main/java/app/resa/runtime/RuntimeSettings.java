package app.resa.runtime;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Process settings (see {@code docs/configuration.md}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its data ({@code RESA_DATA_DIR})
 * @param embeddedDbPort the embedded PostgreSQL's port; 0 picks a free one
 * @param embeddedDbClean start the embedded PostgreSQL on an empty data directory (tests)
 */
@ConfigurationProperties("resa")
record RuntimeSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedDbPort,
                       @DefaultValue("false") boolean embeddedDbClean) {
}
