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
 * the test contexts of a build share one; each context holds a {@link Lease} on it, and the
 * server stops when the last context closes, after its connection pool (the pool depends on the
 * lease, so it is closed first and graceful shutdown never meets a stopped database).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabase.NoDatabaseConfigured.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;
    private static int leases;

    @Bean(destroyMethod = "close")
    Lease embeddedPostgres(RuntimeSettings settings) {
        return acquire(settings);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Lease postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.jdbcUrl())
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("resa");
        return dataSource;
    }

    private static synchronized Lease acquire(RuntimeSettings settings) {
        if (server == null) {
            Path directory = settings.dataDir().toAbsolutePath().resolve("postgres");
            try {
                Files.createDirectories(directory.getParent());
                log.info("No RESA_DB_URL: starting an embedded PostgreSQL with its data in {}", directory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(settings.embeddedDbClean())
                        .setPort(settings.embeddedDbPort())
                        // Its own JVM hook would stop the server while Spring is still closing;
                        // the last lease stops it instead.
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
        }
        leases++;
        return new Lease(server.getJdbcUrl("postgres", "postgres"));
    }

    private static synchronized void release() {
        if (--leases > 0 || server == null) {
            return;
        }
        try {
            server.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    /** One application context's hold on the shared server. */
    record Lease(String jdbcUrl) implements AutoCloseable {
        @Override
        public void close() {
            release();
        }
    }

    static final class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
