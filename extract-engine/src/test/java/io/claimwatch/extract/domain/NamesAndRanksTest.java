package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** number.list-rank, number.named-test, a product's number (numbers-names.txt) and a gallery's size (furniture.txt). */
class NamesAndRanksTest {

    static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<BigDecimal> values(String text, int from, int to) {
        List<Tok> t = Tok.of(text, from, to);
        return NUMBERS.find(text, t, NUMBERS.articleMasks(text)).stream().map(m -> m.value).toList();
    }

    private static List<BigDecimal> values(String s) {
        return values(s, 0, s.length());
    }

    @Test
    void aLineRankInANumberedListIsNoFigure() {
        String text = "Weekend takings:\n\n2. ``Harbor Lights,'' $4.1 million.\n";
        int from = text.indexOf("2.");
        assertThat(values(text, from, text.length() - 1)).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("4.1E+6").stripTrailingZeros());
    }

    @Test
    void aNumberEndingASentenceMidLineIsNoRank() {
        String text = "The final tally stood at 3. Then the count resumed.";
        assertThat(values(text, 0, text.indexOf("Then"))).containsExactly(new BigDecimal("3"));
    }

    @Test
    void aSpeedBeforeATestNamesTheTest() {
        assertThat(values("Cars must now pass the 40 mph test, officials said.")).isEmpty();
        assertThat(values("The agency wants a test at 40 mph for small trucks.")).isEmpty();
        assertThat(values("The van hit the wall at 40 mph.")).containsExactly(new BigDecimal("40"));
        assertThat(values("The lab ran 1,000 test samples.")).containsExactly(new BigDecimal("1000"));
    }

    @Test
    void aProductsNumberAndAGallerysSizeAreNoFigures() {
        assertThat(values("The bug hits computers running Windows 7.")).isEmpty();
        assertThat(values("Gallery (12 Images)")).isEmpty();
    }
}
