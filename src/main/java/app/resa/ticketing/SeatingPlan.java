package app.resa.ticketing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How a venue is seated for a kind of show: sections of rows of numbered seats. */
public record SeatingPlan(UUID id, UUID venueId, String name, List<Section> sections) {

    public int seatCount() {
        return sections.stream().flatMap(section -> section.rows().stream()).mapToInt(row -> row.seats().size()).sum();
    }

    /** "Orchestre R3-12": what counter staff read on a ticket and a seat map. */
    public static String label(String section, String row, int number) {
        return section + " R" + row + "-" + number;
    }

    public record Section(String name, List<Row> rows) {
    }

    public record Row(String name, List<Seat> seats) {
    }

    /** A seat of the plan; blocked when the venue keeps it (technical desk, broken seat). */
    public record Seat(UUID id, int number, @Nullable String priceCategory, boolean blocked) {
    }
}
