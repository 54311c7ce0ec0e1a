package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Months and years named in ways the calendar alone does not place: a month to come, a year a copula gives to "the last
 * year", an accounting year, a year before a named event, and the day a running count is told. Through the whole engine.
 */
class TimeNamedYearRulesTest {

    @Test
    void aMonthToComeIsTheNextSuchMonth() {
        // date.month-ahead: later in the year, not last year's
        String next = "Traders are betting on two more rate cuts at the board's next meetings in October and December.";
        assertThat(datesOf(next, LocalDate.of(2011, 8, 14), 2, "")).isEqualTo("2011-10..2011-12");
        // an earlier month than publication's, to come, is next year's
        String plant = "The company said it would hire 300 more workers in January.";
        assertThat(datesOf(plant, LocalDate.of(2016, 11, 20), 300, "")).isEqualTo("2017-01..2017-01");
        // ... and one told of the past stays last year's
        String past = "The company hired 300 more workers in December.";
        assertThat(datesOf(past, LocalDate.of(2016, 11, 20), 300, "")).isEqualTo("2015-12..2015-12");
    }

    @Test
    void theYearACopulaGivesTheLastYearIsTheClausesYear() {
        // date.year-complement, and the "when" clause after it
        String text = "There were 800 fires in the county in 2002. The last year the county counted 500 fires was 1991, when there were 455.";
        assertThat(datesOf(text, LocalDate.of(2003, 6, 10), 500, "")).isEqualTo("1991..1991");
        assertThat(datesOf(text, LocalDate.of(2003, 6, 10), 455, "")).isEqualTo("1991..1991");
    }

    @Test
    void aFiscalYearIsThatYearNotTheYearSoFar() {
        // date.fiscal-year: "fiscal" is skipped after the preposition, and the year is no count of the year so far
        String text = "Analysts had expected the toy maker to earn 80 cents a share for fiscal 2003.";
        assertThat(datesOf(text, LocalDate.of(2003, 6, 10), 80, "")).isEqualTo("2003..2003");
        String margin = "Its profit margin rose 2 percent in fiscal 2002.";
        assertThat(datesOf(margin, LocalDate.of(2003, 6, 10), 2, "")).isEqualTo("2002..2002");
    }

    @Test
    void aYearBeforeANamedEventDatesIt() {
        // date.named-event-year: a name of up to three capitalised words between the year and the event's noun
        String text = "The suspect is charged in the 2004 Central Park bombing that wounded 11 people.";
        assertThat(datesOf(text, LocalDate.of(2006, 6, 10), 11, "")).isEqualTo("2004..2004");
        // the year before a record's noun names the record's year
        String high = "Crime fell from a 1991 high of 3,000 cases.";
        assertThat(datesOf(high, LocalDate.of(2003, 6, 10), 3000, "")).isEqualTo("1991..1991");
    }

    @Test
    void aRunningCountEndsOnTheDayItIsTold() {
        // dating.since-to-said: the statement's day, the day before the paper
        String text = "Police have detained more than 400 protesters since April, the group said Tuesday.";
        assertThat(datesOf(text, LocalDate.of(2009, 6, 10), 400, "")).isEqualTo("2009-04..2009-06-09");
        // with no statement's day, to the day of publication
        String plain = "Police have detained more than 400 protesters since April.";
        assertThat(datesOf(plain, LocalDate.of(2009, 6, 10), 400, "")).isEqualTo("2009-04..2009-06-10");
    }

    @Test
    void aDayWithinTwoWeeksAfterPublicationIsThisYears() {
        // DateContext.SOON_DAYS: a day written without its year, up to two weeks after publication, is this year's
        // whatever the words before it (the "will" here stands nine words before the date, past the tense's reach)
        String soon = "About 3,500 workers will be hit by a second work stoppage on April 12, a union official said.";
        assertThat(datesOf(soon, LocalDate.of(2012, 4, 4), 3500, "")).isEqualTo("2012-04-12..2012-04-12");
        // a day further off is last year's
        String past = "About 3,500 workers walked off the job on May 20, a union official said.";
        assertThat(datesOf(past, LocalDate.of(2012, 4, 4), 3500, "")).isEqualTo("2011-05-20..2011-05-20");
    }

    @Test
    void aPossessiveYearAfterTheFigureDatesItsNounNotTheFigure() {
        // dating.first-after: "2012's turmoil" is the turmoil's year; the share fell on the day told
        String text = "Workers at the mine went on strike on Tuesday. The share price of the miner slid 7 percent, as investors"
            + " worried about a repeat of 2012's turmoil.";
        assertThat(datesOf(text, LocalDate.of(2013, 5, 14), 7, "")).doesNotContain("2012");
        // a year that is no possessive still dates the figure after it
        String plain = "Workers at the mine went on strike on Tuesday. The share price of the miner slid 7 percent, as investors"
            + " worried about a repeat of the turmoil in 2012.";
        assertThat(datesOf(plain, LocalDate.of(2013, 5, 14), 7, "")).isEqualTo("2012..2012");
    }
}
