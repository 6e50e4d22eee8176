package app.resa.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.resa.shared.BusinessRuleViolation;
import app.resa.shared.DateRange;
import app.resa.support.ApiTest;
import app.resa.support.Tenants;

/** Races on the real database: never more claims than capacity, never a unit claimed twice. */
@ApiTest
class InventoryConcurrencyTests {

    @Autowired
    Pools pools;

    @Autowired
    Claims claims;

    @Autowired
    InventoryCheck check;

    @Autowired
    Expiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Tenants tenants;

    @Autowired
    Clock clock;

    UUID org;

    @BeforeEach
    void openOrganisation() {
        org = tenants.open("Inventory " + UUID.randomUUID()).organisationId();
    }

    @Test
    void concurrentHoldsNeverExceedCapacity() throws Exception {
        var pool = transaction.execute(s -> pools.openCounted(org, "Parterre", 50));
        var successes = race(200, i -> hold(pool, 1, null));
        assertThat(successes).isEqualTo(50);
        assertThat(pools.capacity(org, pool)).isEqualTo(new Capacity(50, 50, 0, 0, 0));
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void concurrentMultiTicketHoldsTakeExactlyWhatFits() throws Exception {
        var pool = transaction.execute(s -> pools.openCounted(org, "Balcony", 100));
        var taken = new AtomicInteger();
        race(120, i -> {
            int quantity = 1 + i % 4;
            boolean ok = hold(pool, quantity, null);
            if (ok) {
                taken.addAndGet(quantity);
            }
            return ok;
        });
        var capacity = pools.capacity(org, pool);
        assertThat(capacity.held()).isEqualTo(taken.get()).isLessThanOrEqualTo(100);
        assertThat(capacity.free()).isLessThan(4);
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void noSeatIsEverHeldTwice() throws Exception {
        var units = IntStream.range(0, 10).mapToObj(i -> new Pools.NewUnit("R1-" + i, "A", false)).toList();
        var pool = transaction.execute(s -> pools.openUnits(org, "Seats", units));
        var seats = pools.units(org, pool);
        var winners = new ConcurrentLinkedQueue<UnitId>();
        race(100, i -> {
            var seat = seats.get(i % seats.size()).id();
            try {
                transaction.executeWithoutResult(s -> claims.holdUnit(org, seat, null, UUID.randomUUID(),
                        clock.instant().plusSeconds(600), "seat-unavailable"));
                winners.add(seat);
                return true;
            } catch (UnitUnavailableException e) {
                return false;
            }
        });
        assertThat(winners).hasSize(10).doesNotHaveDuplicates();
        assertThat(pools.unitCapacity(org, pool).held()).isEqualTo(10);
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void rentalUnitsAreClaimedOncePerOverlappingPeriod() {
        var pool = transaction.execute(s -> pools.openUnits(org, "Drills", List.of(new Pools.NewUnit("SN-1182", null, false))));
        var drill = pools.units(org, pool).getFirst().id();
        var monday = Instant.parse("2026-12-07T08:00:00Z");
        hold(drill, new Claims.Period(monday, monday.plus(Duration.ofDays(2))));
        assertThatThrownBy(() -> hold(drill, new Claims.Period(monday.plus(Duration.ofDays(1)), monday.plus(Duration.ofDays(3)))))
                .isInstanceOf(UnitUnavailableException.class);
        hold(drill, new Claims.Period(monday.plus(Duration.ofDays(2)), monday.plus(Duration.ofDays(4))));
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void aNightlyHoldTakesEveryNightOrNone() {
        var pool = transaction.execute(s -> pools.openNightly(org, "Double rooms", 2,
                new DateRange(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-10"))));
        assertThat(hold(pool, 2, new DateRange(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-04")))).isTrue();
        // 2 to 5 December: the 3rd is full, so nothing is taken on the 2nd or the 4th either.
        assertThat(hold(pool, 1, new DateRange(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-05")))).isFalse();
        var nights = pools.capacityByNight(org, pool);
        assertThat(nights.get(LocalDate.parse("2026-12-02")).held()).isZero();
        assertThat(nights.get(LocalDate.parse("2026-12-03")).held()).isEqualTo(2);
        assertThat(hold(pool, 1, new DateRange(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-07")))).isTrue();
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void anExpiredHoldNeverBlocksASale() {
        var pool = transaction.execute(s -> pools.openCounted(org, "Stock", 3));
        transaction.executeWithoutResult(s -> claims.holdQuantity(org, pool, 3, null, UUID.randomUUID(),
                clock.instant().minusMillis(1)));
        // Not swept yet, but past its deadline: the next buyer gets the places at once.
        assertThat(hold(pool, 3, null)).isTrue();
        assertThat(pools.capacity(org, pool)).isEqualTo(new Capacity(3, 3, 0, 0, 0));
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void racesOfHoldReserveConfirmCancelAndExpiryKeepTheInvariant() throws Exception {
        var pool = transaction.execute(s -> pools.openCounted(org, "Festival", 40));
        race(160, i -> {
            var holder = UUID.randomUUID();
            Instant deadline = i % 5 == 0 ? clock.instant().plusMillis(50) : clock.instant().plusSeconds(600);
            try {
                var allocation = transaction.execute(s -> claims.holdQuantity(org, pool, 1 + i % 3, null, holder, deadline));
                var ids = List.of(allocation.id());
                switch (i % 4) {
                    case 0 -> transaction.executeWithoutResult(s -> claims.reserve(org, ids, null));
                    case 1 -> transaction.executeWithoutResult(s -> claims.confirm(org, ids));
                    case 2 -> transaction.executeWithoutResult(s -> claims.release(org, ids));
                    default -> { }
                }
                return true;
            } catch (BusinessRuleViolation refused) {
                return false;
            }
        });
        assertThat(check.violations(org)).isEmpty();
        Thread.sleep(100);
        expiry.sweep();
        // The short holds (every fifth buyer) that were neither moved nor released are gone.
        assertThat(jdbc.sql("select count(*) from inventory.allocation where organisation_id = :org"
                + " and state = 'HELD' and expires_at <= now()").param("org", org).query(Long.class).single()).isZero();
        assertThat(check.violations(org)).isEmpty();
    }

    @Test
    void anExpiredHoldCannotBeConfirmed() {
        var pool = transaction.execute(s -> pools.openCounted(org, "Late", 5));
        var allocation = transaction.execute(s -> claims.holdQuantity(org, pool, 1, null, UUID.randomUUID(),
                clock.instant().minusSeconds(1)));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> claims.confirm(org, List.of(allocation.id()))))
                .isInstanceOf(AllocationStateException.class);
        assertThat(check.violations(org)).isEmpty();
    }

    private boolean hold(PoolId pool, int quantity, DateRange nights) {
        try {
            transaction.executeWithoutResult(s -> claims.holdQuantity(org, pool, quantity, nights, UUID.randomUUID(),
                    clock.instant().plusSeconds(600)));
            return true;
        } catch (InsufficientCapacityException e) {
            return false;
        }
    }

    private void hold(UnitId unit, Claims.Period period) {
        transaction.executeWithoutResult(s -> claims.holdUnit(org, unit, period, UUID.randomUUID(),
                clock.instant().plusSeconds(600), "unit-unavailable"));
    }

    /** Runs {@code buyers} attempts from 16 threads released at once; counts the successes. */
    private static int race(int buyers, Attempt attempt) throws Exception {
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < buyers; i++) {
            int buyer = i;
            tasks.add(() -> {
                start.await();
                return attempt.run(buyer);
            });
        }
        try (var threads = Executors.newFixedThreadPool(16)) {
            var futures = tasks.stream().map(threads::submit).toList();
            start.countDown();
            int successes = 0;
            for (var future : futures) {
                successes += future.get() ? 1 : 0;
            }
            return successes;
        }
    }

    @FunctionalInterface
    interface Attempt {
        boolean run(int buyer) throws Exception;
    }
}
