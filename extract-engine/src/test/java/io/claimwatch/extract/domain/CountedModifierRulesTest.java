package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * day-modifier, irregular-change and adverbials that are not places: words between or after a figure and its noun
 * that say nothing of what is counted. Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedModifierRulesTest {

    @Test
    void aMonthAndDayBeforeTheNounAreSteppedOver() {
        assertThat(only("Three of the 12 Jan. 6 defendants pleaded guilty on Monday.").counted()).startsWith("defendants");
        assertThat(only("All 40 March 3 marchers were released.").counted()).startsWith("marchers");
        // a date that ends the phrase is no modifier
        assertThat(only("Tolls rose 3 percent Jan. 1 after the vote.").counted()).doesNotContain("after");
    }

    @Test
    void aVerbOfChangeWithNoRegularEndingTakesItsSubject() {
        assertThat(only("The herd's population shrank nearly 40 percent last decade.").counted())
                .isEqualTo("percent fall in herd's population");
        assertThat(only("The lake's surface has shrunk 25 percent since the dam opened.").counted())
                .contains("fall in lake's surface");
    }

    @Test
    void anAdverbialAfterThePhraseIsNoPlace() {
        assertThat(only("Four races in particular will decide the chamber.").counted()).isEqualTo("races");
        assertThat(only("Police questioned 12 witnesses in fact.").counted()).doesNotContain("fact");
    }
}
