package app.resa.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code start} included to {@code end} excluded: the nights of a stay, a rental's days. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a date range must end after it starts: " + start + " → " + end);
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end);
    }
}
