package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rate-name ({@link CountedRates}). Phrasings written for these tests, none taken from the eval articles or corpora. */
class CountedRatesTest {

    @Test
    void aRateWrittenOnlyAsItsUnitIsTheRateThatUnitMeasures() {
        assertThat(only("The new vans must average 41 miles per gallon by 2031.").counted())
                .isEqualTo("fuel economy (miles per gallon)");
        assertThat(only("The bus was doing 60 mph when it left the road.").counted()).isEqualTo("speed (mph)");
    }

    @Test
    void aRateWhoseFigureHeadsANounOfItsOwnIsLeftToTheNoun() {
        assertThat(only("Gusts of 75 mph winds knocked down power lines.").counted()).doesNotContain("speed");
        assertThat(only("The mill grinds 9,000 tonnes of grain per year.").counted()).startsWith("tonnes of grain");
    }

    @Test
    void aDistanceThatIsNotARateIsNotNamedAsOne() {
        assertThat(only("The hikers walked 14 miles a day for a week.").counted()).doesNotContain("economy").doesNotContain("speed");
    }
}
