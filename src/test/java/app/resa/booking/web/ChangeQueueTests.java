package app.resa.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The change screen's queue, as the page sends it back: tokens in, a change set out. */
class ChangeQueueTests {

    final UUID line = UUID.randomUUID();
    final UUID other = UUID.randomUUID();
    final UUID session = UUID.randomUUID();
    final UUID quota = UUID.randomUUID();
    final UUID seat = UUID.randomUUID();
    final UUID tariff = UUID.randomUUID();

    @Test
    void queuedOperationsBecomeOneChangeSet() {
        var queue = new ChangeQueue(3, Set.of(line, other), List.of(other), List.of("", line + ":" + tariff), null, null);
        queue.add(session, quota, 2, null, tariff);
        queue.add(session, null, null, List.of(seat, seat), null);
        queue.exchange(line, session, quota, List.of(seat));

        var changes = queue.toChangeSet();
        assertThat(changes.removals()).containsExactly(other);
        assertThat(changes.tariffChanges()).singleElement()
                .satisfies(t -> assertThat(t.tariffId()).isEqualTo(tariff));
        assertThat(changes.additions()).hasSize(2);
        assertThat(changes.additions().get(0).quantity()).isEqualTo(2);
        assertThat(changes.additions().get(0).tariffId()).isEqualTo(tariff);
        assertThat(changes.additions().get(1).seatIds()).containsExactly(seat);
        assertThat(changes.additions().get(1).tariffId()).isNull();
        assertThat(changes.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.seatId()).as("a ticked seat wins over the quota").isEqualTo(seat);
            assertThat(e.quotaId()).isNull();
        });
        assertThat(queue.tariffOf(line)).isEqualTo(tariff);
    }

    @Test
    void aLaterExchangeOfALineReplacesTheEarlierAndDroppingRemovesByPlace() {
        var queue = new ChangeQueue(0, Set.of(line), null, null, null, null);
        queue.exchange(line, session, quota, null);
        queue.exchange(line, session, null, List.of(seat));
        assertThat(queue.toChangeSet().exchanges()).singleElement()
                .satisfies(e -> assertThat(e.seatId()).isEqualTo(seat));
        queue.add(session, quota, 1, null, null);
        queue.drop("add", 0);
        queue.drop("exchange", 0);
        queue.drop("exchange", 7);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void tamperedTokensAndLinesNotResumedAreIgnored() {
        var queue = new ChangeQueue(0, Set.of(line), List.of(other),
                List.of("nonsense", other + ":" + tariff), List.of("q:not-a-uuid:x:1:-", "s:" + session),
                List.of(other + ":" + session + ":q:" + quota, line + ":" + session + ":z:" + quota));
        queue.exchange(other, session, quota, null);
        queue.add(session, quota, 0, null, null);
        queue.add(session, quota, 101, null, null);
        assertThat(queue.isEmpty()).isTrue();
    }
}
