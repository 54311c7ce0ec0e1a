package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantRulesTest.claimants;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ClaimantRule#CLEFT_SPEAKER} ({@link CleftSpeaker}): a cleft sentence that singles out a named source as the subject
 * of its reporting or view verb gives that source the figures after the verb. Sentences written for the test.
 */
class ClaimantCleftRulesTest {

    @Test
    void theSourceACleftSinglesOutOwnsTheEstimate() {
        assertThat(claimants("It was Harbor Risk that estimated industry losses at $1 billion to $2 billion."))
                .containsExactly("Harbor Risk");
        assertThat(claimants("It is the Dale Union that says 4,000 jobs are at risk."))
                .containsExactly("the Dale Union");
    }

    @Test
    void aCleftOfAnEventOrOfAnUnnamedSourceNamesNoSpeaker() {
        assertThat(claimants("It was the storm that destroyed 300 homes. It was a relief that 40 trucks got through."))
                .containsExactly(null, null);
    }
}
