package app.resa.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import app.resa.ResaApplication;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/**
 * Two application instances on one database behave as one: a second Resa is started in this JVM
 * on the first one's database, and buyers race across both.
 */
@ApiTest
class TwoInstancesTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    DataSource dataSource;

    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() throws Exception {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        second = new SpringApplicationBuilder(ResaApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "spring.datasource.password=", "spring.flyway.enabled=false", "spring.main.banner-mode=off",
                        "spring.datasource.hikari.pool-name=resa-second")
                .run();
    }

    @AfterEach
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void buyersRacingAcrossTwoInstancesTakeExactlyTheCapacity() throws Exception {
        int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
        assertThat(secondPort).isNotEqualTo(port);
        var first = new BookingHttp(port);
        var other = new BookingHttp(secondPort);
        Tenant tenant = tenants.open("Two instances " + UUID.randomUUID());
        String manager = BookingHttp.who(tenant, Role.MANAGER);
        String agent = BookingHttp.who(tenant, Role.AGENT);
        var session = first.quotaSession(manager, first.event(manager, "Bérénice"), 25);

        var answers = DossierConcurrencyTests.race(60, i -> {
            var http = i % 2 == 0 ? first : other;
            String dossier = http.openDossier(agent, null).path("id").asString();
            return http.addPlaces(agent, dossier, session, 1);
        });

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(25);
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.code()).isEqualTo("insufficient-capacity"));
        // Both instances see the same counts, and the dossier numbers stayed one sequence.
        for (var http : List.of(first, other)) {
            var quota = http.availability(agent, session.id()).path("quotas").path(0);
            assertThat(quota.path("held").asInt()).isEqualTo(25);
            assertThat(quota.path("free").asInt()).isZero();
            http.assertSound(BookingHttp.who(tenant, Role.ADMIN));
        }
        var numbers = BookingHttp.ok(other.get("/api/v1/dossiers?size=200&sort=NUMBER_ASC", agent)).path("items")
                .valueStream().map(d -> d.path("number").asLong()).toList();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 60).boxed().toList());
    }
}
