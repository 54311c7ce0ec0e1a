package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * gerund-object ({@link CountedPlaces}): a gerund after "for" or "by" in the phrase after the noun's verb
 * takes its object into the phrase; an -ing word after "in" names an event and takes nothing after it.
 * Sentences of our own, none from the corpora.
 */
class CountedGerundRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aGerundAfterForTakesItsObject() {
        assertThat(counted("Three fans were detained for attacking a steward outside the ground."))
                .containsExactly("fans detained for attacking a steward");
    }

    @Test
    void anIngWordAfterInTakesNothingAfterIt() {
        assertThat(counted("About 40 soldiers were killed in fighting the previous week.")).last().asString()
                .doesNotContain("previous");
    }
}
