package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the words around a noun add to what it counts: the body it is counted in ("a panel of"), its
 * progressive verb after "be", an object that is theirs with its noun, and what the noun phrase leaves
 * out (a comparison's word, a span of time after an earlier figure). Phrasings written for these tests,
 * none taken from the eval articles.
 */
class CountedClauseRulesTest {

    @Test
    void aNounAfterABodyOfIsCountedInThatBody() {
        assertThat(only("The appeal was heard by a panel of seven judges.").counted()).isEqualTo("judges on the panel");
        assertThat(only("A crew of 12 firefighters was tackling the fire.").counted()).isEqualTo("firefighters in the crew tackling the fire");
        assertThat(only("The negotiating team of five ministers flew home.").counted()).startsWith("ministers in the negotiating team");
        // not a body the list does not name, nor "of" with no determiner before the body
        assertThat(only("Police found a cache of 40 rifles.").counted()).doesNotContain("cache");
    }

    @Test
    void aComparisonEndsTheNounPhrase() {
        List<ExtractedClaim> cs = all("A jury of 12 residents rather than the usual nine heard the case.");
        assertThat(cs.get(0).counted()).isEqualTo("residents on the jury");
    }

    @Test
    void aSpanOfTimeAfterAnEarlierFigureIsNotItsNoun() {
        List<ExtractedClaim> cs = all("Officials said 9,000 families were in shelters, up from 6,000 three weeks earlier.");
        assertThat(cs).extracting(ExtractedClaim::counted).containsExactly("families in shelters", "families in shelters");
    }

    @Test
    void aProgressiveAfterBeIsTheNounsOwnVerb() {
        assertThat(only("The closure has meant about 200 pupils in the town are not attending lessons.").counted())
                .isEqualTo("pupils in the town not attending lessons");
        assertThat(only("About 500 workers were picketing the gates.").counted()).isEqualTo("workers picketing the gates");
    }

    @Test
    void anObjectThatIsTheirsKeepsItsNoun() {
        assertThat(only("Some 3,000 residents had signed their petition forms by Monday.").counted())
                .isEqualTo("residents signed their petition forms");
        assertThat(only("Some 40 people lost their lives in the storm.").counted()).isEqualTo("people lost their lives in the storm");
    }

    @Test
    void irregularParticiplesAreNotRegularised() {
        CountedWords cw = new CountedWords(Lexicon.get());
        assertThat(cw.participle("meant")).isEqualTo("meant");
        assertThat(cw.participle("hears")).isEqualTo("heard");
        assertThat(cw.participle("broke")).isEqualTo("broken");
    }

    @Test
    void aRelativeClauseIsPassedToTheNounsOwnVerb() {
        assertThat(only("Eight protesters who stormed the stage during the concert have been charged with affray.").counted())
                .startsWith("protesters who stormed charged");
        assertThat(only("Some 30 fans who invaded the pitch were arrested.").counted()).isEqualTo("fans who invaded arrested");
    }

    @Test
    void aProgressiveIsNotReadForAFigureAfterAPreposition() {
        assertThat(only("Shop owners in four states are causing delays.").counted()).doesNotContain("delays");
    }

    @Test
    void aShareOpeningItsClauseDidWhatTheVerbAfterItSays() {
        assertThat(only("A survey by the council found that 58% opposed the new road.").counted()).isEqualTo("pct opposed the new road");
        assertThat(only("In the second poll, 47% said they backed the plan.").counted()).isEqualTo("pct backed the plan");
        assertThat(all("The poll found that 63% backed the plan, with 24% against.").get(1).counted()).isEqualTo("pct against");
        // not a share after a verb of change, nor one that is a state after "be"
        assertThat(only("Sales rose 5% last year.").counted()).doesNotContain("last");
    }
}
