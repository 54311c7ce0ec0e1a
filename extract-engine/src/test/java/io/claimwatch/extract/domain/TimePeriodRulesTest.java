package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.only;
import static io.claimwatch.extract.domain.TimeRulesTest.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The periods a report gives its figures for: a year's counts up to a month, a week up to a day, a span of years back
 * to the report, a range whose year is written once. Statistics-office and health-agency phrasings, through the whole
 * engine.
 */
class TimePeriodRulesTest {

    static final LocalDate AUGUST = LocalDate.of(2021, 8, 12);

    @Test
    void aYearsCountsUpToAMonthSpanTheTwelveMonths() {
        assertThat(span(only("In the year ending June 2021, the agency recorded more than 52,000 burglaries in the region.", AUGUST)))
                .isEqualTo("2020-07-01..2021-06-30");
        assertThat(span(only("Wages were up 3.1% in the year to June.", AUGUST))).as("a year's change told for its month")
                .isEqualTo("2021-06-01..2021-06-30");
    }

    @Test
    void aWeekEndingADayIsItsSevenDays() {
        assertThat(span(only("During the week ending July 31, hospitals reported 1,840 admissions for flu.", AUGUST)))
                .isEqualTo("2021-07-25..2021-07-31");
        assertThat(span(only("Shipping firms moved 64,000 containers in the two weeks to August 7.", AUGUST)))
                .isEqualTo("2021-07-25..2021-08-07");
    }

    @Test
    void thePastYearsRunInMonthsToTheReport() {
        assertThat(span(only("Reported fraud has risen by 41% in the past three years, the regulator said.", AUGUST)))
                .isEqualTo("2018-08..2021-08");
    }

    @Test
    void aRangeWithItsYearWrittenOnceSharesIt() {
        assertThat(span(only("The clinic treated 2,300 patients between February and May 2019.", AUGUST))).isEqualTo("2019-02..2019-05");
        assertThat(span(only("The clinic treated 2,300 patients between November and March 2019.", AUGUST)))
                .as("a start later in the year is the year before").isEqualTo("2018-11..2019-03");
    }

    @Test
    void yearsCountedBackFromTheReportAreThatYear() {
        // date.relative-year, time-words.txt YEAR: "N years ago" is the year N before publication's
        assertThat(span(only("Ten years ago, the ferry carried about 90,000 passengers a season.", AUGUST))).isEqualTo("2011..2011");
        assertThat(span(only("Three years ago, 14 clinics served the valley.", AUGUST))).isEqualTo("2018..2018");
    }
}
