package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.resa.booking.BookingHttp.Answer;
import app.resa.booking.BookingHttp.Session;
import app.resa.inventory.InventoryTestAccess;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;

/** Buyers racing through HTTP on the real database: never more sold than there is, never a seat twice. */
@ApiTest
class DossierConcurrencyTests {

    /** Concurrent requests in flight, as many as the inventory races use. */
    static final int THREADS = 16;

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    @Autowired
    CartManagement carts;

    @Autowired
    DossierOperations operations;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    BookingHttp http;
    Tenant tenant;
    String manager;
    String agent;
    String admin;
    String eventId;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        tenant = tenants.open("Race " + UUID.randomUUID());
        manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        admin = BookingHttp.who(tenant, Role.ADMIN);
        eventId = http.event(manager, "Le Cid");
    }

    @AfterEach
    void inventoryIsSound() {
        http.assertSound(admin);
    }

    @Test
    void sixtyBuyersOnTwentyFivePlacesExactlyTwentyFiveSucceed() throws Exception {
        var session = http.quotaSession(manager, eventId, 25);
        var answers = race(60, i -> {
            String dossier = http.openDossier(agent, null).path("id").asString();
            return http.addPlaces(agent, dossier, session, 1);
        });
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(25);
        assertThat(answers.stream().filter(a -> a.status() == 409)).hasSize(35)
                .allSatisfy(a -> assertThat(a.code()).isEqualTo("insufficient-capacity"));
        var quota = http.availability(agent, session.id()).path("quotas").path(0);
        assertThat(quota.path("held").asInt()).isEqualTo(25);
        assertThat(quota.path("free").asInt()).isZero();
        assertThat(linesBySession(session.id(), "CART")).isEqualTo(25);
        assertThat(ok(http.get("/api/v1/dossiers?size=1", agent)).path("totalItems").asLong()).isEqualTo(60);
    }

    @Test
    void fortyBuyersOnTenSeatsNeverShareASeat() throws Exception {
        var session = http.seatedSession(manager, eventId, 5, "A-B", 5);
        assertThat(session.seatIds()).hasSize(10);
        var answers = race(40, i -> {
            var seats = new ArrayList<>(session.seatIds());
            Collections.shuffle(seats, new Random(i));
            String dossier = http.openDossier(agent, null).path("id").asString();
            return http.addSeats(agent, dossier, session, seats.subList(0, 2));
        });
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .allSatisfy(a -> assertThat(a.code()).isEqualTo("seat-unavailable"));
        var taken = answers.stream().filter(a -> a.status() == 201)
                .flatMap(a -> a.json().path("lines").valueStream()).map(l -> l.path("seatId").asString()).toList();
        assertThat(taken).isNotEmpty().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(10);
        assertThat(taken.size() % 2).as("a buyer gets both seats or none").isZero();
        // What the database says agrees with what the buyers were told.
        assertThat(jdbc.sql("""
                select count(*) from booking.dossier_line where organisation_id = :org and seat_id is not null
                """).param("org", tenant.organisationId()).query(Long.class).single()).isEqualTo(taken.size());
        assertThat(http.availability(agent, session.id()).path("seats").path("held").asInt()).isEqualTo(taken.size());
    }

    @Test
    void racesOfAddReserveConfirmCancelKeepCountersEqualToTheLines() throws Exception {
        var session = http.quotaSession(manager, eventId, 30);
        var answers = race(40, i -> {
            String dossier = http.openDossier(agent, null).path("id").asString();
            var added = http.addPlaces(agent, dossier, session, 1 + i % 3);
            if (added.status() != 201) {
                return added;
            }
            return switch (i % 4) {
                case 0 -> http.post("/api/v1/dossiers/" + dossier + "/reserve", agent, null);
                case 1 -> http.post("/api/v1/dossiers/" + dossier + "/confirm", agent, null);
                case 2 -> http.post("/api/v1/dossiers/" + dossier + "/cancel", agent, null);
                default -> added;
            };
        });
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201, 409));
        http.assertSound(admin);
        var quota = http.availability(agent, session.id()).path("quotas").path(0);
        assertThat(quota.path("held").asInt()).isEqualTo(linesBySession(session.id(), "CART"));
        assertThat(quota.path("reserved").asInt()).isEqualTo(linesBySession(session.id(), "RESERVED")
                + linesBySession(session.id(), "OPTION"));
        assertThat(quota.path("confirmed").asInt()).isEqualTo(linesBySession(session.id(), "CONFIRMED"));
        assertThat(quota.path("free").asInt()).isEqualTo(30 - quota.path("held").asInt()
                - quota.path("reserved").asInt() - quota.path("confirmed").asInt());
        assertThat(quota.path("free").asInt()).as("cancellations gave places back").isGreaterThanOrEqualTo(0);
    }

    /**
     * A cart's hold may commit without waiting for the disk (DESIGN.md §4b); a sale may not. Read
     * inside the transaction that did the work, where the setting still applies. Each transaction
     * starts from a durable commit, as on a production server (the embedded test database runs
     * with {@code synchronous_commit} off for speed).
     */
    @Test
    void onlyTransactionsThatFillACartCommitWithoutWaitingForTheDisk() {
        var session = http.quotaSession(manager, eventId, 5);
        var caller = tenant.admin();
        var addition = new ChangeSet.Addition(UUID.fromString(session.id()), UUID.fromString(session.quotaId()), 2,
                List.of(), null);
        var opened = new AtomicReference<UUID>();

        assertThat(commitModeAfter(() -> opened.set(carts.open(caller, null, List.of(addition)).id())))
                .as("opening with places").isEqualTo("off");
        assertThat(commitModeAfter(() -> carts.addPlaces(caller, opened.get(), null, addition.sessionId(),
                addition.quotaId(), 1, null))).as("adding places").isEqualTo("off");
        assertThat(commitModeAfter(() -> operations.confirm(caller, opened.get(), null, List.of())))
                .as("a sale commits durably").isEqualTo("on");
        assertThat(commitModeAfter(() -> carts.open(caller, null)))
                .as("only holds opt out, not every dossier transaction").isEqualTo("on");
        assertThat(http.quotaFree(agent, session.id())).isEqualTo(2);
    }

    /** {@code work} in a transaction that starts with a durable commit, then the setting it ends with. */
    private String commitModeAfter(Runnable work) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local synchronous_commit = on").update();
            work.run();
            return synchronousCommit();
        });
    }

    private String synchronousCommit() {
        return jdbc.sql("show synchronous_commit").query(String.class).single();
    }

    @Test
    void expiredHoldsNeverBlockASaleAndTheirLinesExpire() throws Exception {
        var session = http.quotaSession(manager, eventId, 2);
        var caller = tenant.admin();
        var late = carts.open(caller, null);
        carts.addPlaces(caller, late.id(), null, UUID.fromString(session.id()), UUID.fromString(session.quotaId()), 2, null);
        expireHoldsOf(late.id());

        // Not swept yet, past its deadline: the next buyer gets the places at once.
        String buyer = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, buyer, session, 2));
        awaitLineStatus(late.id(), "EXPIRED");
        var expired = ok(http.get("/api/v1/dossiers/" + late.id(), agent));
        assertThat(expired.path("lines").path(0).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(actions(late.id())).contains("EXPIRED");
        var refused = http.post("/api/v1/dossiers/" + late.id() + "/confirm", agent, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        // The sweeper expires a hold nobody else wanted.
        var other = http.quotaSession(manager, eventId, 10);
        var idle = carts.open(caller, null);
        carts.addPlaces(caller, idle.id(), null, UUID.fromString(other.id()), UUID.fromString(other.quotaId()), 3, null);
        assertThat(http.quotaFree(agent, other.id())).isEqualTo(7);
        expireHoldsOf(idle.id());
        InventoryTestAccess.sweep(context);
        assertThat(http.quotaFree(agent, other.id())).isEqualTo(10);
        awaitLineStatus(idle.id(), "EXPIRED");
        // A new line after expiry starts a fresh cart: its hold is live.
        var again = created(http.addPlaces(agent, idle.id().toString(), other, 1));
        assertThat(again.path("status").asString()).isEqualTo("CART");
        assertThat(http.availability(agent, other.id()).path("quotas").path(0).path("held").asInt()).isEqualTo(1);
        ok(http.post("/api/v1/dossiers/" + idle.id() + "/confirm", agent, null));
    }

    @Test
    void aLineAddedToACartPastItsLifetimeIsHeldForReal() throws Exception {
        var session = http.quotaSession(manager, eventId, 5);
        String dossier = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, dossier, session, 1));
        // The cart started long ago and its hold ran out, but no sweeper has marked the line yet.
        jdbc.sql("update booking.dossier set cart_started_at = now() - interval '30 days' where id = :id")
                .param("id", UUID.fromString(dossier)).update();
        expireHoldsOf(UUID.fromString(dossier));

        var added = created(http.addPlaces(agent, dossier, session, 2));
        assertThat(added.path("status").asString()).isEqualTo("CART");
        assertThat(jdbc.sql("""
                select count(*) from inventory.allocation
                 where holder_id = :holder and state = 'HELD' and expires_at > now()
                """).param("holder", UUID.fromString(dossier)).query(Long.class).single())
                .as("the new line's places are held until a deadline still to come").isEqualTo(1);
        ok(http.post("/api/v1/dossiers/" + dossier + "/confirm", agent,
                Map.of("lineIds", List.of(added.path("lines").path(1).path("id").asString()))));
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(2);
    }

    private void expireHoldsOf(UUID dossierId) {
        jdbc.sql("update inventory.allocation set expires_at = now() - interval '1 second' where holder_id = :holder")
                .param("holder", dossierId).update();
    }

    private void awaitLineStatus(UUID dossierId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            var lines = ok(http.get("/api/v1/dossiers/" + dossierId, agent)).path("lines");
            if (lines.valueStream().allMatch(l -> l.path("status").asString().equals(status))) {
                return;
            }
            assertThat(Instant.now()).as("lines of %s still %s", dossierId, lines).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> actions(UUID dossierId) {
        return ok(http.get("/api/v1/dossiers/" + dossierId + "/history", agent)).valueStream()
                .map(e -> e.path("action").asString()).toList();
    }

    private int linesBySession(String sessionId, String status) {
        return jdbc.sql("""
                select coalesce(sum(quantity), 0) from booking.dossier_line
                 where organisation_id = :org and session_id = :session and status = :status
                """).param("org", tenant.organisationId()).param("session", UUID.fromString(sessionId))
                .param("status", status).query(Integer.class).single();
    }

    /** Runs {@code buyers} attempts from {@link #THREADS} threads released at once; every answer. */
    static List<Answer> race(int buyers, IntFunction<Answer> attempt) throws Exception {
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Answer>>();
        for (int i = 0; i < buyers; i++) {
            int buyer = i;
            tasks.add(() -> {
                start.await();
                return attempt.apply(buyer);
            });
        }
        var answers = new ConcurrentLinkedQueue<Answer>();
        try (var threads = Executors.newFixedThreadPool(THREADS)) {
            var futures = tasks.stream().map(threads::submit).toList();
            start.countDown();
            for (var future : futures) {
                answers.add(future.get());
            }
        }
        return List.copyOf(answers);
    }

}
