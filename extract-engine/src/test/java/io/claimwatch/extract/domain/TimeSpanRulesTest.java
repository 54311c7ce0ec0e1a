package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.TimeRulesTest.datesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The time stage on counts that run over a period: an event that goes on counted from the start its
 * lead gives up to the report. Wire-copy and broadcast phrasings, through the whole engine.
 */
class TimeSpanRulesTest {

    @Test
    void anOffensiveLaunchedOnTheLeadsDayIsCountedFromThenToTheReport() {
        String text = "IRAN SAYS OFFENSIVE IN GULF WAR IS OVER\n\n"
                + "Iran said tonight that its major offensive against Iraq in the Gulf war had ended.\n"
                + "    The official news agency said the operation code-named Karbala-5 launched into Iraq on January 9 was now over.\n"
                + "    It said 81 Iraqi brigades and battalions were totally destroyed, along with 700 tanks.\n";
        assertThat(datesOf(text, LocalDate.of(1987, 2, 26), 81, "")).isEqualTo("1987-01-09..1987-02-26");
    }

    @Test
    void aBattleOnTheLeadsDayInAWarIsOfThatDay() {
        String text = "CHAD SAYS IT KILLED 384 LIBYANS IN BATTLE\n\n"
                + "Chadian troops killed 384 Libyans and captured 48 in fighting near the air base, a government statement said.\n"
                + "    The statement said government troops had annihilated a Libyan column yesterday some 45 km from the base.\n";
        assertThat(datesOf(text, LocalDate.of(1987, 3, 20), 48, "")).isEqualTo("1987-03-19..1987-03-19");
    }

    @Test
    void aCountSoFarThisYearRunsFromTheYearsFirstDayToTheReport() {
        String text = "BANK FAILURES RISE\n\n"
                + "    The number of federally insured banks to fail so far this\nyear now totals 32, the FDIC said.\n";
        assertThat(datesOf(text, LocalDate.of(1987, 2, 26), 32, "")).isEqualTo("1987-01-01..1987-02-26");
    }

    @Test
    void aYearsForecastOrAPossessiveYearStaysTheYear() {
        assertThat(datesOf("The economy will contract an estimated four pct in 1987, the council said.",
                LocalDate.of(1987, 4, 24), 4, "")).isEqualTo("1987..1987");
        assertThat(datesOf("Unions want a wage rise above this year's five pct inflation target.",
                LocalDate.of(1987, 3, 22), 5, "")).isEqualTo("1987..1987");
    }

    @Test
    void aDateAfterAFigureComparedWithIsThatFiguresNotTheFirsts() {
        String text = "Paddy output is estimated at 70 mln bushels, down from 127 mln in 1985, the ministry said.";
        assertThat(datesOf(text, LocalDate.of(1987, 3, 30), 70_000_000, "")).isEqualTo("null..null");
        assertThat(datesOf(text, LocalDate.of(1987, 3, 30), 127_000_000, "")).isEqualTo("1985..1985");
    }

    @Test
    void lastWeekIsTheCalendarWeekBeforeTheWeekOfPublication() {
        String text = "Some 40 workers were laid off at the plant last week, the union said.";
        assertThat(datesOf(text, LocalDate.of(2019, 10, 16), 40, "")).isEqualTo("2019-10-07..2019-10-13");
        assertThat(datesOf(text, LocalDate.of(2019, 10, 14), 40, "")).isEqualTo("2019-10-07..2019-10-13");
    }

    @Test
    void aDateBeforeAndClosesTheConjunctBeforeTheFigures() {
        String text = "The agency counted nine floods in 2016 and 14 landslides during 2015, the report said.";
        assertThat(datesOf(text, LocalDate.of(2017, 5, 3), 14, "")).isEqualTo("2015..2015");
        assertThat(datesOf(text, LocalDate.of(2017, 5, 3), 9, "")).isEqualTo("2016..2016");
    }

    @Test
    void thePreviousMonthBeforeAFigureDatesItsClauseFromTheMonthNamed() {
        String text = "In an April 2019 letter, the mayor wrote that ticket revenue the previous month topped $90,000.";
        assertThat(datesOf(text, LocalDate.of(2019, 6, 1), 90_000, "")).isEqualTo("2019-03..2019-03");
    }

    @Test
    void anEventLastWeekIsLeftToTheArticlesEvent() {
        String text = "Rescuers are still searching for 12 people missing since the earthquake last week, officials said.";
        assertThat(datesOf(text, LocalDate.of(2019, 10, 16), 12, "")).isNotEqualTo("2019-10-07..2019-10-13");
        String flood = "Some 300 families left their homes after heavy rains and flooding last week, officials said.";
        assertThat(datesOf(flood, LocalDate.of(2019, 10, 16), 300, "")).isEqualTo("2019-10-07..2019-10-13");
    }

    @Test
    void theLastYearIsASpanNotTheYearBefore() {
        // "in the last year" runs up to the report: not last year's calendar year (date.relative-year wants no "the")
        LocalDate pub = LocalDate.of(2023, 6, 14);
        // no calendar year; the perfect ends on the day it is told (dating.running-total)
        assertThat(datesOf("The bakery has lost 300 customers in the last year, its owner said.", pub, 300, "")).isEqualTo("null..2023-06-14");
        assertThat(datesOf("The bakery lost 300 customers last year, its owner said.", pub, 300, "")).isEqualTo("2022..2022");
    }

    @Test
    void aDayInsideTheSpanThatDatesTheArticlesEventIsTheFiguresOwn() {
        // frame.event-date: a day the sentence names within the frame's span ("last week") is no later day to replace
        String text = "Police still seek motive in shooting\n\n"
                + "Police are still looking for the motive of the shooting last week at a warehouse in the port, an officer said.\n\n"
                + "The gunman opened fire at the warehouse on May 8, killing four people and wounding six others.";
        LocalDate pub = LocalDate.of(2024, 5, 16);
        assertThat(datesOf(text, pub, 4, "")).isEqualTo("2024-05-08..2024-05-08");
        assertThat(datesOf(text, pub, 6, "")).isEqualTo("2024-05-08..2024-05-08");
    }

    @Test
    void aDayAfterAnAnnouncementsAgentDatesTheAnnouncementNotTheArticlesEvent() {
        // frame.announced-by: "announced by Governor Ana Ruiz last week" is no day of the protests
        String text = "Farmers protest across the country\n\n"
                + "Farmers blocked roads in a dozen provinces on Tuesday to demand higher subsidies.\n\n"
                + "Protests were held in some 40 towns against a 2 percent cut in subsidies announced by Governor Ana Ruiz last week.\n\n"
                + "In the capital, about 600 farmers marched to the ministry.";
        LocalDate pub = LocalDate.of(2024, 3, 12);
        assertThat(datesOf(text, pub, 600, "")).isEqualTo("2024-03-12..2024-03-12");
    }
}
