package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.iso;
import static io.claimwatch.extract.domain.TimeRulesTest.withLow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * dating.anaphoric-event (EventAnaphors) and dating.now-state (NowStates): a toll told of "those blasts" takes the day an
 * earlier sentence gave the blasts; a state told as of now is of the day of the report. Sentences of our own.
 */
class ReportedEventDatesTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2024, 6, 12);

    /** The rule that set the event start of the claim whose lower bound is {@code low}. */
    static String startRule(String text, LocalDate pub, String low) {
        return Fixtures.EXTRACTOR.extract(text, pub, Deadline.NONE, true).claims().stream()
                .filter(x -> x.low() != null && x.low().compareTo(new java.math.BigDecimal(low)) == 0).findFirst().orElseThrow()
                .explanation().stream().filter(f -> f.field() == FieldSource.Field.EVENT_START).findFirst().orElseThrow().rule();
    }

    @Test
    void aTollOfThoseBlastsTakesTheDayTheBlastsWereTold() {
        String text = "Aid groups warn of shortages in the north\n\nOn Sunday, a rebel group said it had set off bombs at two "
                + "markets in the northern city. The group posted its statement online. Those blasts killed at least 48 people "
                + "and wounded 112 others, the health ministry said.";
        assertThat(iso(withLow(text, WEDNESDAY, "48").eventStart())).isEqualTo("2024-06-09");
        assertThat(iso(withLow(text, WEDNESDAY, "112").eventEnd())).isEqualTo("2024-06-09");
        assertThat(startRule(text, WEDNESDAY, "48")).startsWith("dating.anaphoric-event");
    }

    @Test
    void aSingularDemonstrativeTakesASingularEventOnly() {
        String text = "Talks resume in the capital\n\nGunmen attacked a convoy near the border on Monday. Officials said that "
                + "attacks on convoys had grown. That attack killed nine drivers.";
        assertThat(iso(withLow(text, WEDNESDAY, "9").eventStart())).isEqualTo("2024-06-10");
        assertThat(startRule(text, WEDNESDAY, "9")).startsWith("dating.anaphoric-event");
        // "said that attacks ...": "that" before a plural is a conjunction, no anaphor
        String conj = "Talks resume in the capital\n\nGunmen attacked a convoy near the border on Monday. Officials said that "
                + "attacks killed nine drivers.";
        assertThat(startRule(conj, WEDNESDAY, "9")).doesNotStartWith("dating.anaphoric-event");
    }

    @Test
    void noEarlierDayNoAnaphoricDate() {
        String text = "Talks resume in the capital\n\nGunmen attacked a convoy near the border. Those attacks killed nine drivers.";
        assertThat(withLow(text, WEDNESDAY, "9").eventStart()).isNull();
    }

    @Test
    void aStateOfNowIsOfTheReportsDay() {
        String text = "Troops push into the old city\n\nAbout 60% of the old city is now held by the army, a commander said.";
        assertThat(iso(withLow(text, WEDNESDAY, "60").eventStart())).isEqualTo("2024-06-12");
        assertThat(iso(withLow(text, WEDNESDAY, "60").eventEnd())).isEqualTo("2024-06-12");
        assertThat(startRule(text, WEDNESDAY, "60")).isEqualTo("dating.now-state");
    }

    @Test
    void aStateOfNowInAnEventThatGoesOnIsOfTheReportsDayNotItsSpan() {
        String text = "Floods spread across the delta\n\nRivers burst their banks across the delta on Saturday after days of rain.\n\n"
                + "About 40% of the farmland is now under water, officials said. Rescuers pulled 300 people from the water.";
        assertThat(iso(withLow(text, WEDNESDAY, "40").eventStart())).isEqualTo("2024-06-12");
        assertThat(startRule(text, WEDNESDAY, "40")).startsWith("dating.now-state");
        assertThat(iso(withLow(text, WEDNESDAY, "300").eventStart())).isEqualTo("2024-06-08");
    }

    @Test
    void nowWithAPerfectOrAFutureIsNoStateOfTheReport() {
        String perfect = "Troops push into the old city\n\nAbout 60% of the old city has now been taken by the army.";
        assertThat(withLow(perfect, WEDNESDAY, "60").eventStart()).isNull();
        String future = "Troops push into the old city\n\nAbout 60% of the old city is now expected to fall to the army.";
        assertThat(withLow(future, WEDNESDAY, "60").eventStart()).isNull();
    }
}
