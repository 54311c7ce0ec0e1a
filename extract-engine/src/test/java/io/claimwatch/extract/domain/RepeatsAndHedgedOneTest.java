package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NumberRule#TIMES_IN_A_PERIOD} and {@link NumberRule#ONE_HEDGED}. */
class RepeatsAndHedgedOneTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<String> figures(String sentence) {
        return NUMBERS.find(sentence, Tok.of(sentence, 0, sentence.length()), new java.util.BitSet()).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void repeatsWithinAPeriodAreCounts() {
        assertThat(figures("The old ferry broke down 12 times since March.")).containsExactly("12");
        assertThat(figures("Inspectors visited the plant at least three times during the summer.")).containsExactly("3");
        assertThat(figures("The bank raised its rate five times last year.")).containsExactly("5");
        assertThat(figures("The drone flew over the base dozens of times since May.")).containsExactly("24");
    }

    @Test
    void multipliersAndRepeatsWithoutAPeriodAreNone() {
        assertThat(figures("She kissed the trophy three times on the podium.")).isEmpty();
        assertThat(figures("The new hall holds three times as many guests.")).isEmpty();
    }

    @Test
    void atLeastOneBeforeANounIsACount() {
        assertThat(figures("Police said at least one suspect was held overnight.")).containsExactly("1");
        assertThat(figures("At least one county has asked for help.")).containsExactly("1");
        assertThat(figures("At least one flood rescue occurred near the river.")).containsExactly("1");
        assertThat(figures("At least one big buyer in the market has walked away.")).isEmpty();
        assertThat(figures("The talks will last at least one week.")).isEmpty();
        assertThat(figures("At least one of them was seen leaving.")).isEmpty();
    }
}
