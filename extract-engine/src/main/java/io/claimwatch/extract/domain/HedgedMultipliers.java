package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link NumberRule#TIMES_MULTIPLIER}: a hedged figure before "times" and a word of a comparison is a multiplier the
 * sentence claims, its value the factor: "the new reservoir holds about four times as much water as the old one" is 4,
 * "rents rose to more than 12 times the national average" is more than 12. A bare multiplier ("three times faster") stays
 * no figure, and so does "twice" (no number before "times"): kept only where a hedge
 * (numbers-multiplier-hedges.txt) makes it an estimate of its own.
 */
final class HedgedMultipliers {

    private HedgedMultipliers() {}

    private static final Set<String> HEDGES = NotFigures.words("multiplier-hedges");
    private static final Set<String> MULTIPLIERS = NotFigures.words("times-multipliers");

    /** Whether the figure at tokens [i, j) is "N times" + a word of a comparison with a hedge right before it. */
    static boolean at(List<Tok> t, int i, int j) {
        if (j + 1 >= t.size() || !t.get(j).is("times") || !comparison(t.get(j + 1))) return false;
        if (i >= 1 && t.get(i - 1).isWord() && HEDGES.contains(t.get(i - 1).lower())) return true;
        return i >= 2 && t.get(i - 2).isWord() && t.get(i - 1).isWord()
                && HEDGES.contains(t.get(i - 2).lower() + " " + t.get(i - 1).lower());
    }

    /**
     * "as", "the", "that", a possessive or "more" right after "times" (numbers-times-multipliers.txt); not a comparative in
     * "-er" ("about 30 times larger than"), whose counted phrase the engine cannot yet read.
     */
    private static boolean comparison(Tok w) {
        return w.isWord() && MULTIPLIERS.contains(w.lower());
    }
}
