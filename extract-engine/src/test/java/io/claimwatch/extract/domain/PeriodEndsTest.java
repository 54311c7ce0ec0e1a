package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * date.period-end: the last day of a period named as its end ("at the end of June", "at year end", "by the end of 2013"),
 * and dating.held-as-of: a "have" of possession dated "as of" a day is a state of that day, no perfect (fresh-ay's bank
 * failures: assets, deposits and fund balances told at a quarter's or a month's end).
 */
class PeriodEndsTest {

    private static String dates(String story, LocalDate pub, String low) {
        List<ExtractedClaim> cs = EXTRACTOR.extract(story, pub).claims();
        ExtractedClaim c = cs.stream().filter(x -> x.low() != null && x.low().compareTo(new java.math.BigDecimal(low)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no claim of " + low));
        return TimeRulesTest.iso(c.eventStart()) + ".." + TimeRulesTest.iso(c.eventEnd());
    }

    @Test
    void aStockAtTheEndOfAMonthIsOfItsLastDay() {
        String story = "The deposit insurance fund stood at about $45 billion at the end of June, the agency said.";
        assertThat(dates(story, LocalDate.of(2008, 10, 24), "45000000000")).isEqualTo("2008-06-30..2008-06-30");
    }

    @Test
    void theEndOfAYearOrOfAQuarterIsItsLastDay() {
        String story = "Regulators said the bank had assets of about $337 million and $279 million in deposits at the end of 2008.";
        assertThat(dates(story, LocalDate.of(2009, 2, 6), "337000000")).isEqualTo("2008-12-31..2008-12-31");
        String tanks = "An estimated 50,000 tank cars were on back order at the end of the first quarter, the group said.";
        assertThat(dates(tanks, LocalDate.of(2013, 7, 12), "50000")).isEqualTo("2013-03-31..2013-03-31");
    }

    @Test
    void yearEndWithNoYearIsTheLatestOver() {
        String past = "The company's work force totaled 61,586 at the end of July, up from 54,655 at year end.";
        assertThat(dates(past, LocalDate.of(2007, 8, 21), "61586")).isEqualTo("2007-07-31..2007-07-31");
        assertThat(dates(past, LocalDate.of(2007, 8, 21), "54655")).isEqualTo("2006-12-31..2006-12-31");
    }

    @Test
    void aDeadlineToComeIsNoMomentOfTheSentence() {
        String ahead = "The refiner aims to triple deliveries to 80,000 barrels per day by year's end.";
        assertThat(dates(ahead, LocalDate.of(2013, 7, 12), "80000")).doesNotContain("2013-12-31");
        String plan = "McNeil will start shipping nearly 1 million bottles next month and hopes to distribute 4 million bottles by the end of 2010.";
        assertThat(dates(plan, LocalDate.of(2010, 9, 29), "4000000")).doesNotContain("2010-12-31");
    }

    @Test
    void theEndOfAnEventIsNoDate() {
        String story = "About 1,200 workers returned after the end of the strike, the union said.";
        assertThat(dates(story, LocalDate.of(2013, 7, 12), "1200")).doesNotContain("-12-31");
    }

    @Test
    void assetsHeldAsOfADayAreOfThatDay() {
        String story = "Main Street Bank had total assets of $98 million and total deposits of $86 million as of October 7.";
        assertThat(dates(story, LocalDate.of(2008, 10, 10), "98000000")).isEqualTo("2008-10-07..2008-10-07");
        String perfect = "The agency said 57 cases had been confirmed as of 9 May.";
        assertThat(dates(perfect, LocalDate.of(2024, 5, 13), "57")).isEqualTo("null..2024-05-09");
    }
}
