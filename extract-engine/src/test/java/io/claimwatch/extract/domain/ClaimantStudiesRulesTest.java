package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Research and studies report what they find: "research" and "studies" are evidential subjects, "attributed" an evidential
 * verb (it reports with such a subject only). On sentences written for the test, not taken from the corpora.
 */
class ClaimantStudiesRulesTest {

    @Test
    void researchAndStudiesReportWhatTheyFind() {
        assertThat(claimants("Other recent research has found that more than 40 percent of adults sleep too little.")).containsExactly("Other recent research");
        assertThat(claimants("Another study in the journal attributed an estimated 12,000 deaths a year to poor sleep, but said the figure could be more than 15,000."))
                .containsExactly("Another study in the journal", "Another study in the journal");
        assertThat(claimants("Earlier studies have found that 30 percent of nurses work nights.")).containsExactly("Earlier studies");
        assertThat(claimants("The ministry attributed 40 deaths to the heat.")).containsExactly((String) null);
    }
}
