package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon's phrases by their first word, in the list's order: the first phrase of the list that
 * stands at a token, found among the phrases starting with the token's word instead of trying all
 * of them at every token (units.txt has hundreds; most tokens start none).
 */
final class PhraseIndex {

    private final Map<String, List<Lexicon.Phrase>> byFirst = new HashMap<>();

    PhraseIndex(List<Lexicon.Phrase> phrases) {
        for (Lexicon.Phrase p : phrases) byFirst.computeIfAbsent(p.words()[0], k -> new ArrayList<>(2)).add(p);
    }

    /** The first phrase of the list whose words are the tokens' lower-case words from {@code j}, or null. */
    Lexicon.Phrase at(List<Tok> t, int j) {
        if (j >= t.size()) return null;
        List<Lexicon.Phrase> starting = byFirst.get(t.get(j).lower());
        if (starting == null) return null;
        outer:
        for (Lexicon.Phrase p : starting) {
            String[] w = p.words();
            if (j + w.length > t.size()) continue;
            for (int x = 1; x < w.length; x++) if (!t.get(j + x).lower().equals(w[x])) continue outer;
            return p;
        }
        return null;
    }

    /** The first one-word phrase of the list that is {@code lower}, or null. */
    Lexicon.Phrase word(String lower) {
        List<Lexicon.Phrase> starting = byFirst.get(lower);
        if (starting == null) return null;
        for (Lexicon.Phrase p : starting) if (p.words().length == 1) return p;
        return null;
    }
}
