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
    void theMasksAreTheSameWithTheLinesReadFromTheSentencesTokens() {
        // lines that are one sentence take its tokens; a line of two sentences, one indented and one in CRLF are tokenised
        String text = "Boeing 737 Max 9 Grounded\n\nThe 737 Max 9 jets stayed on the ground. Some 171 were checked.\n"
                + "  United said 79 of its 737 jets flew.\r\nAlaska flew 65 of the Max 9 planes on Sunday.\nThe 12 were fine.";
        NumberedNames names = new NumberedNames(Lexicon.get(), new NotFigures(Lexicon.get()));
        SentenceTokens sentences = new SentenceTokens(text, SENTENCES.split(text));
        List<List<Tok>> lines = names.numberLines(text, sentences);
        assertThat(lines).isEqualTo(names.numberLines(text, null)).hasSize(5);
        assertThat(lines.get(0)).isSameAs(sentences.of(0));
        assertThat(NUMBERS.articleMasks(text, sentences)).isEqualTo(NUMBERS.articleMasks(text));
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
    void aNameOfTheLexiconMatchesAPossessiveMakerAndAPluralModel() {
        // "Boeing's 787", "787 Dreamliners", "the 737 Max jets": the number is a model wherever it recurs
        assertThat(figures("Boeing's 787 flew again. Airlines fly the 787 on 30 routes.")).containsExactly("30");
        assertThat(figures("Pilots checked the seats of 787 Dreamliners. The 787 fleet lost 40 flights.")).containsExactly("40");
        assertThat(figures("Regulators grounded the 737 Max jets. Alaska flew the 737 on 12 routes.")).containsExactly("12");
        // past a wire's ticker and the maker's legal suffix: "Boeing Co ( BA.N ) 787"
        assertThat(figures("A fire burned a Boeing Co ( BA.N ) 787 in London. The 787 had 12 crew aboard.")).containsExactly("12");
        // a count of the models is no model's number: "71 Dreamliners", "171 Max 9 aircraft", "Two Max 8 planes"
        assertThat(figures("United flies 71 Dreamliners.")).containsExactly("71");
        assertThat(figures("Regulators grounded 171 Max 9 aircraft.")).containsExactly("171");
        assertThat(figures("Two Max 8 planes crashed.")).containsExactly("2");
    }

    @Test
    void aNameFoundByTheOtherRulesRecursWithItsWord() {
        assertThat(figures("Regulators grounded the Condor 7 Mark 4 after an engine failure. Airlines flying the Mark 4 jets must inspect 40 of them."))
                .containsExactly("40");
        assertThat(figures("Flight 2217 landed safely. Passengers of 2217 were rebooked, and 30 stayed overnight."))
                .containsExactly("30");
    }
}
