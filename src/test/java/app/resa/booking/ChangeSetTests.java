package app.resa.booking;

import static app.resa.booking.BookingHttp.created;
import static app.resa.booking.BookingHttp.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.resa.booking.BookingHttp.Answer;
import app.resa.booking.BookingHttp.Session;
import app.resa.organisation.Role;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;
import app.resa.support.Tenants.Tenant;
import tools.jackson.databind.JsonNode;

/**
 * Change sets ("Reprendre"): additions, removals, exchanges and tariff changes applied in one
 * transaction with one history entry — or, when any of them is refused, nothing at all.
 */
@ApiTest
class ChangeSetTests {

    @LocalServerPort
    int port;

    @Autowired
    Tenants tenants;

    BookingHttp http;
    String manager;
    String agent;
    String admin;
    String eventId;
    String reduced;
    Session session;
    Session later;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port);
        Tenant tenant = tenants.open("Changes " + UUID.randomUUID());
        manager = BookingHttp.who(tenant, Role.MANAGER);
        agent = BookingHttp.who(tenant, Role.AGENT);
        admin = BookingHttp.who(tenant, Role.ADMIN);
        eventId = http.event(manager, "Andromaque");
        http.tariff(manager, eventId, "Plein tarif", "full", "30.00");
        reduced = http.tariff(manager, eventId, "Tarif réduit", "reduced", "20.00");
        session = http.seatedSession(manager, eventId, 10, "A-D", 3);
        later = http.seatedSession(manager, eventId, 10, "A-B", 3);
    }

    @AfterEach
    void inventoryIsSound() {
        http.assertSound(admin);
    }

    @Test
    void addsRemovesExchangesAndRetariffsInOneGoWithOneHistoryEntry() {
        var seats = session.seatIds();
        var dossier = reservedDossier(2, seats.get(0), seats.get(1));
        String places = lineOf(dossier, null);
        String seatA = lineOf(dossier, seats.get(0));
        String seatB = lineOf(dossier, seats.get(1));
        int entries = history(id(dossier)).size();

        var answer = change(dossier, Map.of(
                "add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 3),
                        Map.of("sessionId", session.id(), "seatIds", List.of(seats.get(2)))),
                "remove", List.of(seatB),
                "exchange", List.of(Map.of("lineId", seatA, "seatId", seats.get(3))),
                "tariff", List.of(Map.of("lineId", places, "tariffId", reduced))));

        var after = ok(answer);
        assertThat(answer.header("ETag")).contains("\"" + (version(dossier) + 1) + "\"");
        assertThat(after.path("status").asString()).isEqualTo("RESERVED");
        assertThat(line(after, places).path("unitPrice").path("amount").asString()).isEqualTo("20.00");
        assertThat(line(after, places).path("status").asString()).isEqualTo("RESERVED");
        assertThat(line(after, seatA).path("seatId").asString()).isEqualTo(seats.get(3));
        assertThat(line(after, seatA).path("status").asString()).isEqualTo("RESERVED");
        assertThat(line(after, seatB).path("status").asString()).isEqualTo("CANCELLED");
        var added = after.path("lines").valueStream()
                .filter(l -> !List.of(places, seatA, seatB).contains(l.path("id").asString())).toList();
        assertThat(added).hasSize(2).allSatisfy(l -> assertThat(l.path("status").asString()).isEqualTo("RESERVED"));
        // 2 × 20 (re-priced) + 30 (exchanged seat keeps its price) + 3 × 30 + 30; the removed seat no longer counts
        assertThat(after.path("totals").path(0).path("amount").asString()).isEqualTo("190.00");

        var quota = http.availability(agent, session.id()).path("quotas").path(0);
        assertThat(quota.path("reserved").asInt()).isEqualTo(5);
        assertThat(quota.path("held").asInt()).isZero();
        assertThat(seatFree(session, seats.get(0))).isTrue();
        assertThat(seatFree(session, seats.get(1))).isTrue();
        assertThat(seatFree(session, seats.get(2))).isFalse();
        assertThat(seatFree(session, seats.get(3))).isFalse();

        var history = history(id(dossier));
        assertThat(history).hasSize(entries + 1);
        var entry = history.getLast();
        assertThat(entry.path("action").asString()).isEqualTo("CHANGED");
        assertThat(entry.path("detail").asString()).contains("added", "removed", "exchanged", "tariff",
                "120.00 EUR → 190.00 EUR");
        assertThat(entry.path("userName").asString()).isNotBlank();
    }

    @Test
    void aConfirmedDossiersAdditionsAreSoldAndItsLinesMayMoveToAnotherSession() {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, 2));
        var dossier = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null));
        String places = lineOf(dossier, null);

        var after = ok(change(dossier, Map.of(
                "add", List.of(Map.of("sessionId", later.id(), "seatIds", List.of(later.seatIds().get(0)))),
                "exchange", List.of(Map.of("lineId", places, "sessionId", later.id(), "quotaId", later.quotaId())))));

        assertThat(after.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.path("lines").valueStream().map(l -> l.path("status").asString()).toList())
                .containsOnly("CONFIRMED");
        assertThat(after.path("lines").valueStream().allMatch(l -> l.path("printable").asBoolean())).isTrue();
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("confirmed").asInt()).isZero();
        assertThat(http.availability(agent, later.id()).path("quotas").path(0).path("confirmed").asInt()).isEqualTo(2);
        assertThat(seatFree(later, later.seatIds().get(0))).isFalse();
    }

    @Test
    void aChangedSaleIsChargedAsItNowStands() {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, session, 2));
        created(http.addSeats(agent, id, session, List.of(session.seatIds().get(7))));
        var dossier = ok(http.post("/api/v1/dossiers/" + id + "/confirm", agent, null));
        assertThat(http.get("/api/v1/dossiers/" + id + "/folio", agent).json().path("balance").path("amount").asString())
                .isEqualTo("90.00");

        // Re-price the places (2 × 20), remove the seat, add one seat of the later session (30).
        var after = ok(change(dossier, Map.of(
                "tariff", List.of(Map.of("lineId", lineOf(dossier, null), "tariffId", reduced)),
                "remove", List.of(lineOf(dossier, session.seatIds().get(7))),
                "add", List.of(Map.of("sessionId", later.id(), "seatIds", List.of(later.seatIds().get(3)))))));

        assertThat(after.path("totals").path(0).path("amount").asString()).isEqualTo("70.00");
        var folio = http.get("/api/v1/dossiers/" + id + "/folio", agent).json();
        assertThat(folio.path("balance").path("amount").asString()).isEqualTo("70.00");
        assertThat(folio.path("charges").valueStream().filter(c -> c.path("voided").isNull()
                || c.path("voided").isMissingNode()).count()).isEqualTo(2);
    }

    @Test
    void aCartIsChangedToo() {
        String id = http.openDossier(agent, null).path("id").asString();
        var dossier = created(http.addPlaces(agent, id, session, 2));
        var after = ok(change(dossier, Map.of(
                "add", List.of(Map.of("sessionId", session.id(), "seatIds", List.of(session.seatIds().get(5)))),
                "remove", List.of(lineOf(dossier, null)))));
        assertThat(after.path("status").asString()).isEqualTo("CART");
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("held").asInt()).isZero();
        assertThat(seatFree(session, session.seatIds().get(5))).isFalse();
    }

    @Test
    void oneImpossibleAdditionChangesNothingAtAll() {
        var seats = session.seatIds();
        var dossier = reservedDossier(2, seats.get(0), seats.get(1));
        String crowd = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, crowd, session, 7));
        created(http.addSeats(agent, crowd, session, List.of(seats.get(5))));
        ok(http.post("/api/v1/dossiers/" + crowd + "/reserve", agent, null));
        var before = everything(dossier);

        // The removal frees 2 places and the first addition takes 1 of the 3 then free: the
        // second, 5 places, cannot be had — and the first addition and the removal are undone.
        Map<String, ?> tooMany = Map.of(
                "remove", List.of(lineOf(dossier, null), lineOf(dossier, seats.get(1))),
                "exchange", List.of(Map.of("lineId", lineOf(dossier, seats.get(0)), "seatId", seats.get(4))),
                "add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1),
                        Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 5),
                        Map.of("sessionId", later.id(), "seatIds", List.of(later.seatIds().get(1)))));
        // The preview says so already, and takes nothing either.
        var foreseen = preview(dossier, tooMany);
        assertThat(foreseen.status()).as(foreseen.toString()).isEqualTo(409);
        assertThat(foreseen.code()).isEqualTo("insufficient-capacity");
        assertThat(foreseen.fields()).containsExactly("add[1]");
        assertThat(everything(dossier)).isEqualTo(before);

        var refused = change(dossier, tooMany);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient-capacity");
        assertThat(refused.fields()).containsExactly("add[1]");
        assertThat(everything(dossier)).isEqualTo(before);

        // A taken seat is refused the same way, and names the exchange; the dossier's own seats
        // are given back before any is taken, so the first exchange would have been fine.
        var taken = change(dossier, Map.of(
                "add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1)),
                "exchange", List.of(Map.of("lineId", lineOf(dossier, seats.get(0)), "seatId", seats.get(1)),
                        Map.of("lineId", lineOf(dossier, seats.get(1)), "seatId", seats.get(5)))));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("seat-unavailable");
        assertThat(taken.fields()).singleElement().asString().startsWith("exchange[1]");
        assertThat(everything(dossier)).isEqualTo(before);
        var takenPreview = preview(dossier, Map.of("exchange",
                List.of(Map.of("lineId", lineOf(dossier, seats.get(1)), "seatId", seats.get(5)))));
        assertThat(takenPreview.status()).as(takenPreview.toString()).isEqualTo(409);
        assertThat(takenPreview.code()).isEqualTo("seat-unavailable");
        assertThat(takenPreview.fields()).singleElement().asString().startsWith("exchange[0]");
        assertThat(everything(dossier)).isEqualTo(before);
    }

    @Test
    void aStaleVersionIs412AndChangesNothing() {
        var dossier = reservedDossier(2, session.seatIds().get(0));
        var before = everything(dossier);
        var body = Map.of("version", version(dossier) - 1, "remove", List.of(lineOf(dossier, null)));

        var stale = http.post("/api/v1/dossiers/" + id(dossier) + "/changes", agent, body);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("stale-version");
        var staleHeader = http.send("POST", "/api/v1/dossiers/" + id(dossier) + "/changes", agent,
                Map.of("remove", List.of(lineOf(dossier, null))), Map.of("If-Match", "\"" + (version(dossier) - 1) + "\""));
        assertThat(staleHeader.status()).isEqualTo(412);
        var unversioned = http.post("/api/v1/dossiers/" + id(dossier) + "/changes", agent,
                Map.of("remove", List.of(lineOf(dossier, null))));
        assertThat(unversioned.status()).as("a change set without a version is refused").isEqualTo(428);
        assertThat(everything(dossier)).isEqualTo(before);

        // The version read in the ETag works as If-Match.
        var applied = http.send("POST", "/api/v1/dossiers/" + id(dossier) + "/changes", agent,
                Map.of("remove", List.of(lineOf(dossier, null))), Map.of("If-Match", "\"" + version(dossier) + "\""));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    }

    @Test
    void ofConcurrentChangeSetsOnOneDossierOneWins() throws Exception {
        var dossier = reservedDossier(1, session.seatIds().get(0));
        int contenders = 4;
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Answer>>();
        try (var pool = Executors.newFixedThreadPool(contenders)) {
            for (int i = 0; i < contenders; i++) {
                String seat = session.seatIds().get(i + 1);
                Callable<Answer> task = () -> {
                    start.await();
                    return change(dossier, Map.of(
                            "add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1),
                                    Map.of("sessionId", session.id(), "seatIds", List.of(seat)))));
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).as(statuses.toString()).containsOnly(200, 412).containsOnlyOnce(200);
        }
        var after = ok(http.get("/api/v1/dossiers/" + id(dossier), agent));
        assertThat(after.path("lines").size()).isEqualTo(4);
        assertThat(after.path("version").asLong()).isEqualTo(version(dossier) + 1);
        assertThat(http.availability(agent, session.id()).path("quotas").path(0).path("reserved").asInt()).isEqualTo(2);
        assertThat(history(id(dossier)).stream().filter(e -> e.path("action").asString().equals("CHANGED"))).hasSize(1);
    }

    @Test
    void changeSetsMovingPlacesBetweenTwoPoolsInOppositeDirectionsNeverDeadlock() throws Exception {
        for (int round = 0; round < 6; round++) {
            // One dossier gives back places of the first session and takes some of the later one,
            // the other the reverse, at the same moment: the pools are visited in one order.
            var there = placesDossier(session, 1);
            var back = placesDossier(later, 1);
            var start = new CountDownLatch(1);
            try (var pool = Executors.newFixedThreadPool(2)) {
                Callable<Answer> forth = () -> {
                    start.await();
                    return change(there, Map.of("remove", List.of(lineOf(there, null)), "add",
                            List.of(Map.of("sessionId", later.id(), "quotaId", later.quotaId(), "quantity", 1))));
                };
                Callable<Answer> backwards = () -> {
                    start.await();
                    return change(back, Map.of("remove", List.of(lineOf(back, null)), "add",
                            List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 1))));
                };
                var one = pool.submit(forth);
                var other = pool.submit(backwards);
                start.countDown();
                assertThat(one.get().status()).as(one.get().toString()).isEqualTo(200);
                assertThat(other.get().status()).as(other.get().toString()).isEqualTo(200);
            }
            http.assertSound(admin);
        }
    }

    @Test
    void thePreviewGivesThePriceDifferenceAndChangesNothing() {
        var dossier = reservedDossier(2, session.seatIds().get(0));
        var before = everything(dossier);

        var preview = ok(http.post("/api/v1/dossiers/" + id(dossier) + "/changes/preview", agent, Map.of(
                "version", version(dossier),
                "add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId(), "quantity", 2)),
                "remove", List.of(lineOf(dossier, session.seatIds().get(0))),
                "tariff", List.of(Map.of("lineId", lineOf(dossier, null), "tariffId", reduced)))));

        assertThat(preview.path("before").path(0).path("amount").asString()).isEqualTo("90.00");
        assertThat(preview.path("after").path(0).path("amount").asString()).isEqualTo("100.00");
        assertThat(preview.path("difference").path(0).path("amount").asString()).isEqualTo("10.00");
        assertThat(preview.path("difference").path(0).path("currency").asString()).isEqualTo("EUR");
        assertThat(preview.path("lines").size()).isEqualTo(3);
        assertThat(preview.path("summary").size()).isEqualTo(3);
        assertThat(everything(dossier)).isEqualTo(before);

        var giveBack = ok(http.post("/api/v1/dossiers/" + id(dossier) + "/changes/preview", agent,
                Map.of("remove", List.of(lineOf(dossier, null)))));
        assertThat(giveBack.path("difference").path(0).path("amount").asString()).isEqualTo("-60.00");
    }

    @Test
    void badChangeSetsAreRefusedNamingTheOperation() {
        var dossier = reservedDossier(2, session.seatIds().get(0));
        String places = lineOf(dossier, null);
        var before = everything(dossier);

        var empty = change(dossier, Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        var twice = change(dossier, Map.of("remove", List.of(places, places)));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.code()).isEqualTo("line-changed-twice");
        assertThat(twice.fields()).singleElement().asString().startsWith("remove[1]");
        var removedAndExchanged = change(dossier, Map.of("remove", List.of(places),
                "exchange", List.of(Map.of("lineId", places, "sessionId", later.id(), "quotaId", later.quotaId()))));
        assertThat(removedAndExchanged.code()).isEqualTo("line-changed-twice");

        String otherEvent = http.event(manager, "Phèdre");
        String otherTariff = http.tariff(manager, otherEvent, "Autre", "full", "5.00");
        var wrongTariff = change(dossier, Map.of("tariff", List.of(Map.of("lineId", places, "tariffId", otherTariff))));
        assertThat(wrongTariff.status()).isEqualTo(400);
        assertThat(wrongTariff.code()).isEqualTo("tariff-not-applicable");
        assertThat(wrongTariff.fields()).containsExactly("tariff[0].tariffId");

        var unknownLine = change(dossier, Map.of("remove", List.of(UUID.randomUUID().toString())));
        assertThat(unknownLine.status()).isEqualTo(404);
        assertThat(unknownLine.code()).isEqualTo("line-not-found");
        var noQuantity = change(dossier, Map.of("add", List.of(Map.of("sessionId", session.id(), "quotaId", session.quotaId()))));
        assertThat(noQuantity.status()).isEqualTo(400);
        var unseated = http.quotaSession(manager, eventId, 5);
        var seatsOfNothing = change(dossier, Map.of("add", List.of(Map.of("sessionId", unseated.id(),
                "seatIds", List.of(session.seatIds().get(3))))));
        assertThat(seatsOfNothing.code()).isEqualTo("session-not-seated");
        assertThat(seatsOfNothing.fields()).containsExactly("add[0].seatIds");
        assertThat(everything(dossier)).isEqualTo(before);

        ok(http.post("/api/v1/dossiers/" + id(dossier) + "/cancel", agent, null));
        var cancelled = ok(http.get("/api/v1/dossiers/" + id(dossier), agent));
        var closed = change(cancelled, Map.of("add", List.of(Map.of("sessionId", session.id(), "quotaId",
                session.quotaId(), "quantity", 1))));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("dossier-closed");
        assertThat(http.post("/api/v1/dossiers/" + UUID.randomUUID() + "/changes", agent,
                Map.of("version", 0, "remove", List.of(places))).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationsPlacesCannotBeAdded() {
        var dossier = reservedDossier(1, session.seatIds().get(0));
        var before = everything(dossier);
        Tenant other = tenants.open("Elsewhere " + UUID.randomUUID());
        String otherManager = BookingHttp.who(other, Role.MANAGER);
        var theirs = http.quotaSession(otherManager, http.event(otherManager, "Bérénice"), 10);

        var refused = change(dossier, Map.of("add", List.of(Map.of("sessionId", theirs.id(), "quotaId",
                theirs.quotaId(), "quantity", 1))));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("not-found");
        var theirDossier = http.openDossier(BookingHttp.who(other, Role.AGENT), null);
        assertThat(change(theirDossier, Map.of("add", List.of(Map.of("sessionId", session.id(), "quotaId",
                session.quotaId(), "quantity", 1)))).status()).isEqualTo(404);
        assertThat(everything(dossier)).isEqualTo(before);
        assertThat(http.quotaFree(otherManager, theirs.id())).isEqualTo(10);
    }

    // --- helpers

    /** A reserved dossier: places of the quota (when {@code places} > 0), then one line per seat. */
    private JsonNode reservedDossier(int places, String... seats) {
        String id = http.openDossier(agent, null).path("id").asString();
        if (places > 0) {
            created(http.addPlaces(agent, id, session, places));
        }
        for (String seat : seats) {
            created(http.addSeats(agent, id, session, List.of(seat)));
        }
        return ok(http.post("/api/v1/dossiers/" + id + "/reserve", agent, null));
    }

    private JsonNode placesDossier(Session of, int places) {
        String id = http.openDossier(agent, null).path("id").asString();
        created(http.addPlaces(agent, id, of, places));
        return ok(http.post("/api/v1/dossiers/" + id + "/reserve", agent, null));
    }

    private Answer change(JsonNode dossier, Map<String, ?> operations) {
        var body = new HashMap<String, Object>(operations);
        body.put("version", version(dossier));
        return http.post("/api/v1/dossiers/" + id(dossier) + "/changes", agent, body);
    }

    private Answer preview(JsonNode dossier, Map<String, ?> operations) {
        var body = new HashMap<String, Object>(operations);
        body.put("version", version(dossier));
        return http.post("/api/v1/dossiers/" + id(dossier) + "/changes/preview", agent, body);
    }

    /** What a refused change set must leave as it was: the dossier, its history, both sessions' availability and seats. */
    private List<String> everything(JsonNode dossier) {
        String id = id(dossier);
        return List.of(http.get("/api/v1/dossiers/" + id, agent).toString(),
                http.get("/api/v1/dossiers/" + id + "/history", agent).toString(),
                http.availability(agent, session.id()).toString(), http.availability(agent, later.id()).toString(),
                http.get("/api/v1/sessions/" + session.id() + "/seats", agent).toString(),
                http.get("/api/v1/sessions/" + later.id() + "/seats", agent).toString());
    }

    private static String id(JsonNode dossier) {
        return dossier.path("id").asString();
    }

    private static long version(JsonNode dossier) {
        return dossier.path("version").asLong();
    }

    /** The line of this seat, or the places line when {@code seatId} is null. */
    private static String lineOf(JsonNode dossier, String seatId) {
        return dossier.path("lines").valueStream()
                .filter(l -> seatId == null ? l.path("seatId").isNull() || l.path("seatId").isMissingNode()
                        : l.path("seatId").asString().equals(seatId))
                .findFirst().orElseThrow().path("id").asString();
    }

    private static JsonNode line(JsonNode dossier, String lineId) {
        return dossier.path("lines").valueStream().filter(l -> l.path("id").asString().equals(lineId)).findFirst()
                .orElseThrow();
    }

    private boolean seatFree(Session of, String seatId) {
        return ok(http.get("/api/v1/sessions/" + of.id() + "/seats", agent)).valueStream()
                .filter(s -> s.path("id").asString().equals(seatId)).findFirst().orElseThrow()
                .path("free").asBoolean();
    }

    private List<JsonNode> history(String id) {
        return ok(http.get("/api/v1/dossiers/" + id + "/history", agent)).valueStream().toList();
    }
}
