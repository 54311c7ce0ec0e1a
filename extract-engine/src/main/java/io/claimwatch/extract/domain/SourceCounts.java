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
 * ends the search). So is a lone "one" that opens its clause before a singular noun of numbers-source-nouns-one.txt and a
 * verb of telling ("One resident, Ann Lee, told reporters").
 */
final class SourceCounts {

    private final Set<String> nouns;
    private final Set<String> verbs;
    /** Singular nouns after a lone "one" that opens its clause (numbers-source-nouns-one.txt). */
    private final Set<String> oneNouns;

    /** Auxiliaries: the noun is the subject of a verb of its own ("two officials were wounded"). */
    private static final Set<String> AUXILIARIES = Lexicon.words("numbers-source-auxiliaries.txt");

    SourceCounts() {
        this.nouns = lower(Lexicon.lines("numbers-source-nouns.txt"));
        this.verbs = lower(Lexicon.lines("numbers-source-verbs.txt"));
        this.oneNouns = lower(Lexicon.lines("numbers-source-nouns-one.txt"));
    }

    private static Set<String> lower(List<String> lines) {
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether the figure {@code m} counts the sources of a report. */
    boolean counts(List<Tok> t, Mention m) {
        if (!m.unit.isEmpty() || m.vague) return false;
        if (oneSpeaker(t, m)) return true;
        int noun = -1;
        for (int k = m.tokEnd; k < Math.min(t.size(), m.tokEnd + 4); k++) {
            Tok w = t.get(k);
            if (!w.isWord() || AUXILIARIES.contains(w.lower())) return false;
            if (nouns.contains(w.lower())) { noun = k; break; }
        }
        if (noun < 0) return false;
        return citedBefore(t, m.tokStart) || verbAfter(t, noun + 1);
    }

    /** A verb of telling within seven words from token {@code from}, no punctuation nor auxiliary between. */
    private boolean verbAfter(List<Tok> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 7); k++) {
            Tok w = t.get(k);
            if (!w.isWord() || AUXILIARIES.contains(w.lower())) return false;
            if (verbs.contains(w.lower())) return true;
        }
        return false;
    }

    /**
     * A lone "one" that opens its clause (the sentence's first word, or after punctuation) before a noun of
     * numbers-source-nouns-one.txt and a verb of telling, right after it or after an apposition between commas:
     * "One resident, Ann Lee, told reporters", "“It was dark,” one witness said", "One passenger who filmed it said".
     * Not "killed one member of the squad, Hamas said", nor "including one woman who needed rescue, police said".
     */
    private boolean oneSpeaker(List<Tok> t, Mention m) {
        int i = m.tokStart;
        if (m.tokEnd != i + 1 || !t.get(i).is("one") || i > 0 && (t.get(i - 1).isWord() || t.get(i - 1).isNum())) return false;
        int noun = m.tokEnd;
        if (noun >= t.size() || !oneNouns.contains(t.get(noun).lower())) return false;
        if (verbAfter(t, noun + 1)) return true;
        if (noun + 1 >= t.size() || !t.get(noun + 1).is(",")) return false;
        for (int k = noun + 2; k < Math.min(t.size() - 1, noun + 20); k++) {
            Tok w = t.get(k);
            if (w.is(".") || w.is(";") || w.isNum()) return false;
            if (w.is(",")) return verbs.contains(t.get(k + 1).lower());
        }
        return false;
    }

    /** "according to" or "cited by" right before the figure. */
    private static boolean citedBefore(List<Tok> t, int i) {
        return i >= 2 && (t.get(i - 2).is("according") && t.get(i - 1).is("to") || t.get(i - 2).is("cited") && t.get(i - 1).is("by"));
    }
}
