package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The time stage on events other than the article's news and on spans named relative to the report:
 * an earlier strike with its own date, a day named relative to another day, a span that ends at
 * publication. Wire-copy and broadcast phrasings, through the whole engine.
 */
class TimeBackgroundRulesTest {

    @Test
    void anEarlierStrikeWithItsOwnDateIsOfThatDay() {
        String text = "The camp has come under repeated Israeli attacks, including a strike on July 14 which reportedly killed 90 people.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 27), 90, "")).isEqualTo("2024-07-14..2024-07-14");
    }

    @Test
    void aDateInAClauseAboutAThingAfterTheFigureIsNotTheFigures() {
        // thing-relative-after: "the Nebula prize, which honours the novels of the previous year" dates the novels
        String text = "Judges threw out 140 entries to the Nebula prize, which honours the best novels of the previous year.";
        assertThat(datesOf(text, LocalDate.of(2025, 3, 12), 140, "")).isEqualTo("null..null");
        // ... but a clause about the event dates it
        String quake = "At least 40 people died in the earthquake, which struck on Saturday.";
        assertThat(datesOf(quake, LocalDate.of(2025, 3, 12), 40, "")).isEqualTo("2025-03-08..2025-03-08");
    }

    @Test
    void thePreviousDayIsTheDayBeforeTheOneNamed() {
        String text = "On Thursday, the IDF said it had recovered the bodies of five Israeli hostages the previous day from a tunnel.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 27), 5, "")).isEqualTo("2024-07-24..2024-07-24");
        String next = "Rescuers reached the village on March 3, 2024, and found 12 survivors the following day.";
        assertThat(datesOf(next, null, 12, "")).isEqualTo("2024-03-04..2024-03-04");
    }

    @Test
    void theDayBeforeANounIsNoDay() {
        String text = "Police said 40 people were arrested the day before the vote.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 27), 40, "")).isEqualTo("null..null");
    }

    @Test
    void aSpanInThePastHoursOrWeeksEndsAtPublication() {
        String day = "The Ministry of Health said that 37 people have been killed in the past 24 hours due to ongoing operations.";
        assertThat(datesOf(day, LocalDate.of(2024, 7, 22), 37, "")).isEqualTo("2024-07-21..2024-07-22");
        String weeks = "At least 60 strikes have taken place around the country in\nthe past two weeks, the newspaper said.";
        assertThat(datesOf(weeks, LocalDate.of(1987, 3, 16), 60, "")).isEqualTo("1987-03-02..1987-03-16");
    }

    @Test
    void theLastDaysOfAMonthAreNoSpanToPublication() {
        String text = "Some 400 homes were flooded in the last 10 days of May.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 22), 400, "")).isNotEqualTo("2024-07-12..2024-07-22");
    }

    @Test
    void aYearBeforeTheNounOfAStatisticIsItsPeriod() {
        String text = "Imports were forecast at 170 mln dlrs this year. Total 1986\nexports were 218 mln dlrs, the bank said.";
        assertThat(datesOf(text, LocalDate.of(1987, 4, 24), 218_000_000, "")).isEqualTo("1986..1986");
    }

    @Test
    void aTollThatHasSinceRisenCountsFromTheDayNamedBefore() {
        String text = "Israel launched its military offensive in Gaza on October 7 after Hamas attacked southern Israel. "
                + "At least 1,200 people were killed, according to Israeli authorities. "
                + "Israeli military action in Gaza has since killed 39,258 Palestinians, according to the Ministry of Health.";
        // dating.since-to-report: the count runs to the day it is told
        assertThat(datesOf(text, LocalDate.of(2024, 7, 27), 39_258, "")).isEqualTo("2023-10-07..2024-07-27");
        String none = "Talks collapsed. The union has since begun talks with 12 companies, it said.";
        // no start before it: the perfect only ends on the day it is told (dating.running-total)
        assertThat(datesOf(none, LocalDate.of(2008, 1, 10), 12, "")).isEqualTo("null..2008-01-10");
    }

    @Test
    void thePreviousYearAfterANamedYearIsTheOneBefore() {
        String text = "There were 136 serious accidents in 2007, down from 164 crashes the previous year, the office said.";
        assertThat(datesOf(text, LocalDate.of(2008, 1, 2), 164, "")).isEqualTo("2006..2006");
        assertThat(datesOf("Exports fell to 164 mln dlrs the previous year, the ministry said.", LocalDate.of(1987, 3, 2), 164_000_000, ""))
                .isEqualTo("1986..1986");
    }

    @Test
    void aSpanTheSentenceNamesIsNotWidenedToTheStormsStart() {
        String text = "Typhoon Gaemi lashes Taiwan\n\nTyphoon Gaemi made landfall in Taiwan on Wednesday, forcing thousands to flee.\n\n"
                + "The typhoon has strengthened by 96 kph in the last 24 hours, forecasters said.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 26), 96, "")).isEqualTo("2024-07-25..2024-07-26");
    }

    @Test
    void aRangeEndsInItsStartsYearNotTheYearBefore() {
        String text = "The company recalled 7 million pounds of meat produced from July 29 through October 17, the agency said on Tuesday.";
        assertThat(datesOf(text, LocalDate.of(2024, 7, 30), 7_000_000, "")).isEqualTo("2024-07-29..2024-10-17");
    }

    @Test
    void aPastTollAfterASentenceDatingAnEventInAnUndatedArticleIsOfThatDate() {
        // dating.previous-sentence: the article's own event has no date; the background paragraph dates its event
        String text = "Israeli airstrike on school kills 30 in central Gaza\n\n"
                + "An Israeli airstrike on a school sheltering displaced people in central Gaza killed at least 30 people, health officials said.\n\n"
                + "Hamas attacked southern Israel on October 7. "
                + "At least 1,200 people were killed and more than 250 others abducted, according to Israeli authorities.\n\n"
                + "The ministry opened the bridge in March 2021. Some 17,000 vehicles are counted on it every day, officials said.";
        LocalDate pub = LocalDate.of(2024, 7, 27);
        assertThat(datesOf(text, pub, 1200, "")).isEqualTo("2023-10-07..2023-10-07");
        assertThat(datesOf(text, pub, 250, "")).isEqualTo("2023-10-07..2023-10-07");
        // the lead's toll stays undated; a figure of the present is no event of the date before it, but of the day it is
        // told (dating.present-state)
        assertThat(datesOf(text, pub, 30, "An Israeli")).isEqualTo("null..null");
        assertThat(datesOf(text, pub, 17000, "")).isEqualTo("2024-07-27..2024-07-27");
    }
}
