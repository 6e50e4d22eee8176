package app.resa.ticketing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A seating plan as written by an integrator: sections of rows of seats, or the compact
 * {@code rows: "A-T", seatsPerRow: 30} for one section of lettered rows.
 */
public record NewSeatingPlan(
        @NotNull UUID venueId,
        @NotBlank @Size(max = 100) String name,
        @Valid @Size(max = 50) @Nullable List<@NotNull @Valid NewSection> sections,
        @Pattern(regexp = "[A-Z]-[A-Z]|[0-9]{1,3}-[0-9]{1,3}", message = "must be a range such as A-T or 1-20")
        @Nullable String rows,
        @Positive @Max(500) @Nullable Integer seatsPerRow,
        @Size(max = 20) @Nullable String priceCategory) {

    public record NewSection(@NotBlank @Size(max = 60) String name,
                             @NotEmpty @Size(max = 200) @Valid List<@NotNull @Valid NewRow> rows) {
    }

    public record NewRow(@NotBlank @Size(max = 10) String name,
                         @NotEmpty @Size(max = 500) @Valid List<@NotNull @Valid NewSeat> seats) {
    }

    public record NewSeat(@NotNull @Positive @Max(9999) Integer number, @Size(max = 20) @Nullable String priceCategory,
                          @Nullable Boolean blocked) {
    }

    /** The sections as given, or the one section the compact form describes. */
    List<NewSection> layout() {
        if (sections != null && !sections.isEmpty()) {
            return sections;
        }
        if (rows == null || seatsPerRow == null) {
            throw TicketingRuleException.emptyPlan();
        }
        String[] bounds = rows.split("-");
        var rowList = new ArrayList<NewRow>();
        boolean letters = Character.isLetter(bounds[0].charAt(0));
        int first = letters ? bounds[0].charAt(0) : Integer.parseInt(bounds[0]);
        int last = letters ? bounds[1].charAt(0) : Integer.parseInt(bounds[1]);
        if (last < first) {
            throw TicketingRuleException.emptyPlan();
        }
        for (int row = first; row <= last; row++) {
            var seats = new ArrayList<NewSeat>();
            for (int seat = 1; seat <= seatsPerRow; seat++) {
                seats.add(new NewSeat(seat, priceCategory, false));
            }
            rowList.add(new NewRow(letters ? String.valueOf((char) row) : String.valueOf(row), seats));
        }
        return List.of(new NewSection(name, rowList));
    }
}
