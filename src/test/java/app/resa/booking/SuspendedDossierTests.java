package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.resa.booking.BookingHttp.Session;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/** Carts set aside and taken back: holds kept (and still expiring), operations refused meanwhile. */
@ApiTest
class SuspendedDossierTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    BookingHttp http;
    String agent;
    String admin;
    Session session;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        Tenant tenant = tenants.open("Suspended " + UUID.randomUUID());
        String manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        admin = BookingHttp.who(tenant, Role.ADMIN);
        session = http.quotaSession(manager, http.event(manager, "Cinna"), 10);
    }

    @AfterEach
    void inventoryIsSound() {
        http.assertSound(admin);
    }

    @Test
    void aSuspendedCartKeepsItsHoldsRefusesOperationsAndIsTakenBackAsACart() {
        String id = cart(3);
        long version = ok(http.get("/api/v1/dossiers/" + id, agent)).path("version").asLong();
        var suspended = ok(http.post("/api/v1/dossiers/" + id + "/suspend", agent, null));
        assertThat(suspended.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("version").asLong()).isEqualTo(version + 1);
        assertThat(suspended.path("lines").path(0).path("status").asString()).isEqualTo("CART");
        assertThat(http.quotaFree(agent, session.id())).as("its places stay held").isEqualTo(7);
        assertThat(numbers("status=SUSPENDED")).hasSize(1);

        for (String operation : List.of("reserve", "confirm", "cancel", "suspend")) {
            var refused = http.post("/api/v1/dossiers/" + id + "/" + operation, agent, null);
            assertThat(refused.status()).as(operation + " " + refused).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("dossier-suspended");
        }
        var added = http.addPlaces(agent, id, session, 1);
        assertThat(added.status()).as(added.toString()).isEqualTo(409);
        assertThat(added.code()).isEqualTo("dossier-suspended");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(7);

        // Shorten the hold: taking back renews it to the cart's delay.
        jdbc.sql("update inventory.allocation set expires_at = now() + interval '5 seconds' where holder_id = :holder")
                .param("holder", UUID.fromString(id)).update();
        var back = ok(http.post("/api/v1/dossiers/" + id + "/unsuspend", agent, null));
        assertThat(back.path("status").asString()).isEqualTo("CART");
        assertThat(jdbc.sql("select min(expires_at) from inventory.allocation where holder_id = :holder")
                .param("holder", UUID.fromString(id)).query(Timestamp.class).single().toInstant())
                .isAfter(java.time.Instant.now().plusSeconds(60));
        var history = ok(http.get("/api/v1/dossiers/" + id + "/history", agent)).valueStream()
                .map(e -> e.path("action").asString()).toList();
        assertThat(history).contains("SUSPENDED", "TAKEN_BACK");

        var confirmed = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null));
        assertThat(confirmed.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(3);
    }

    @Test
    void onlyAPureCartCanBeSuspendedAndOnlyASuspendedOneTakenBack() {
        String reservedToo = cart(1);
        created(http.addPlaces(agent, reservedToo, session, 1));
        var lines = ok(http.get("/api/v1/dossiers/" + reservedToo, agent)).path("lines");
        ok(http.post("/api/v1/dossiers/" + reservedToo + "/reserve", agent,
                Map.of("lineIds", List.of(lines.path(0).path("id").asString()))));
        var refused = http.post("/api/v1/dossiers/" + reservedToo + "/suspend", agent, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("not-a-cart");

        String empty = http.openDossier(agent, null).path("id").asString();
        assertThat(http.post("/api/v1/dossiers/" + empty + "/suspend", agent, null).code()).isEqualTo("not-a-cart");
        var notSuspended = http.post("/api/v1/dossiers/" + reservedToo + "/unsuspend", agent, null);
        assertThat(notSuspended.status()).isEqualTo(409);
        assertThat(notSuspended.code()).isEqualTo("not-suspended");
        assertThat(numbers("status=SUSPENDED")).isEmpty();
    }

    @Test
    void holdsOfASuspendedCartStillRunOutAndTakingBackGivesAnEmptyCart() {
        String id = cart(4);
        ok(http.post("/api/v1/dossiers/" + id + "/suspend", agent, null));
        jdbc.sql("update inventory.allocation set expires_at = now() - interval '1 second' where holder_id = :holder")
                .param("holder", UUID.fromString(id)).update();
        // An expired hold never blocks a sale, suspended or not.
        String other = cart(10);
        assertThat(http.quotaFree(agent, session.id())).isZero();

        var back = ok(http.post("/api/v1/dossiers/" + id + "/unsuspend", agent, null));
        assertThat(back.path("status").asString()).isEqualTo("CART");
        var confirm = http.post("/api/v1/dossiers/" + id + "/confirm", agent, null);
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(409);
        ok(http.post("/api/v1/dossiers/" + other + "/confirm", agent, null));
    }

    @Test
    void aStaleIfMatchAndAViewerAreRefused() {
        String id = cart(1);
        var stale = http.send("POST", "/api/v1/dossiers/" + id + "/suspend", agent, null, Map.of("If-Match", "\"99\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        String viewer = BookingHttp.who(tenants.open("Viewer " + UUID.randomUUID()), Role.VIEWER);
        assertThat(http.post("/api/v1/dossiers/" + id + "/suspend", viewer, null).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/dossiers/" + UUID.randomUUID() + "/suspend", agent, null).status()).isEqualTo(404);
    }

    private String cart(int places) {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, places));
        return id;
    }

    private List<JsonNode> numbers(String query) {
        return ok(http.get("/api/v1/dossiers?size=200&" + query, agent)).path("items").valueStream().toList();
    }
}
