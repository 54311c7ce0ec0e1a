package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Findings whose maker stands away from the figure (claimant.found-that, claimant.relative-finding, claimant.adverb-aside)
 * and the body that ran a survey of the respondents a figure counts (claimant.survey-agent). Each on a phrasing written
 * for the test, not one of the eval texts.
 */
class ClaimantFindingRulesTest {

    @Test
    void aNamedSubjectOfFoundThatIsTheSource() {
        // claimant.found-that
        assertThat(claimants("The Harbor Institute found that the levy would raise roughly $12.5 billion over five years."))
                .containsExactly("The Harbor Institute");
        assertThat(claimants("The Harbor Institute, a nonpartisan research group, found that the levy would raise $13 billion."))
                .containsExactly("The Harbor Institute");
        // (no clause: the outlet's account of what was found)
        assertThat(claimants("Divers found 12 bodies near the pier on Monday.")).containsExactly((String) null);
        // (no name or determiner opens the subject)
        assertThat(claimants("There is some evidence of waste, which found that 40 towns overspent.")).containsExactly((String) null);
    }

    @Test
    void aConnectiveBetweenCommasIsNoSubject() {
        // claimant.adverb-aside
        assertThat(claimants("The harbor board, however, said 14 cranes were idle.")).containsExactly("The harbor board");
        assertThat(claimants("A later study by the group, for its part, showed that 15 wells were dry."))
                .containsExactly("A later study by the group");
    }

    @Test
    void theMakerBeforeARelativeFindingIsTheSource() {
        // claimant.relative-finding
        assertThat(claimants("The mayor pointed to evidence, including a May report from the Marsh Agency, which found that 57 percent of drivers had skipped a payment."))
                .containsExactly("the Marsh Agency");
        assertThat(claimants("Officials released new projections on Monday from hydrologists that indicate the valley will see up to 90 floods a year."))
                .containsExactly("hydrologists");
        // (a relative clause whose antecedent names no maker)
        assertThat(claimants("The crew repaired the old hull, which showed 40 cracks.")).containsExactly((String) null);
    }

    @Test
    void theBodyThatRanASurveyIsTheSourceOfItsShares() {
        // claimant.survey-agent
        assertThat(claimants("Roughly 64% of the 210 farmers surveyed by the Valley Bank in May said costs were the main worry. "
                + "Roughly 21% said the weather was.")).containsExactly("the Valley Bank", "the Valley Bank", "the Valley Bank");
        // (no agent named: the respondents themselves)
        assertThat(claimants("Of the 30 traders polled, 18 said prices would rise.")).containsExactly(null, null);
    }
}
