package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NumberRule#ONE_TOLL_SUBJECT}, {@link NumberRule#ONE_STATE_ELLIPTIC} and {@link NumberRule#ONE_TOLL_OBJECT}. */
class OneTollsTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer(Lexicon.get());

    private static List<String> figures(String sentence) {
        return NUMBERS.find(sentence, Tok.of(sentence, 0, sentence.length()), new java.util.BitSet()).stream()
                .map(m -> m.value.toPlainString() + " " + m.rule).toList();
    }

    @Test
    void oneThatIsTheSubjectOfATollsStateIsACount() {
        assertThat(figures("One guard was killed when the roof fell.")).containsExactly("1 one-toll-subject");
        assertThat(figures("After the crash, one rider is in serious condition.")).containsExactly("1 one-toll-subject");
        assertThat(figures("Three were sent home and one remains critical.")).containsExactly("3 number-words", "1 one-toll-subject");
        assertThat(figures("One cyclist suffered serious head injuries in the fall.")).containsExactly("1 one-toll-subject");
        assertThat(figures("One was badly hurt in the fall.")).containsExactly("1 one-toll-subject");
        assertThat(figures("One elderly driver died at the scene.")).containsExactly("1 one-toll-subject");
    }

    @Test
    void oneThatIsAPronounOrAnArticleStaysOut() {
        assertThat(figures("No one was hurt in the fire.")).isEmpty();
        assertThat(figures("One factor is critical to the plan.")).isEmpty();
        assertThat(figures("One shot was fired into the air.")).isEmpty();
        assertThat(figures("One day the river rose.")).isEmpty();
        assertThat(figures("The one who was hurt went home.")).isEmpty();
    }

    @Test
    void oneAfterACommaBeforeAStatesAdverbIsACount() {
        assertThat(figures("The riders were hurt, one seriously.")).containsExactly("1 one-state-elliptic");
        assertThat(figures("Two hikers were injured, one of them critically.")).containsExactly("2 number-words", "1 one-state-elliptic");
        assertThat(figures("The riders were hurt, one seriously enough to stay.")).isEmpty();
    }

    @Test
    void oneAfterATollsVerbStaysACount() {
        assertThat(figures("The collapse killed at least one miner.")).containsExactly("1 one-toll-object");
    }
}
