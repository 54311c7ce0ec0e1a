package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link CountedVerbGaps}: the counted noun takes the verb that says what was done to it past a two-word
 * adverb among its auxiliaries, a second noun coordinated with it, and a participle spelt as its base.
 * Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedVerbGapsTest {

    @Test
    void aTwoWordAdverbAmongTheAuxiliariesIsReadPast() {
        assertThat(only("Twelve people have so far been confirmed dead, the mayor said.").counted()).isEqualTo("people confirmed dead");
        assertThat(only("About 80 patients have as yet been discharged.").counted()).isEqualTo("patients discharged");
    }

    @Test
    void aCoordinatedNounSharesThePluralAuxiliaryAndItsParticiple() {
        assertThat(only("At least 40 houses and a nursing home in the town were evacuated on Monday.").counted()).isEqualTo("houses evacuated");
        assertThat(only("Around 60 cars and a bus on the bridge have been damaged by the blast.").counted())
                .isEqualTo("cars damaged by the blast");
    }

    @Test
    void notASingularAuxiliaryThatOpensAClauseOfItsOwn() {
        assertThat(only("About 70 houses stood empty and a school was closed.").counted()).doesNotContain("closed");
    }

    @Test
    void aPassiveParticipleSpeltAsItsBaseIsTheVerb() {
        assertThat(only("Hundreds of ballots were cast, officials said.").counted()).isEqualTo("ballots cast");
    }

    @Test
    void anAdverbOfMannerAfterAPassiveParticipleGoesWithIt() {
        assertThat(only("Hundreds of ballots were cast fraudulently for one candidate, officials said.").counted())
                .isEqualTo("ballots cast fraudulently");
    }
}
