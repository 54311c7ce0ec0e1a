package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** frame.begun-activity: a verb of beginning with an object of its own begins another act, not the article's event. */
class FrameBegunActivityTest {

    private static String frameDate(String text, LocalDate pub) {
        EventFrame f = EXTRACTOR.extract(text, pub).frame();
        return f.date() == null ? "null" : f.date().toString();
    }

    @Test
    void anActBegunAfterTheEventDoesNotDateIt() {
        // the storm's day is the one its lead names; Friday's is the day crews began clearing, a later act
        String text = "The death toll from the storm that hit the coast on March 3 rose to 40 on Friday.\n\n"
                + "Crews began clearing roads on Friday in towns battered by the storm.\n\n"
                + "About 900 homes were left without power.";
        assertThat(frameDate(text, LocalDate.of(2025, 3, 8))).isEqualTo("2025-03-03");
    }

    @Test
    void aBareNounOrAnInfinitiveIsAnObjectToo() {
        String ops = "The toll in the earthquake in the north on May 2 passed 300 on Monday.\n\n"
                + "A relief centre set up near the earthquake's epicentre will start operations on Monday.";
        assertThat(frameDate(ops, LocalDate.of(2025, 5, 6))).isEqualTo("2025-05-02");
        String back = "The toll in the earthquake in the north on May 2 passed 300 on Monday.\n\n"
                + "Families who fled the earthquake began to return to the valley on Monday.";
        assertThat(frameDate(back, LocalDate.of(2025, 5, 6))).isEqualTo("2025-05-02");
    }

    @Test
    void theEventsOwnBeginningStillDatesIt() {
        // the subject is the event: "the fire started on Thursday", "the fighting began early on Monday", "started a fire"
        String fire = "Hundreds flee blaze\n\nThe fire started on Thursday near the dam and has burned 2,000 acres.";
        assertThat(frameDate(fire, LocalDate.of(2025, 7, 12))).isEqualTo("2025-07-10");
        String arson = "Arson suspect held\n\nPolice said a man started a fire on Tuesday at a warehouse, destroying 40 cars.";
        assertThat(frameDate(arson, LocalDate.of(2025, 7, 12))).isEqualTo("2025-07-08");
    }
}
