package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dating.overnight-day (OvernightDays): a night named on the day before publication is the lead's "overnight". */
class OvernightNightsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 4, 10);

    @Test
    void aNightBeforePublicationIsTheLeadsOvernightWhenTheDayIsNamed() {
        String text = "Depots hit in drone raid\n\n"
                + "Drones struck two fuel depots in overnight attacks, injuring nine people.\n\n"
                + "The mayor said the port was hit by a heavy attack last night, killing two guards.\n\n"
                + "The ministry said on Wednesday that it had shot down 40 drones.";
        assertThat(datesOf(text, WEDNESDAY, 9, "")).isEqualTo("2024-04-10..2024-04-10");
        assertThat(datesOf(text, WEDNESDAY, 2, "")).isEqualTo("2024-04-10..2024-04-10");
    }

    @Test
    void aNightBeforePublicationStaysWithNoOvernightInTheLead() {
        // a ferry that sank last night, told on a day named: the evening before, no "overnight" in the lead
        String text = "Ferry sinks off coast\n\n"
                + "A ferry capsized off the coast last night, killing 12 passengers.\n\n"
                + "Divers resumed the search on Wednesday.";
        assertThat(datesOf(text, WEDNESDAY, 12, "")).isEqualTo("2024-04-09..2024-04-09");
    }

    @Test
    void aNamedWeekdaysNightKeepsItsDay() {
        // "Sunday night" is read as Sunday: a night named by its day keeps it, the lead's "overnight" aside
        LocalDate monday = LocalDate.of(2024, 4, 8);
        String text = "Rebels set off five bombs in the region Sunday night, killing 36 soldiers.\n\n"
                + "A blast at a barracks killed 25 there overnight.\n\n"
                + "The rebel leader issued Monday a statement to the government.";
        assertThat(datesOf(text, monday, 36, "")).isEqualTo("2024-04-07..2024-04-07");
    }
}
