package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The counted phrase past a relative clause to the noun's own verb (relative-perfect-main-verb), the state a "who"
 * clause's verb leaves the counted in (who-verb-state), the subject of a share past a relative clause set off by
 * commas (subject-past-relative), a running total (counted.running-total) and an adverb that is no noun ("overall").
 * Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedClausesAndTotalsTest {

    @Test
    void anActivePerfectClosesAWhoClauseAndIsTheNounsOwnVerb() {
        assertThat(only("Six nurses who treated the patients have tested positive, the hospital said.").counted())
                .isEqualTo("nurses who treated tested positive");
        assertThat(only("Four guards who were hired in the spring have resigned, the warden said.").counted())
                .contains("guards").endsWith("resigned");
    }

    @Test
    void notAPerfectThatAVerbOfSayingInTheClauseReports() {
        assertThat(only("Nine workers who said the plant has closed were interviewed.").counted()).doesNotContain("closed");
    }

    @Test
    void notAPerfectAfterTheMainVerbACopulaGave() {
        assertThat(only("Most of the 900 workers who joined the scheme and stayed in it are healthy and have returned to their posts.")
                .counted()).doesNotContain("returned");
    }

    @Test
    void theStateAWhoClausesVerbLeavesThemInStaysWithIt() {
        assertThat(only("There were 40 more residents who tested positive, the home said.").counted())
                .isEqualTo("more residents who tested positive");
        assertThat(only("Doctors examined 12 children who fell ill at the camp.").counted()).contains("children who fell ill");
    }

    @Test
    void theSubjectOfAShareIsReadPastARelativeClauseBetweenCommas() {
        assertThat(only("The eastern district, which takes in the capital and its suburbs, was at 12.5% on Sunday.").counted())
                .startsWith("eastern district");
    }

    @Test
    void aRunningTotalCountsTheNounOfTheFigureBeforeIt() {
        assertThat(all("The agency logged 40 new complaints, bringing the city's total to 900.").get(1).counted())
                .isEqualTo("complaints (city's total)");
        assertThat(all("Inspectors found 16 more leaks on Friday, raising the county's tally to 210.").get(1).counted())
                .startsWith("leaks (county's tally)");
    }

    @Test
    void notAMeasureThatNamesItsKind() {
        assertThat(all("The agency logged 40 new complaints, bringing the number of complaints to 900.").get(1).counted())
                .doesNotContain("(number");
    }

    @Test
    void overallAfterAShareIsNoNoun() {
        assertThat(only("Ticket sales have fallen for years (they fell 15 percent overall in the decade).").counted())
                .doesNotContain("overall");
        assertThat(only("Although the town's theft rate has fallen steadily (it fell 11 percent overall), police are wary.").counted())
                .isEqualTo("percent fall in the town's theft rate");
    }
}
