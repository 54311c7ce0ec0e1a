package io.claimwatch.extract.domain;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link NumberRule#BACK_REFERENCE}: "The 12 affected by the ruling are from Algeria", "the 12 were being held", "than the
 * 396 currently under investigation": a number in digits after "the", "these" or "those" that heads no noun (a function
 * word, a participle or an adverb follows it) refers back to a figure the article already gave, when the article gave
 * that number before; it is not a claim again. (Number words after a definite determiner are {@link NumberRule#REFERS_BACK}.)
 */
final class BackReferences {

    private static final Set<String> DETERMINERS = NotFigures.words("back-reference-determiners");

    private final Lexicon lx;

    BackReferences(Lexicon lx) {
        this.lx = lx;
    }

    /**
     * Sets in {@code into} the chars of the numbers that refer back to a number given before them, read over the tokens of
     * the article's lines that may hold a number ({@link NumberedNames#numberLines}: every line with a digit, in text order).
     */
    void mask(List<List<Tok>> lines, BitSet into) {
        Set<String> seen = new HashSet<>();
        for (List<Tok> t : lines) {
            for (int i = 0; i < t.size(); i++) {
                Tok k = t.get(i);
                if (!k.isNum()) continue;
                String value = k.text().replace(",", "");
                if (i > 0 && DETERMINERS.contains(t.get(i - 1).lower()) && headsNoNoun(t, i + 1) && seen.contains(value)) {
                    into.set(k.start(), k.end());
                }
                seen.add(value);
            }
        }
    }

    /** The word at j is no noun the number could count: a function word ("were", "who"), a participle ("affected") or an adverb. */
    private boolean headsNoNoun(List<Tok> t, int j) {
        if (j >= t.size() || !t.get(j).isWord() || t.get(j).capitalized()) return false;
        String w = t.get(j).lower();
        return lx.functionWords.contains(w) || w.endsWith("ed") || w.endsWith("ly");
    }
}
