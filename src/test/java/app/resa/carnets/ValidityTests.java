package app.resa.carnets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ValidityTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aCarnetIsValidThroughItsLastDayInTheOrganisationsZone() {
        var validity = Validity.of(LocalDate.of(2019, 12, 20), 60, PARIS);

        assertThat(validity.lastDay()).isEqualTo(LocalDate.of(2020, 2, 18));
        // midnight starting 19 February in Paris (UTC+1 in winter)
        assertThat(validity.expiresAt()).isEqualTo(Instant.parse("2020-02-18T23:00:00Z"));
    }

    @Test
    void acrossTheSpringDaylightSavingChangeTheExpiryIsStillMidnightThere() {
        // Sold on 2026-03-20 in Paris (UTC+1); clocks go forward on 29 March; 10 days: last day 30 March.
        var validity = Validity.of(LocalDate.of(2026, 3, 20), 10, PARIS);

        assertThat(validity.lastDay()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(validity.expiresAt()).isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));
        var soldAtMidnight = LocalDate.of(2026, 3, 20).atStartOfDay(PARIS).toInstant();
        assertThat(Duration.between(soldAtMidnight, validity.expiresAt())).as("11 days less the hour lost")
                .isEqualTo(Duration.ofDays(11).minusHours(1));
    }

    @Test
    void acrossTheAutumnChangeTheDayHasAnHourMore() {
        // Clocks go back on 25 October 2026 in Paris: from UTC+2 to UTC+1.
        var validity = Validity.of(LocalDate.of(2026, 10, 20), 10, PARIS);

        assertThat(validity.expiresAt()).isEqualTo(Instant.parse("2026-10-30T23:00:00Z"));
    }
}
