package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * change-of-measure, change-of-previous-count and share-of-previous-change ({@link CountedChanges}), comparative-change
 * ({@link CountedShareMeasures}), believed-to ({@link CountedVerbGaps}) and the words that end a noun phrase. Phrasings
 * written for these tests, none taken from the eval articles or corpora.
 */
class CountedChangesTest {

    @Test
    void aChangeOfTheNumberOfSomethingIsTheRiseOrFallInIt() {
        assertThat(only("The number of nurses on strike fell by 1,200 on Tuesday.").counted()).isEqualTo("fall in nurses on strike");
        List<ExtractedClaim> cs = all("The number of apprentices under 21 rose 300 last year.");
        assertThat(cs.get(cs.size() - 1).counted()).isEqualTo("rise in apprentices under 21");
        List<ExtractedClaim> ds = all("Bus drivers over 60 were the biggest group, with their number climbing by 150, or 4%.");
        assertThat(ds.subList(ds.size() - 2, ds.size())).extracting(ExtractedClaim::counted)
                .containsExactly("rise in Bus drivers over 60", "pct rise in Bus drivers over 60");
    }

    @Test
    void aCountUpOrDownAfterACountIsItsChange() {
        assertThat(all("The shelters housed 3,100 people on Sunday, down 400 from Saturday.")).extracting(ExtractedClaim::counted)
                .containsExactly("people housed", "fall in people housed");
    }

    @Test
    void aShareHigherOrLowerIsTheShareOfARiseOrFall() {
        assertThat(only("Shares of the utility closed 2.4% lower on Friday.").counted()).isEqualTo("pct fall in Shares of the utility");
        assertThat(only("Rents in the old town were 3% higher than a year ago.").counted()).isEqualTo("pct rise in Rents in the old town");
    }

    @Test
    void aVerbOfBeliefGivesTheVerbItReports() {
        assertThat(only("Scores of miners are believed to have died in the flooded shaft.").counted()).isEqualTo("miners died in the flooded shaft");
        assertThat(only("About 40 cars were thought to be still buried under the mud.").counted()).startsWith("cars buried");
    }

    @Test
    void upDownAMonthOrThroughoutIsNoNoun() {
        assertThat(only("Rallies were held in 40 towns throughout the region.").counted()).doesNotContain("throughout");
        assertThat(all("The glider sank from 2,000 meters down to 900 meters.")).extracting(ExtractedClaim::counted)
                .noneMatch(c -> c.contains("down") || c.contains("meters meters"));
        assertThat(only("Fares will rise by 4 percent Jan. 1, the company said.").counted()).doesNotContain("Jan");
    }

    @Test
    void upOrDownAfterAVerbOfMotionOrBeIsTheChange() {
        assertThat(only("The number of nurses on strike went up by 1,200 on Tuesday.").counted()).isEqualTo("rise in nurses on strike");
        assertThat(only("The number of visitors was down by 300 last week.").counted()).isEqualTo("fall in visitors");
        // no "number of" before the verb: not this reading
        assertThat(only("Officials said it was up by 300.").counted()).doesNotStartWith("rise in");
    }
}
