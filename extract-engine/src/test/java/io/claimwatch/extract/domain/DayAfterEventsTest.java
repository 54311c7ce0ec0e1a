package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dating.day-after-event: a figure in what "the day after" opens is of the earlier event, a day before the sentence's own. */
class DayAfterEventsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2010, 4, 6);

    private static String dates(String story, int low) {
        return TimeRulesTest.datesOf(story, TUESDAY, low, "");
    }

    @Test
    void aFigureOfTheEarlierEventIsADayBeforeTheSentencesDay() {
        String story = "Pipeline to restart\n\nThe company said on Monday it expects to restart the line, the day after a blast "
                + "killed two workers.\n\nShares of the miner fell 10 percent the day after an explosion killed at least 25 workers.\n\n"
                + "The port reopened, two days after a storm hit the coast, flooding 300 homes.";
        assertThat(dates(story, 2)).as("the statement's day, less one").isEqualTo("2010-04-04..2010-04-04");
        assertThat(dates(story, 25)).as("the day of publication, less one").isEqualTo("2010-04-05..2010-04-05");
        assertThat(dates(story, 300)).as("past a comma before a participle").isEqualTo("2010-04-04..2010-04-04");
    }

    @Test
    void aVagueDistanceOrADateOfItsOwnIsLeft() {
        String story = "Marchers defy threats\n\nThousands marched in the capital, less than two days after gunmen killed 21 people.\n\n"
                + "Rescuers returned a day after the storm on Friday flooded 40 homes.";
        assertThat(dates(story, 21)).isNotEqualTo("2010-04-04..2010-04-04");
        assertThat(dates(story, 40)).isEqualTo("2010-04-02..2010-04-02");
    }
}
