package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Days named by a feast, by an event known by its date, and years counted back by centuries or decades. Through the whole
 * engine.
 */
class TimeNamedDaysTest {

    @Test
    void aFeastDayIsTheLastOneOnOrBeforePublication() {
        // date.holiday: a fixed day
        String eve = "Fireworks went astray on New Year's Eve and three spectators were hurt.";
        assertThat(datesOf(eve, LocalDate.of(2019, 1, 1), 3, "")).isEqualTo("2018-12-31..2018-12-31");
        String christmas = "The home side won 31-10 on Christmas Day, scoring 14 points in the last quarter.";
        assertThat(datesOf(christmas, LocalDate.of(2019, 12, 26), 14, "")).isEqualTo("2019-12-25..2019-12-25");
        // months back, a relative clause after the feast's day
        String earlier = "The mayor likened it to the raid on New Year's Eve in which 60 rockets were fired.";
        assertThat(datesOf(earlier, LocalDate.of(2021, 6, 20), 60, "")).isEqualTo("2020-12-31..2020-12-31");
    }

    @Test
    void aFeastOfANthWeekdayIsThatWeekdayOfItsMonth() {
        // date.holiday: the fourth Thursday of November, the last Monday of May
        String turkey = "About 40 families were fed at the shelter on Thanksgiving.";
        assertThat(datesOf(turkey, LocalDate.of(2019, 11, 30), 40, "")).isEqualTo("2019-11-28..2019-11-28");
        String memorial = "Some 12 drivers were stopped on Memorial Day.";
        assertThat(datesOf(memorial, LocalDate.of(2019, 6, 3), 12, "")).isEqualTo("2019-05-27..2019-05-27");
        // "Thanksgiving" before a noun of a meal is no day
        String dinner = "A Thanksgiving dinner for 40 families was planned.";
        assertThat(datesOf(dinner, LocalDate.of(2019, 11, 30), 40, "")).doesNotContain("2019-11-28");
    }

    @Test
    void aDayKnownByItsDateIsThatDayNotThisYears() {
        // date.named-day: an event known by its month and day (lexicon named-days.txt)
        String plot = "Three of the 20 Sept. 11 plotters had trained in the same camp.";
        assertThat(datesOf(plot, LocalDate.of(2010, 9, 25), 3, "")).isEqualTo("2001-09-11..2001-09-11");
        String slash = "Some 2,900 people were killed on 9/11.";
        assertThat(datesOf(slash, LocalDate.of(2012, 3, 2), 2900, "")).isEqualTo("2001-09-11..2001-09-11");
        // a month and day told as a day of this year stays one
        String day = "About 20 people were hurt on Sept. 11 when the stand collapsed.";
        assertThat(datesOf(day, LocalDate.of(2010, 9, 25), 20, "")).isEqualTo("2010-09-11..2010-09-11");
    }

    @Test
    void aQuarterOfAGameIsNoPartOfAYear() {
        // date.reference-period: a game's quarter (lexicon game-words.txt) names no months
        String game = "The visitors scored a 12-yard touchdown late in the third quarter.";
        assertThat(datesOf(game, LocalDate.of(2019, 12, 9), 12, "")).doesNotContain("2019-07");
        // a company's third quarter still does
        String sales = "Sales rose 12% in the third quarter.";
        assertThat(datesOf(sales, LocalDate.of(2019, 12, 9), 12, "")).isEqualTo("2019-07-01..2019-09-30");
    }

    @Test
    void theDayAfterPublicationInLocalTimeIsThatNextDay() {
        // date.weekday: a report written on Thursday of a launch on Friday in a place hours ahead
        String launch = "The rocket flew 900 kilometers after its launch Friday morning local time.";
        assertThat(datesOf(launch, LocalDate.of(2019, 5, 9), 900, "")).isEqualTo("2019-05-10..2019-05-10");
        // without "local time", the last Friday on or before publication
        String plain = "The rocket flew 900 kilometers after its launch on Friday.";
        assertThat(datesOf(plain, LocalDate.of(2019, 5, 9), 900, "")).isEqualTo("2019-05-03..2019-05-03");
    }

    @Test
    void aCenturyAgoIsTheYearAHundredYearsBack() {
        // date.relative-year: "a century ago", "the past decade"
        String herd = "The herd has fallen from about 2 million a century ago to 30,000 today.";
        assertThat(datesOf(herd, LocalDate.of(2015, 4, 2), 2_000_000, "")).isEqualTo("1915..1915");
        // ... and dates that figure alone, not the one the change ends at
        assertThat(datesOf(herd, LocalDate.of(2015, 4, 2), 30_000, "")).doesNotContain("1915");
        // ... with no date of its own after it too (ComparedDates: the year counted back dates the figure right before it)
        String left = "The herd has shrunk from about 2 million a century ago to about 30,000 remaining.";
        assertThat(datesOf(left, LocalDate.of(2015, 4, 2), 2_000_000, "")).isEqualTo("1915..1915");
        assertThat(datesOf(left, LocalDate.of(2015, 4, 2), 30_000, "")).doesNotContain("1915");
        String rents = "Fares have risen by 40% over the past decade.";
        assertThat(datesOf(rents, LocalDate.of(2015, 4, 2), 40, "")).startsWith("2005");
    }
}
