package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.RunningTotalsTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** dating.present-state: a figure told in the present tense, with no date of its own, is of the day it is told. */
class PresentStatesTest {

    @Test
    void aStateInThePresentIsOfTheDayOfPublication() {
        String story = "Water cuts hit the northern suburbs\n\nTwo of the five pumping stations are still out of service, the "
                + "utility said.\n\nAbout 40 patients of the district clinic are in a critical condition.";
        assertThat(dates(story, 2)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 40)).isEqualTo("2024-06-12..2024-06-12");
    }

    @Test
    void aStateToldOnANamedDayOfTheWeekIsOfThatDay() {
        String story = "Water cuts hit the northern suburbs\n\nThe utility said on Monday that 18 districts are without water.";
        assertThat(dates(story, 18)).isEqualTo("2024-06-10..2024-06-10");
    }

    @Test
    void thePastThePerfectAndWhatIsToComeAreLeft() {
        String story = "Water cuts hit the northern suburbs\n\nThe old plant was serving 300 streets.\n\n"
                + "The utility is expected to reopen 6 stations.\n\nCrews had repaired 25 mains before the storm.\n\n"
                + "The cost of the repairs is estimated at 9 million dollars.";
        assertThat(dates(story, 300)).isEqualTo("null..null");
        assertThat(dates(story, 6)).isEqualTo("null..null");
        assertThat(dates(story, 25)).isEqualTo("null..null");
        assertThat(dates(story, 9_000_000)).as("an estimate").isEqualTo("null..null");
    }

    @Test
    void aStandingHeadcountIsOfTheDayItIsTold() {
        String story = "Strike hits the carmaker\n\nThe union, which represents more than 73,000 factory workers, called the "
                + "strike.\n\nNow, seven plants in the city employ just over 6,200 hourly workers.\n\n"
                + "The plant employed 9,000 people in 1990.";
        assertThat(dates(story, 73_000)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 6_200)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 9_000)).as("the past keeps its year").isEqualTo("1990..1990");
    }

    @Test
    void aWholeToldInThePresentIsOfTheDayItIsToldNotARunningCount() {
        String story = "Strike hits the jet maker\n\nThe union represents about 3,300 of the total 14,000 employees at the plant.\n\n"
                + "A total of 18.2 million toys around the world are being recalled.\n\n"
                + "A total of 13 sailors have tested positive.";
        assertThat(dates(story, 3_300)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 14_000)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 18_200_000)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 13)).as("a perfect runs up to the day").isEqualTo("null..2024-06-12");
    }

    @Test
    void aVerbOfAStateBeyondBeingIsOfTheDayItIsTold() {
        String story = "Courts cut their backlog\n\nNow, the backlog stands at 4,200 cases and it keeps shrinking.\n\n"
                + "The new leak, which stretches for 2 miles, is far from the coast.\n\n"
                + "Debris lies scattered across 300 meters of the slope.\n\n"
                + "The backlog stood at 5,100 cases in May.";
        assertThat(dates(story, 4_200)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 2)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 300)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 5_100)).as("the past keeps its month").isNotEqualTo("2024-06-12..2024-06-12");
    }

    @Test
    void anActAndANounAreNoVerbOfAState() {
        String story = "Toy maker widens its recall\n\nThe latest recall involves eight Barbie brand playsets.\n\n"
                + "Searchers seek the remains of the 150 people on board.";
        assertThat(dates(story, 8)).isEqualTo("null..null");
        assertThat(dates(story, 150)).isEqualTo("null..null");
    }
}
