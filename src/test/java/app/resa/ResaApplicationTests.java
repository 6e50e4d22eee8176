package app.resa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import app.resa.organisation.Organisations;
import app.resa.support.ApiTest;

@ApiTest
class ResaApplicationTests {

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Test
    void firstStartOpensAnOrganisationAndReportsHealthy() {
        assertThat(organisations.any()).isTrue();
        String health = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
    }
}
