package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time stage on the tolls of a sudden event told with its day: joined tolls, a lead's toll with no kind of event named. */
class TollDatesTest {

    @Test
    void aDateAfterTwoJoinedTollsDatesBoth() {
        // dating.joined-toll: one act's toll; the 12 wounded are Friday's too
        LocalDate pub = LocalDate.of(2024, 5, 11);
        String text = "A gunman wounded 12 people and killed two at a crowded bar early Friday.";
        assertThat(datesOf(text, pub, 12, "")).isEqualTo("2024-05-10..2024-05-10");
        assertThat(datesOf(text, pub, 2, "")).isEqualTo("2024-05-10..2024-05-10");
    }

    @Test
    void aDateAfterAnotherJoinedVerbStaysThatVerbs() {
        // the emergency's counties are no act of Friday: "deployed" is no verb of a toll
        LocalDate pub = LocalDate.of(2024, 5, 20);
        String text = "The governor declared an emergency in 44 counties and deployed 200 guardsmen on Friday.";
        assertThat(datesOf(text, pub, 44, "")).isEqualTo("null..null");
        assertThat(datesOf(text, pub, 200, "")).isEqualTo("2024-05-17..2024-05-17");
    }

    @Test
    void aLeadsTollWithADayDatesTheArticlesLaterFigures() {
        // frame.toll-lead: no headline, no kind of event named; the lead's Friday dates the figures told after it
        LocalDate pub = LocalDate.of(2024, 5, 20);
        String text = "A gunman wounded 12 people and killed two at a crowded bar early Friday.\n\n"
                + "The bar is in the old town.\n\n"
                + "Three victims were in critical condition and about 300 people were inside the bar.";
        assertThat(datesOf(text, pub, 3, "")).isEqualTo("2024-05-17..2024-05-17");
        assertThat(datesOf(text, pub, 300, "")).isEqualTo("2024-05-17..2024-05-17");
    }

    @Test
    void aLeadWithNoTollDatesNoFrame() {
        // a lead of no toll and no kind of event, with no headline, frames nothing
        LocalDate pub = LocalDate.of(2024, 5, 20);
        String text = "The council approved a new budget for the bridge on Friday.\n\n"
                + "The bridge is old.\n\n"
                + "About 300 people attended the meeting.";
        // no frame: the attendance takes the one day the lead names (dating.lead-day), not a frame's window
        assertThat(datesOf(text, pub, 300, "")).isEqualTo("2024-05-17..2024-05-17");
    }
}
