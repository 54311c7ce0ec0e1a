package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** dating.since-event: a figure counted "since" the article's own event runs from the event's day to the day it is told. */
class SinceEventsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2010, 4, 8);

    private static String dates(String story, int low) {
        return TimeRulesTest.datesOf(story, THURSDAY, low, "");
    }

    @Test
    void aCountSinceTheEventRunsFromItsDayToTheReport() {
        String story = "Mine blast kills 25\n\nAn explosion at a coal mine killed 25 miners on Monday.\n\n"
                + "The company's stock is down 33 percent since the explosion.\n\n"
                + "More than 40 aftershocks have been recorded since the initial blast, officials said Wednesday.";
        assertThat(dates(story, 33)).isEqualTo("2010-04-05..2010-04-08");
        assertThat(dates(story, 40)).as("told on Wednesday").isEqualTo("2010-04-05..2010-04-07");
    }

    @Test
    void aComparisonOrAnotherEventIsLeft() {
        String story = "Mine blast kills 25\n\nAn explosion at a coal mine killed 25 miners on Monday.\n\n"
                + "Coal prices posted the biggest rise since the explosion at 12 percent.\n\n"
                + "The stock is down 7 percent since a storm hit the region.";
        assertThat(dates(story, 12)).isNotEqualTo("2010-04-05..2010-04-08");
        assertThat(dates(story, 7)).isNotEqualTo("2010-04-05..2010-04-08");
    }
}
