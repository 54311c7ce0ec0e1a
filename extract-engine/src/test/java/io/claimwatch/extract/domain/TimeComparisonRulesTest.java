package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static io.claimwatch.extract.domain.TimeRulesTest.span;
import static io.claimwatch.extract.domain.TimeRulesTest.withLow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The time stage on the dates of statistics: the base a figure is compared with ("up 9% from
 * September", lexicon BASE) dates only the figure it names; a figure dated only by the day it was
 * taken is of that day unless it is a count in the perfect (lexicon PERFECT); an article whose lead
 * gives no date takes its headline's period. Wire and broadcast phrasings, through the whole engine.
 */
class TimeComparisonRulesTest {

    @Test
    void theBaseOfAComparisonDatesOnlyTheFigureItNames() {
        String text = "Car exports fell to 310,000 units in March, down from February's 356,000, the ministry said.";
        LocalDate pub = LocalDate.of(2024, 4, 20);
        assertThat(datesOf(text, pub, 310_000, "")).isEqualTo("2024-03..2024-03");
        assertThat(datesOf(text, pub, 356_000, "")).isEqualTo("2024-02..2024-02");
    }

    @Test
    void theSameMonthOfAnotherYearIsTheBaseOfAComparisonAndDatesNoFigure() {
        String text = "IATA said traffic fell 11.1 percent in March from the same month in 2008. Cargo traffic fell 21.4 percent, "
                + "echoing previous months. Sales rose 4% in the first quarter compared with the same period of 2012.";
        LocalDate pub = LocalDate.of(2009, 4, 28);
        assertThat(datesOf(text, pub, 11, "")).isEqualTo("2009-03..2009-03");
        assertThat(datesOf(text, pub, 21, "")).isEqualTo("2009-03..2009-03");
        assertThat(datesOf(text, pub, 4, "")).isNotIn("2012..2012", "2012-01..2012-03");
    }

    @Test
    void aChangeFromThePreviousYearIsOfTheYearNamedBeforeIt() {
        String text = "The Geneva-based organization said 965 people died in plane crashes in 2007 -- a drop of 25 percent "
                + "from the previous year.";
        LocalDate pub = LocalDate.of(2008, 1, 2);
        assertThat(datesOf(text, pub, 965, "")).isEqualTo("2007..2007");
        assertThat(datesOf(text, pub, 25, "")).isEqualTo("2007..2007");
    }

    @Test
    void aStateAsOfADayIsOfThatDayACountInThePerfectKeepsNoStart() {
        LocalDate sunday = LocalDate.of(2024, 7, 28);
        assertThat(datesOf("The Durkee Fire is 20% contained as of Friday afternoon, officials said.", sunday, 20, ""))
                .isEqualTo("2024-07-26..2024-07-26");
        assertThat(datesOf("Around 1,500 flights were canceled by Sunday evening, FlightAware said.", sunday, 1500, ""))
                .isEqualTo("2024-07-28..2024-07-28");
        assertThat(datesOf("As of 9 May, 57 cases had been confirmed in the district.", LocalDate.of(2024, 5, 13), 57, ""))
                .isEqualTo("null..2024-05-09");
        String fire = "The Alexander Mountain Fire has burned more than 5,000 acres and was 0% contained as of Tuesday, officials said.";
        LocalDate wednesday = LocalDate.of(2024, 7, 31);
        assertThat(datesOf(fire, wednesday, 5000, "")).isEqualTo("null..2024-07-30");
        assertThat(datesOf(fire, wednesday, 0, "")).isEqualTo("2024-07-30..2024-07-30");
    }

    @Test
    void aLeadWithNoDateTakesTheHeadlinesPeriod() {
        String text = "US trade gap ballooned in October\n\n"
                + "The US trade deficit widened by more than expected in October, hitting record levels after higher oil prices "
                + "raised import costs, figures have shown\n\n"
                + "The trade shortfall was $55.5bn, up 9% from September, the Commerce Department said. "
                + "Imports rose by 3.4%, while exports increased by only 0.6%.";
        LocalDate pub = LocalDate.of(2004, 12, 14);
        assertThat(datesOf(text, pub, 9, "")).isEqualTo("2004-10..2004-10");
        assertThat(datesOf(text, pub, 3, "Imports")).isEqualTo("2004-10..2004-10");
    }

    @Test
    void eachEndOfAChangeOverAPeriodTakesItsEndOfThePeriod() {
        // dating.change-ends
        String text = "The US is the largest market for Mexican tequila exports. Adjusted for inflation, between 2014 and 2019, "
                + "tequila imports increased from $1.1 billion to $1.9 billion, according to figures from the US Department of Agriculture.";
        LocalDate pub = LocalDate.of(2024, 7, 24);
        assertThat(datesOf(text, pub, 1_100_000_000, "")).isEqualTo("2014..2014");
        assertThat(datesOf(text, pub, 1_900_000_000, "")).isEqualTo("2019..2019");
        // a range written as one figure keeps the period
        assertThat(datesOf("Between March 3 and March 9, from 50 to 95 people a day crossed the border, officials said.",
                LocalDate.of(2024, 3, 12), 50, "")).isEqualTo("2024-03-03..2024-03-09");
    }
    @Test
    void aMarketsPriceOrMoveWithNoDateIsOfTheDayOfPublication() {
        // dating.market-day: the trading day the report gives, not the month of the statistics it reports
        String text = "US trade gap widens in November\n\n"
                + "The US trade deficit widened to $60.3bn in November, figures showed. "
                + "In early trading, the dollar was trading against the euro at $1.3280, and against sterling the dollar was down about 0.7%. "
                + "The dollar has fallen by 50% against the euro since 2002.";
        LocalDate pub = LocalDate.of(2005, 1, 12);
        assertThat(datesOf(text, pub, 1, "the dollar was trading")).isEqualTo("2005-01-12..2005-01-12");
        // a move in the perfect runs over years: no day of trading
        assertThat(datesOf(text, pub, 50, "")).isNotEqualTo("2005-01-12..2005-01-12");
        // no publication date: nothing to date it by
        assertThat(datesOf("Shares of the carrier closed 2.4% lower, traders said.", null, 2, "")).isEqualTo("null..null");
    }

    @Test
    void aFigureSomeMonthsEarlierRightBeforeItsPhraseIsOfThatMonthAlone() {
        // date.relative-month: a month back from publication (no month named) dates only the figure right before it
        String text = "The agency said 90,000 patients were being treated in the region, up from 65,000 three months earlier.";
        LocalDate pub = LocalDate.of(2024, 5, 20);
        assertThat(datesOf(text, pub, 65_000, "")).isEqualTo("2024-02..2024-02");
        assertThat(datesOf(text, pub, 90_000, "")).isNotEqualTo("2024-02..2024-02");
        // after a month the sentence names: that many months before it
        assertThat(datesOf("In March 2024, 90,000 patients were being treated, up from 65,000 two months before.", pub, 65_000, ""))
                .isEqualTo("2024-01..2024-01");
    }

    @Test
    void theBaseAChangeStartsFromIsOfThePeriodBeforeTheChangesOwn() {
        // dating.change-base: "from 6.1 percent" with no date of its own is the month (or year) before the one the change names
        LocalDate pub = LocalDate.of(2022, 8, 3);
        String text = "The jobless rate in Portugal rose to 6.4 percent in June from 6.1 percent, the statistics office said.";
        assertThat(span(withLow(text, pub, "6.1"))).isEqualTo("2022-05..2022-05");
        assertThat(span(withLow(text, pub, "6.4"))).isEqualTo("2022-06..2022-06");
        assertThat(span(withLow("In January, the rate dropped to 3.1 percent from 3.3 percent.", pub, "3.3"))).isEqualTo("2021-12..2021-12");
        assertThat(span(withLow("Tourist arrivals climbed to 12 million in 2021 from 9 million.", pub, "9000000"))).isEqualTo("2020..2020");
        // a base with its own date, and a range of two figures, keep what their sentence gives
        assertThat(span(withLow("The rate rose to 6.4 percent in June from 6.1 percent in April.", pub, "6.1"))).isEqualTo("2022-04..2022-04");
        assertThat(span(withLow("In June, prices ranged from 40 to 55 euros a tonne.", pub, "40"))).isEqualTo("2022-06..2022-06");
    }
}
