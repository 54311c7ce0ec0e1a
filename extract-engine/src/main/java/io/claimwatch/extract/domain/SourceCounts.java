package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link NumberRule#SOURCE_COUNT}: ", two officials in Aden said", "Two senior security officials in Samarra told CNN",
 * "according to three diplomats": a figure that counts the sources of a report (a noun of numbers-source-nouns.txt
 * after at most three words, then at most six words of a complement and a verb of numbers-source-verbs.txt; or after
 * "according to", "cited by") says who tells, not what happened: every gold set leaves it out. A figure whose noun
 * does something first is a count ("two officials were killed, police said": punctuation, a figure or an auxiliary
 * ends the search).
 */
final class SourceCounts {

    private final Set<String> nouns;
    private final Set<String> verbs;

    /** Auxiliaries: the noun is the subject of a verb of its own ("two officials were wounded"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "have", "has",
            "had", "will", "would", "could", "may", "might");

    SourceCounts() {
        this.nouns = lower(Lexicon.lines("numbers-source-nouns.txt"));
        this.verbs = lower(Lexicon.lines("numbers-source-verbs.txt"));
    }

    private static Set<String> lower(List<String> lines) {
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether the figure {@code m} counts the sources of a report. */
    boolean counts(List<Tok> t, Mention m) {
        if (!m.unit.isEmpty() || m.vague) return false;
        int noun = -1;
        for (int k = m.tokEnd; k < Math.min(t.size(), m.tokEnd + 4); k++) {
            Tok w = t.get(k);
            if (!w.isWord() || AUXILIARIES.contains(w.lower())) return false;
            if (nouns.contains(w.lower())) { noun = k; break; }
        }
        if (noun < 0) return false;
        if (citedBefore(t, m.tokStart)) return true;
        for (int k = noun + 1; k < Math.min(t.size(), noun + 8); k++) {
            Tok w = t.get(k);
            if (!w.isWord() || AUXILIARIES.contains(w.lower())) return false;
            if (verbs.contains(w.lower())) return true;
        }
        return false;
    }

    /** "according to" or "cited by" right before the figure. */
    private static boolean citedBefore(List<Tok> t, int i) {
        return i >= 2 && (t.get(i - 2).is("according") && t.get(i - 1).is("to") || t.get(i - 2).is("cited") && t.get(i - 1).is("by"));
    }
}
