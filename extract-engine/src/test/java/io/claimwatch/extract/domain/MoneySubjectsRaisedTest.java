package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * money-subject-raised and money-cost-to-object ({@link MoneySubjects}). Phrasings written for these tests, none taken
 * from the eval articles or corpora.
 */
class MoneySubjectsRaisedTest {

    @Test
    void aMoneyNounsLevelToldAsExpectedIsThatNounsLevel() {
        assertThat(only("The final cost to the county is expected to be $40 million.").counted())
                .isEqualTo("final cost to the county (US dollars)");
        assertThat(only("Payments to growers are anticipated to total $1.2 billion.").counted()).isEqualTo("Payments to growers (US dollars)");
        assertThat(only("Total claims are likely to be less than $8bn.").counted()).isEqualTo("Total claims (US dollars)");
    }

    @Test
    void aMoneyNounEstimatedAtASumIsThatNounsLevel() {
        assertThat(only("Analysts cited potential revenues estimated at $90 billion.").counted()).isEqualTo("potential revenues (US dollars)");
    }

    @Test
    void aSumAfterCostAndItsObjectIsTheCostToTheObject() {
        assertThat(only("The week-long closure cost the harbour board $3 million.").counted()).isEqualTo("cost to the harbour board (US dollars)");
        assertThat(only("The strike cost us $50 million.").counted()).isEqualTo("cost (US dollars)");
        assertThat(only("The repairs will cost $3 million.").counted()).isEqualTo("repairs cost (US dollars)");
    }

    @Test
    void noExpectationOfAnotherNounNorAnotherVerb() {
        assertThat(only("The mayor is expected to be paid $90,000.").counted()).doesNotContain("mayor");
        assertThat(only("Officials expected to raise $5 million.").counted()).doesNotContain("Officials");
    }
}
