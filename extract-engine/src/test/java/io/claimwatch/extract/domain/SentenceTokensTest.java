package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SentenceTokens}: each sentence's tokens are {@link Tok#of}'s, read once and then shared. */
class SentenceTokensTest {

    @Test
    void eachSentenceIsTokenisedOnceAsTokOfReadsIt() {
        String text = "Floods Kill 12 In Valley\n\nAt least 12 people died on Monday. About 3,000 were moved, officials said.";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        SentenceTokens tokens = new SentenceTokens(text, ss);
        assertThat(tokens.sentences()).isSameAs(ss).hasSize(3);
        for (int i = ss.size() - 1; i >= 0; i--) {
            assertThat(tokens.of(i)).isEqualTo(Tok.of(text, ss.get(i).start(), ss.get(i).end()));
            assertThat(tokens.of(i)).isSameAs(tokens.of(i));
        }
        assertThat(tokens.of(2).get(1).text()).isEqualTo("3,000");
    }
}
