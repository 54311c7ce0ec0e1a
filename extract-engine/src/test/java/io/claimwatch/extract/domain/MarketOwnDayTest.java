package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.EXTRACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dating.market-own-day: a market's move keeps its trading day in an article of an event that goes on for days. */
class MarketOwnDayTest {

    static final LocalDate MONDAY = LocalDate.of(2024, 9, 16);

    private static String dates(String story, String low) {
        List<ExtractedClaim> cs = EXTRACTOR.extract(story, MONDAY).claims();
        ExtractedClaim c = cs.stream().filter(x -> x.low() != null && x.low().compareTo(new java.math.BigDecimal(low)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no claim of " + low));
        return TimeRulesTest.iso(c.eventStart()) + ".." + TimeRulesTest.iso(c.eventEnd());
    }

    @Test
    void aMoveOnTheDayOfTheReportIsOfThatDayAlone() {
        String story = "Storm shuts Gulf refineries\n\nA hurricane swept over the Gulf coast on Saturday, shutting refineries.\n\n"
                + "U.S. crude futures fell $2.10 to $97.40 a barrel on Monday.\n\n"
                + "Shares of the largest refiner closed 3.5 percent lower on Monday.";
        assertThat(dates(story, "97.40")).isEqualTo("2024-09-16..2024-09-16");
        assertThat(dates(story, "3.5")).isEqualTo("2024-09-16..2024-09-16");
    }

    @Test
    void aMoveItsSentenceDatesNotIsOfTheDayOfPublicationAlone() {
        String story = "Storm shuts Gulf refineries\n\nA hurricane swept over the Gulf coast on Saturday, shutting refineries.\n\n"
                + "Shares of the largest insurer rose 8.5 percent, while its main rival fell 2.1 percent.";
        assertThat(dates(story, "8.5")).isEqualTo("2024-09-16..2024-09-16");
    }

    @Test
    void aFigureOfTheEventItselfKeepsTheEventsSpan() {
        String story = "Storm shuts Gulf refineries\n\nA hurricane swept over the Gulf coast on Saturday, shutting refineries.\n\n"
                + "The storm has flooded 2,400 homes along the coast.";
        assertThat(dates(story, "2400")).startsWith("2024-09-14..");
    }
}
