package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#ESTIMATE_SETTER} ({@link EstimateSetters}): the subject that revises its own estimate sets the
 * figures the estimate is revised by, to and from. Sentences written for the test.
 */
class ClaimantEstimateSetterRulesTest {

    @Test
    void aBrokerageThatCutsItsEstimateSetsTheNewFigure() {
        assertThat(claimants("Harbor Securities cut its second-quarter earnings estimate for the miller by 20 cents to $1.20 a share."))
                .containsExactly("Harbor Securities", "Harbor Securities");
    }

    @Test
    void theSetterIsNotTheSpeakerOfTheSentenceBefore() {
        assertThat(claimants("Output will fall this quarter, analyst Tom Baxter said in a note. Delta Bank lowered its forecast for the mill's profit to $3.1 million from $4 million."))
                .containsExactly("Delta Bank", "Delta Bank");
    }

    @Test
    void anOpeningButIsNoPartOfTheSetter() {
        assertThat(claimants("Sales may hold up. But Delta Bank cut its estimate for the miller's profit to $1.20 a share."))
                .containsExactly("Delta Bank");
    }

    @Test
    void aRevisedFigureWithNoEstimateOfItsOwnIsNotASetters() {
        assertThat(claimants("The mill cut its workforce to 400 people."))
                .containsExactly((String) null);
    }
}
