package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** numbers.name-run-ending-in-number, numbers.trunk-zero-phone and {@link NumberRule#VAGUE_IN_A_NAME}. */
class NamesAndPhonesTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<String> figures(String s) {
        return NUMBERS.find(s, Tok.of(s, 0, s.length()), NUMBERS.articleMasks(s)).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void aRunOfCapitalisedWordsEndingInANumberIsAName() {
        assertThat(figures("The coastguard towed the Blue Star Line 2 into port.")).isEmpty();
        assertThat(figures("Fuel went to a trawler, the Sea Pearl 7, and two other boats.")).containsExactly("2");
        assertThat(figures("The final was shown live on Arena Sport 1.")).isEmpty();
    }

    @Test
    void resultsInAListStayFigures() {
        assertThat(figures("The vote gave the Centre Party 37, the Greens 12 and the Left 9.")).contains("37");
        assertThat(figures("The vote gave the Greens 12 and the Centre Party 37.")).contains("37");
    }

    @Test
    void aNationalNumberWithItsTrunkZeroIsNoFigure() {
        assertThat(figures("For tickets call 0161 496 0732 before noon.")).isEmpty();
        assertThat(figures("The club has 120 members in the town.")).containsExactly("120");
    }

    @Test
    void aCapitalisedVagueWordInsideANameIsNoFigure() {
        assertThat(figures("The tanker was chartered by the firm Millions Shipping Ltd.")).isEmpty();
        assertThat(figures("Millions of people watched the launch.")).containsExactly("2000000");
        assertThat(figures("Storms Hit Coast as Thousands Flee Inland")).containsExactly("2000");
    }
}
