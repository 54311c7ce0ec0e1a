package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dating.running-total: a count told as it stands, with no date of its own, ends on the day it is told. */
class RunningTotalsTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 12);

    /** The event dates, "start..end", of the story's claim whose low bound is {@code low}, published on a Wednesday. */
    static String dates(String story, int low) {
        List<ExtractedClaim> cs = EXTRACTOR.extract(story, WEDNESDAY).claims();
        ExtractedClaim c = cs.stream().filter(x -> x.low() != null && x.low().intValue() == low).findFirst().orElseThrow();
        return TimeRulesTest.iso(c.eventStart()) + ".." + TimeRulesTest.iso(c.eventEnd());
    }

    @Test
    void aPresentPerfectCountEndsOnTheDayOfPublication() {
        String story = "Sailors fall ill on a carrier\n\nA total of 40 crew members have tested positive, the navy said.\n\n"
                + "The outbreak has sickened 65 people in the port.";
        assertThat(dates(story, 40)).isEqualTo("null..2024-06-12");
        assertThat(dates(story, 65)).isEqualTo("null..2024-06-12");
    }

    @Test
    void aTotalToldOnANamedDayEndsOnThatDay() {
        String story = "Fever spreads in the valley\n\nThe regional toll now stands at 812, officials said Monday.\n\n"
                + "Another 30 villages reported cases, raising the tally to 4,300.";
        assertThat(dates(story, 812)).isEqualTo("null..2024-06-10");
        assertThat(dates(story, 4300)).isEqualTo("null..2024-06-12");
    }

    @Test
    void aPerfectOfThePastOrWhatIsToComeIsLeft() {
        String story = "Sailors fall ill on a carrier\n\nThe ship had carried 4,800 sailors.\n\n"
                + "The total will reach 90 beds, the navy said.\n\nThe crew has been told that 7 were hurt in a fall.";
        assertThat(dates(story, 4800)).isEqualTo("null..null");
        assertThat(dates(story, 7)).isEqualTo("null..null");
        assertThat(dates(story, 90)).isEqualTo("null..null");
    }

    @Test
    void aCountAddedInThePresentPerfectIsOfTheDayItIsTold() {
        // dating.day-increment: the day's new count, not the running one
        String story = "Fever spreads in the valley\n\nAnother 52 people have died, officials said Monday.\n\n"
                + "An additional 300 residents have tested positive.\n\nAnother 40 beds were set up in a school.";
        assertThat(dates(story, 52)).isEqualTo("2024-06-10..2024-06-10");
        assertThat(dates(story, 300)).isEqualTo("2024-06-12..2024-06-12");
        // no increment of a running count (no perfect): the one day the lead names (dating.lead-day), the statement's Monday
        assertThat(dates(story, 40)).isEqualTo("2024-06-10..2024-06-10");
    }

    @Test
    void anActDoneOnceToldInThePerfectIsOfTheDayItIsTold() {
        String story = "Pay dispute at the plant\n\nThe company has offered workers a 6 percent raise.\n\n"
                + "The firm has been ordered to pay $1.6 million in fines.\n\nThe agency has received 17,000 complaints.";
        assertThat(dates(story, 6)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 1_600_000)).isEqualTo("2024-06-12..2024-06-12");
        assertThat(dates(story, 17_000)).as("a count run up").isEqualTo("null..2024-06-12");
    }
}
