package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link NumberRule#TIMES_PASSIVE}: "N times" right after a passive's participle counts how often the thing was done to its
 * subject ("the clerk was robbed 3 times", "the town has been flooded six times since 2010"); a multiplier ("three times
 * faster") or an active verb's repeats ("tried four times") stay no figure.
 */
final class RepeatedEvents {

    private RepeatedEvents() {}

    /** Forms of "be" that make the participle after them passive. */
    private static final Set<String> BE = NotFigures.words("times-be");
    /** Words allowed between the participle and the figure: a hedge ("more than 10 times"). */
    private static final Set<String> BETWEEN = NotFigures.words("times-hedges");
    /** Words allowed between "be" and the participle ("was reportedly shot", "were not searched"). */
    private static final Set<String> ADVERBS = NotFigures.words("age-adverbs");

    /** Whether the figure at tokens [i, j) is "N times" after a passive's participle. */
    static boolean passiveTimes(Lexicon lx, List<Tok> t, int i, int j) {
        if (j >= t.size() || !t.get(j).is("times") || j + 1 < t.size() && multiplier(t.get(j + 1))) return false;
        int p = i - 1;
        while (p >= 0 && p >= i - 3 && t.get(p).isWord() && BETWEEN.contains(t.get(p).lower())) p--;
        if (p < 1 || !participle(lx, t.get(p))) return false;
        int b = p - 1;
        if (b >= 1 && t.get(b).isWord() && (ADVERBS.contains(t.get(b).lower()) || t.get(b).lower().endsWith("ly")
                || t.get(b).is("not"))) b--;
        return b >= 0 && BE.contains(t.get(b).lower());
    }

    /** "three times higher", "four times the average": the word after "times" makes it a multiplier. */
    private static boolean multiplier(Tok w) {
        if (!w.isWord()) return false;
        String l = w.lower();
        return MULTIPLIERS.contains(l) || l.endsWith("er") && !NOT_COMPARATIVES.contains(l);
    }

    private static final Set<String> MULTIPLIERS = NotFigures.words("times-multipliers");
    private static final Set<String> NOT_COMPARATIVES = NotFigures.words("times-not-comparatives");

    private static boolean participle(Lexicon lx, Tok w) {
        if (!w.isWord() || w.capitalized()) return false;
        String l = w.lower();
        return l.endsWith("ed") && l.length() > 3 || l.equals(lx.participles.get(l)) && !BE.contains(l);
    }
}
