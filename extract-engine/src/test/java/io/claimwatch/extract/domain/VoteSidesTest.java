package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of {@link VoteSides}, each on a sentence written for it, and where they do not read. */
class VoteSidesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    @ParameterizedTest
    @EnumSource(VoteSides.Rule.class)
    void theExampleGivesThePhraseByThatRule(VoteSides.Rule rule) {
        assertThat(CountedRuleCatalogueTest.lastFigure(rule.example).rule()).as(rule.example).isEqualTo(rule.id);
        List<ExtractedClaim> claims = X.extract(rule.example, null).claims();
        assertThat(claims.get(claims.size() - 1).counted()).as(rule.example).isEqualTo(rule.counted);
    }

    private static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aTallyCountsTheVotesForAndAgainstWhatTheBodyVotedTo() {
        assertThat(counted("The county board voted 9-2 on Monday to close the old clinic."))
                .containsExactly("county board votes to close the old clinic", "county board votes against closing the old clinic");
        assertThat(counted("The city assembly narrowly voted 30 to 4 to ban plastic bags."))
                .containsExactly("city assembly votes to ban plastic bags", "city assembly votes against banning plastic bags");
    }

    @Test
    void aTallyOfAMeasurePassedIsForAndAgainstThatMeasure() {
        assertThat(counted("The council approved the parks levy in a narrow 7-5 vote."))
                .containsExactly("council votes for the parks levy", "council votes against the parks levy");
        assertThat(counted("The trustees voted 6-1 on a new lease for the library."))
                .containsExactly("trustees votes for a new lease", "trustees votes against a new lease");
    }

    @Test
    void aTallyThatNamesNothingIsVotesForAndAgainst() {
        assertThat(counted("The final vote was 61 to 38.")).containsExactly("votes for", "votes against");
    }

    @Test
    void aScoreWithNoVoteIsNoTally() {
        assertThat(counted("The home side won 3-1 in front of 40,000 fans.")).noneMatch(c -> c.contains("votes"));
    }

    @Test
    void aCountThatVotedAgainstIsThoseVotingSo() {
        assertThat(counted("Five senators voted against the bill and two abstained.").get(0)).isEqualTo("senators voting against the bill");
        assertThat(counted("Five senators voted for reasons of their own.").get(0)).isEqualTo("senators voting for reasons of their own");
    }

    @Test
    void theIngFormOfAVerb() {
        assertThat(VoteSides.ing("close")).isEqualTo("closing");
        assertThat(VoteSides.ing("ban")).isEqualTo("banning");
        assertThat(VoteSides.ing("reject")).isEqualTo("rejecting");
        assertThat(VoteSides.ing("free")).isEqualTo("freeing");
    }
}
