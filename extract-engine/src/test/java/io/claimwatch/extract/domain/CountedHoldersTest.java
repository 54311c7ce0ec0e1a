package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * holder-of ({@link CountedHolders}): the object of a verb of holding is counted in the thing its subject
 * names, not by the verb. Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedHoldersTest {

    @Test
    void theObjectOfAVerbOfHoldingIsCountedInItsSubject() {
        assertThat(only("His second notebook contained 40 drawings.").counted()).isEqualTo("drawings in his second notebook");
        assertThat(only("The final report includes 12 recommendations.").counted()).isEqualTo("recommendations in the final report");
        assertThat(only("Her old blog carried about 300 posts, the court heard.").counted()).isEqualTo("posts in her old blog");
    }

    @Test
    void notAPronounANameAPluralNorANounCarriedSomewhere() {
        assertThat(only("It contained 40 drawings.").counted()).isEqualTo("drawings contained");
        assertThat(only("Rescuers carried 12 children from the school.").counted()).doesNotContain("in ");
        assertThat(only("The helicopter carried 12 children to safety.").counted()).doesNotContain("in the helicopter");
        // a verb of what happened to the counted stays theirs
        assertThat(only("The opposition held 57 seats in the old parliament.").counted()).startsWith("seats held");
    }
}
