package app.resa.booking.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.resa.booking.ChangeSet;

/**
 * The change set being put together on the change screen. It lives in the page — hidden fields
 * and the controls of the resumed lines — and comes back whole with every request, so nothing
 * is stored or held while the operator edits (decision 35). Queued operations are short tokens:
 * an addition {@code q:session:quota:quantity:tariff} or {@code s:session:seat:tariff}, an
 * exchange {@code line:session:q:quota} or {@code line:session:s:seat}, a tariff change
 * {@code line:tariff} ({@code -} for no tariff chosen). Tokens that do not parse are dropped.
 */
final class ChangeQueue {

    final long version;
    final Set<UUID> resumed;
    final Set<UUID> removals;
    final List<String> tariffs;
    final List<String> additions;
    final List<String> exchanges;

    ChangeQueue(long version, Set<UUID> resumed, @Nullable List<UUID> removals, @Nullable List<String> tariffs,
                @Nullable List<String> additions, @Nullable List<String> exchanges) {
        this.version = version;
        this.resumed = resumed;
        this.removals = new LinkedHashSet<>(removals == null ? List.of() : removals);
        this.removals.retainAll(resumed);
        this.tariffs = valid(tariffs, t -> tariffChange(t) != null && resumed.contains(tariffChange(t).lineId()));
        this.additions = valid(additions, t -> addition(t) != null);
        this.exchanges = valid(exchanges, t -> exchange(t) != null && resumed.contains(exchange(t).lineId()));
    }

    void add(UUID session, @Nullable UUID quota, @Nullable Integer quantity, @Nullable List<UUID> seats,
             @Nullable UUID tariff) {
        String price = tariff == null ? "-" : tariff.toString();
        if (seats != null && !seats.isEmpty()) {
            seats.stream().distinct().forEach(seat -> additions.add("s:" + session + ":" + seat + ":" + price));
        } else if (quota != null && quantity != null && quantity > 0 && quantity <= 100) {
            additions.add("q:" + session + ":" + quota + ":" + quantity + ":" + price);
        }
    }

    /** The line goes to a seat when one is ticked, else to the chosen quota; a new choice replaces an older one. */
    void exchange(UUID line, UUID session, @Nullable UUID quota, @Nullable List<UUID> seats) {
        if (!resumed.contains(line)) {
            return;
        }
        String target = seats != null && !seats.isEmpty() ? "s:" + seats.getFirst() : quota != null ? "q:" + quota : null;
        if (target != null) {
            exchanges.removeIf(t -> Objects.requireNonNull(exchange(t)).lineId().equals(line));
            exchanges.add(line + ":" + session + ":" + target);
        }
    }

    /** Drops a queued addition ({@code add}) or exchange ({@code exchange}) by its place in the list. */
    void drop(String operation, int index) {
        var list = operation.equals("add") ? additions : operation.equals("exchange") ? exchanges : null;
        if (list != null && index >= 0 && index < list.size()) {
            list.remove(index);
        }
    }

    // Read by the template.
    public long version() {
        return version;
    }

    public Set<UUID> resumed() {
        return resumed;
    }

    public Set<UUID> removals() {
        return removals;
    }

    public List<String> additions() {
        return additions;
    }

    public List<String> exchanges() {
        return exchanges;
    }

    public boolean isEmpty() {
        return toChangeSet().isEmpty();
    }

    ChangeSet toChangeSet() {
        return new ChangeSet(additions.stream().map(ChangeQueue::addition).toList(), List.copyOf(removals),
                exchanges.stream().map(ChangeQueue::exchange).toList(),
                tariffs.stream().map(ChangeQueue::tariffChange).toList());
    }

    /** The tariff chosen for a resumed line, if changed. */
    public @Nullable UUID tariffOf(UUID line) {
        return tariffs.stream().map(ChangeQueue::tariffChange).filter(t -> t.lineId().equals(line))
                .map(ChangeSet.TariffChange::tariffId).findFirst().orElse(null);
    }

    private static List<String> valid(@Nullable List<String> tokens, java.util.function.Predicate<String> valid) {
        return tokens == null ? new ArrayList<>()
                : new ArrayList<>(tokens.stream().filter(t -> t != null && !t.isBlank()).filter(valid).toList());
    }

    static ChangeSet.@Nullable Addition addition(String token) {
        var parts = token.split(":");
        try {
            if (parts.length == 5 && parts[0].equals("q")) {
                return ChangeSet.Addition.places(UUID.fromString(parts[1]), UUID.fromString(parts[2]),
                        Integer.parseInt(parts[3]), tariff(parts[4]));
            }
            if (parts.length == 4 && parts[0].equals("s")) {
                return ChangeSet.Addition.seats(UUID.fromString(parts[1]), List.of(UUID.fromString(parts[2])),
                        tariff(parts[3]));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    static ChangeSet.@Nullable Exchange exchange(String token) {
        var parts = token.split(":");
        try {
            if (parts.length == 4 && (parts[2].equals("q") || parts[2].equals("s"))) {
                UUID target = UUID.fromString(parts[3]);
                return new ChangeSet.Exchange(UUID.fromString(parts[0]), UUID.fromString(parts[1]),
                        parts[2].equals("q") ? target : null, parts[2].equals("s") ? target : null);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    static ChangeSet.@Nullable TariffChange tariffChange(String token) {
        var parts = token.split(":");
        try {
            return parts.length == 2 ? new ChangeSet.TariffChange(UUID.fromString(parts[0]), UUID.fromString(parts[1]))
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable UUID tariff(String part) {
        return part.equals("-") ? null : UUID.fromString(part);
    }
}
