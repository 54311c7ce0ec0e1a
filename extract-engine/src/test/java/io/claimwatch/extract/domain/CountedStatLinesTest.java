package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * stat-line-player ({@link CountedStatLines}): a game's statistics are counted for the player the clause names.
 * Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedStatLinesTest {

    private static List<String> counted(String text) {
        return all(text).stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aStatisticIsCountedForTheNameThatHadIt() {
        assertThat(counted("Okafor finished with 19 carries for 88 yards.")).containsExactly("Okafor carries", "Okafor yards");
        assertThat(counted("Late in the game Dana Mendes had seven receptions.")).containsExactly("Dana Mendes receptions");
        assertThat(counted("Ward-Lyle scored 31 points on Sunday.")).containsExactly("Ward-Lyle points");
    }

    @Test
    void aPassersYardsAreHisButNotHisCompletionsAndAttempts() {
        List<String> line = counted("Ruiz was 14 of 22 for 190 yards.");
        assertThat(line).contains("Ruiz yards");
        assertThat(line).doesNotContain("Ruiz completions", "Ruiz pass attempts");
    }

    @Test
    void notInARelativeClauseNorWithoutAVerbOrANameNorForAnotherNoun() {
        assertThat(counted("The Lions, who had 300 yards of offense, lost again.").get(0)).doesNotStartWith("Lions");
        assertThat(counted("The club's 40 points lead the table.").get(0)).doesNotContain("club's points");
        assertThat(counted("Harmon had 12 stores in the region.").get(0)).doesNotStartWith("Harmon");
        assertThat(counted("The report was 14 of 22 pages long.").get(0)).isNotEqualTo("report completions");
    }
}
