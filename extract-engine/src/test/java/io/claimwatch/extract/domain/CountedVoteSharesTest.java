package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * share-of-vote, share-for-holder and holder-had-share ({@link CountedVoteShares}): a share that is a candidate's or a
 * party's result is named a share of the vote, with its holder where the sentence names one. Phrasings written for these
 * tests, none taken from the eval articles or corpora.
 */
class CountedVoteSharesTest {

    @Test
    void aShareOfTheVoteIsTheHoldersShare() {
        assertThat(only("Ferreira won 48% of the popular vote on Sunday.").counted()).isEqualTo("share of the popular vote for Ferreira (pct)");
        // no name right before the verb: the verb, when it is in the past
        assertThat(only("The Greens, a young party, drew 12 percent of the vote.").counted()).isEqualTo("share of the vote drew (percent)");
        assertThat(only("The mayor took 61% of the votes for Ruiz, officials said.").counted()).isEqualTo("share of the votes for Ruiz (pct)");
    }

    @Test
    void notTheShareCountedSoFar() {
        List<ExtractedClaim> cs = all("With 80% of the vote counted, Ferreira had 48%.");
        assertThat(cs.get(0).counted()).doesNotContain("share");
        assertThat(cs.get(1).counted()).isEqualTo("share of the vote for Ferreira (pct)");
        // nor a share of votes that are the subject of a verb after them
        assertThat(only("Nearly 9% of votes were spoiled, the commission said.").counted()).doesNotContain("share");
    }

    @Test
    void aBareShareForOrAfterANameInASentenceOfAVote() {
        List<ExtractedClaim> cs = all("In the runoff Ferreira had 52 percent against 48 percent for retired banker Tomas Ruiz.");
        assertThat(cs).extracting(ExtractedClaim::counted)
                .containsExactly("share of the vote for Ferreira (percent)", "share of the vote for Tomas Ruiz (percent)");
        // not a share in a sentence that speaks of no vote
        assertThat(only("Exports had 12% growth against the year before.").counted()).doesNotContain("vote");
        assertThat(only("Prices rose 3 percent for Acme Foods last year.").counted()).doesNotContain("vote");
    }
}
