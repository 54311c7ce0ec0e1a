package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * abbreviation-point, cause-link and currency-prefix: a counted phrase is never cut at the point of an abbreviated name,
 * never runs on into a cause, and never ends on the letters of the next sum's currency. Sentences written like the
 * fresh-av wire copy (a beef recall, a share's close in Toronto).
 */
class CountedCutWordsTest {

    @Test
    void thePointOfAnAbbreviatedNameDoesNotEndThePhrase() {
        assertThat(only("Minnesota health officials discovered four cases of E. coli associated with the burgers.").counted())
                .contains("cases of E. coli");
    }

    @Test
    void aCauseAfterTheNounIsNotTheNouns() {
        String counted = only("Cargill Inc. said this weekend it is recalling about 844,812 pounds of frozen beef patties due to possible contamination.").counted();
        assertThat(counted).contains("frozen beef patties").doesNotContain("due").doesNotContain("contamination");
    }

    @Test
    void theLettersOfTheNextSumsCurrencyAreNoWordOfThePhrase() {
        for (ExtractedClaim c : CountedPhraseRulesTest.all("The shares finished the day C$4.73 higher at C$94.62 in Toronto.")) {
            assertThat(c.counted()).doesNotContain(" C ").doesNotEndWith(" C");
        }
    }
}
