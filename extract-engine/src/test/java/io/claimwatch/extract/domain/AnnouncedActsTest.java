package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.RunningTotalsTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** dating.announced-act: an act told as it goes on or as it is to come, with no date of its own, is of the day it is told. */
class AnnouncedActsTest {

    @Test
    void anActGoingOnOrToComeIsOfTheDayItIsTold() {
        String story = "Toymaker trims its range\n\nThe company will cut 500 jobs at its plant.\n\n"
                + "Shops were recalling 1,200 sets, the company said.\n\nIt would also be paying 75 suppliers.";
        assertThat(dates(story, 500)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 1_200)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 75)).isEqualTo("2024-06-12..2024-06-12");
    }

    @Test
    void aChangeOrAStateToComeIsNoAct() {
        String story = "Toymaker trims its range\n\nSales will reach 800 sets.\n\nThe queue would likely grow to 60 people.\n\n"
                + "The old plant was serving 300 streets.\n\nThe company is expected to cut 45 jobs.";
        assertThat(dates(story, 800)).isEqualTo("null..null");
        assertThat(dates(story, 60)).isEqualTo("null..null");
        assertThat(dates(story, 300)).isEqualTo("null..null");
        assertThat(dates(story, 45)).isEqualTo("null..null");
    }
}
