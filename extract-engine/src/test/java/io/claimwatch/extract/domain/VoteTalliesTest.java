package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link VoteTallies} beyond a vote word next to the tally, each on sentences written for it. */
class VoteTalliesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    private static List<BigDecimal> values(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::low).toList();
    }

    private static void tally(String text, int yes, int no) {
        assertThat(values(text)).as(text).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(yes), BigDecimal.valueOf(no));
    }

    @Test
    void wordsThatQualifyTheVoteMayStandBetweenTheTallyAndIt() {   // vote.tally-modifier
        tally("In a 51-49 party-line vote, the senate passed the harbor bill.", 51, 49);
        tally("The 60-38 largely procedural vote sends the measure to the governor.", 60, 38);
        tally("After the 9-3 final vote, the trustees left the hall.", 9, 3);
    }

    @Test
    void aScoreBeforeOtherWordsThanAVoteStaysNoFigure() {
        assertThat(values("The ratio held at 3-1 in the week before the vote.")).isEmpty();
        assertThat(values("The ratio held at 5-2 among staff voting.")).isEmpty();
    }

    @Test
    void aVerbOfPassingAMeasureBeforeTheScoreMakesItATally() {   // vote.tally-after-passing
        tally("The levy passed 61-39 after a long debate.", 61, 39);
        tally("The county board approved it 4-1 on Tuesday.", 4, 1);
    }

    @Test
    void aTallyAfterPassedIsExactNotMoreThan() {   // "passed" bounds a toll ("the toll passed 500"), not a tally's side
        assertThat(X.extract("The levy passed 61-39 after a long debate.", null).claims())
                .extracting(ExtractedClaim::hedge).containsOnly(Hedge.EXACT);
    }
}
