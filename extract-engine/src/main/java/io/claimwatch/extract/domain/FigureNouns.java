package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What the tokens around a figure say of the noun it counts when its own phrase names none or only a measure: a
 * figure a name has ("Louisiana had more than 363,000"), the noun counted before with the verb beside the figure
 * ("About 30 had been recaptured": "prisoners recaptured"), a measure noun that refers back ("a figure unions said was
 * as high as 70 percent"). Read by {@link ClaimExtractor} for each figure.
 */
final class FigureNouns {

    private final Lexicon lx;

    FigureNouns(Lexicon lx) {
        this.lx = lx;
    }

    /** "Louisiana had more than 363,000", "Alabama more than 322,000": a figure a name has. */
    boolean possessedBy(List<Tok> toks, Mention m) {
        int k = m.tokStart - 1;
        while (k >= 0 && toks.get(k).end() > m.hedgeStart) k--;
        if (k < 0) return false;
        Tok w = toks.get(k);
        if (lx.possessionVerbs.contains(w.lower())) return true;
        return w.capitalized() && !lx.functionWords.contains(w.lower()) && !lx.months.containsKey(w.lower());
    }

    /**
     * A figure whose clause names no noun for it ("About 30 had been recaptured by Sunday night",
     * "P and O shares stood at a late 616"): the noun counted just before, with the verb after the
     * figure or before it ("prisoners recaptured", "homes damaged"), else the subject of the verb before it ("shares"), else the
     * word after the figure when it can be a noun, so that
     * no counted phrase is a bare verb or empty; null when neither is there.
     */
    String unnamed(List<Tok> toks, Mention m, CountedPhrase.Prev before) {
        String verb = null;
        for (int k = m.tokEnd; k < toks.size() && k < m.tokEnd + 4 && toks.get(k).isWord(); k++) {
            String w = toks.get(k).lower();
            if (AUXILIARIES.contains(w)) continue;
            if (pastForm(w)) verb = w;
            break;
        }
        String noun = before == null ? null : before.noun() != null ? before.noun() : before.counted().split(" ")[0];
        int k = m.tokStart - 1;
        while (k >= 0 && toks.get(k).end() > m.hedgeStart) k--;
        while (k >= 0 && toks.get(k).isWord() && (lx.functionWords.contains(toks.get(k).lower()) || lx.timeAdverbs.contains(toks.get(k).lower()))) k--;
        // "left 150 homes in ruins and damaged another 75": the verb before it
        if (verb == null && k >= 0 && toks.get(k).isWord() && !lx.linkingVerbs.contains(toks.get(k).lower())
                && (toks.get(k).lower().endsWith("ed") || lx.irregularPast.contains(toks.get(k).lower()))) verb = toks.get(k).lower();
        if (verb != null && noun != null && !noun.isEmpty()) return noun + " " + verb;
        if (k >= 1 && toks.get(k).isWord() && (lx.linkingVerbs.contains(toks.get(k).lower()) || lx.possessionVerbs.contains(toks.get(k).lower()))) {
            Tok subject = toks.get(k - 1);
            if (subject.isWord() && !lx.functionWords.contains(subject.lower()) && subject.lower().length() > 2) {
                return subject.lower();
            }
        }
        // "has left at least 150 homes in ruins": the word after the figure, when it can be a noun
        if (m.tokEnd < toks.size()) {
            Tok n = toks.get(m.tokEnd);
            String l = n.lower();
            if (n.isWord() && l.length() > 2 && !lx.functionWords.contains(l) && !l.endsWith("ed") && !lx.irregularPast.contains(l)) return l;
        }
        return null;
    }

    /** A past form: a word of four letters or more ending in "ed" ("killed"), or an irregular past ("went"). */
    boolean pastForm(String w) {
        return w.length() > 3 && w.endsWith("ed") || lx.irregularPast.contains(w);
    }

    /** "had", "been": between a figure and its verb (lexicon/figure-auxiliaries.txt). */
    private static final java.util.Set<String> AUXILIARIES = Lexicon.words("figure-auxiliaries.txt");

    /** A counted phrase that is only a measure noun ("turnout", "percent figure"): it refers back. */
    boolean anaphoric(String counted, List<Tok> toks, Mention m) {
        // "a turnout of 71 percent" names its own measure
        int k = m.tokStart - 1;
        while (k >= 0 && toks.get(k).end() > m.hedgeStart) k--;
        if (k > 0 && toks.get(k).is("of") && lx.measureNouns.contains(toks.get(k - 1).lower())) return false;
        String rest = counted.toLowerCase();
        if (!m.unitWords.isEmpty() && rest.startsWith(m.unitWords.toLowerCase() + " ")) rest = rest.substring(m.unitWords.length() + 1);
        return lx.measureNouns.contains(rest);
    }
}
