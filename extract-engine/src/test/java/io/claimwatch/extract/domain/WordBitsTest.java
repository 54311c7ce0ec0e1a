package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link WordBits}: a word of its set always has its bit (the lexicons that ask it first find what they found without it),
 * and most other words have none.
 */
class WordBitsTest {

    @Test
    void everyWordOfTheSetHasItsBitAndMostOthersNone() {
        List<String> words = List.of("killed", "said", "flood", "Kyiv", "", "two-thirds", "São Paulo", "’s");
        WordBits bits = WordBits.of(words);
        for (String w : words) assertThat(bits.mayHold(w)).as(w).isTrue();
        assertThat(bits.mayHold(null)).isFalse();
        int held = 0;
        for (int i = 0; i < 1000; i++) if (bits.mayHold("word" + i)) held++;
        assertThat(held).isLessThan(100);
        WordBits none = WordBits.of(List.of());
        assertThat(none.mayHold("said")).isFalse();
    }

    @Test
    void aLexiconAskedThroughItsBitsFindsWhatJoiningEachLengthFinds() {
        int multiWord = 0;
        for (String resource : List.of("/keys/causes.txt", "/keys/events.txt", "/keys/kinds.txt", "/keys/measure-phrases.txt",
                "/keys/countries.txt", "/keys/facets.txt")) {
            ConceptLexicon lex = ConceptLexicon.load(resource);
            Map<String, String> entries = new HashMap<>();
            lex.forEach(entries::put);
            for (String entry : entries.keySet()) {
                if (entry.indexOf(' ') < 0) continue;
                multiWord++;
                String[] w = entry.split(" ");
                List<String> whole = new ArrayList<>(List.of(w));
                whole.add("zzz");
                List<String> cutShort = new ArrayList<>(List.of(w).subList(0, w.length - 1));
                cutShort.add("zzz");
                // the first two words as one lemma, as a caller's list of phrases may hold them
                List<String> spaced = new ArrayList<>();
                spaced.add(w[0]);
                spaced.add(String.join(" ", List.of(w).subList(1, w.length)));
                List<String> otherSecond = List.of(w[0], "qqq", w[w.length - 1]);
                assertThat(lex.match(spaced, 0)).as("%s: %s", resource, spaced).isEqualTo(joined(entries, spaced, 0));
                for (List<String> lemmas : List.of(whole, cutShort, otherSecond)) {
                    for (int i = 0; i < lemmas.size(); i++) {
                        assertThat(lex.match(lemmas, i)).as("%s: %s at %d", resource, lemmas, i).isEqualTo(joined(entries, lemmas, i));
                    }
                }
                assertThat(lex.match(whole, 0)).isEqualTo(new ConceptLexicon.Match(entries.get(entry), w.length));
            }
        }
        assertThat(multiWord).isGreaterThan(50);
    }

    /** The longest run of the lemmas from {@code from} that is an entry, joined with spaces; null if none. */
    private static ConceptLexicon.Match joined(Map<String, String> entries, List<String> lemmas, int from) {
        for (int n = lemmas.size() - from; n >= 1; n--) {
            String c = entries.get(String.join(" ", lemmas.subList(from, from + n)));
            if (c != null) return new ConceptLexicon.Match(c, n);
        }
        return null;
    }
}
