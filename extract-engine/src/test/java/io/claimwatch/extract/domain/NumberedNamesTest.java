package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NumberRule#NAME_IN_ARTICLE}: a number an article uses in a name is no figure where the name recurs. */
class NumberedNamesTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());
    private static final Sentences SENTENCES = Sentences.load();

    /** The values of the figures of a whole text, read sentence by sentence with the article's masks. */
    private static List<String> figures(String text) {
        BitSet masked = NUMBERS.articleMasks(text);
        List<String> out = new ArrayList<>();
        for (Sentences.Sentence s : SENTENCES.split(text)) {
            for (Mention m : NUMBERS.find(text, Tok.of(text, s.start(), s.end()), masked)) out.add(m.value.toPlainString());
        }
        return out;
    }

    @Test
    void indexesAndListsOfTheLexicon() {
        assertThat(figures("The S&P 500 slipped 1.2% on Monday. The Russell 2000 index of small firms held steady."))
                .containsExactly("1.2");
        assertThat(figures("The outage cost Fortune 500 firms about $2 billion, and the Magnificent Seven lost ground."))
                .containsExactly("2000000000");
        assertThat(figures("People who could not reach 911 were told to text a neighbour."))
                .isEmpty();
        // a rolling news channel and a numbered executive order are names
        assertThat(figures("The minister told Sky News 24 that 300 staff would go.")).containsExactly("300");
        assertThat(figures("The bank was listed under Executive Order 14024 last year.")).isEmpty();
    }

    @Test
    void aModelNamedOnceIsNoFigureWhereItsNumberRecurs() {
        assertThat(figures("The carrier flies the Airbus 321 and the Embraer 195. Its 321 fleet was grounded, and the 195 jets too."))
                .isEmpty();
        // a round number keeps the figure apart from the name: the index and the points
        assertThat(figures("The S&P 500 lost ground as the Dow shed 500 points."))
                .containsExactly("500");
    }

    @Test
    void aNameFoundByTheOtherRulesRecursWithItsWord() {
        assertThat(figures("Regulators grounded the Condor 7 Mark 4 after an engine failure. Airlines flying the Mark 4 jets must inspect 40 of them."))
                .containsExactly("40");
        assertThat(figures("Flight 2217 landed safely. Passengers of 2217 were rebooked, and 30 stayed overnight."))
                .containsExactly("30");
    }
}
