package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link ClaimantRule#CLEFT_SPEAKER}: "It was Eqecat that estimated industry losses at $1 billion to $2 billion", "It is the
 * union that says 4,000 jobs are at risk": a cleft sentence ("It", a form of "be" of lexicon/claimant-cleft-copulas.txt) singles
 * out a named source (a capital past its determiner, at most {@link #LONGEST} words, no comma) whose reporting or view verb
 * follows "that" or "who"; the figures after that verb are the source's.
 */
final class CleftSpeaker {

    private static final Set<String> COPULAS = Set.copyOf(Lexicon.lines("claimant-cleft-copulas.txt"));
    /** The source singled out is at most this many words. */
    private static final int LONGEST = 8;

    private CleftSpeaker() {
    }

    /** The source the cleft sentence t singles out as the speaker of figure m, or null. */
    static String speaker(String text, Lexicon lx, List<Tok> t, Mention m) {
        ClaimantWords w = ClaimantWords.WORDS;
        if (t.size() < 5 || !t.get(0).isWord() || !t.get(0).lower().equals("it") || !COPULAS.contains(t.get(1).lower())) return null;
        int first = t.get(2).isWord() && w.determiners.contains(t.get(2).lower()) ? 3 : 2;
        if (first >= t.size() || !t.get(first).capitalized()) return null;
        for (int j = first + 1; j < Math.min(t.size() - 1, 2 + LONGEST + 1); j++) {
            Tok x = t.get(j);
            if (x.is(",") || x.is(";") || x.is(":") || ClauseMarks.isQuote(x) || ClauseMarks.isHardBreak(x)) return null;
            if (!x.is("that") && !x.is("who")) continue;
            String v = t.get(j + 1).lower();
            boolean speaks = lx.reportingVerbs.contains(v) || w.viewVerbs.contains(v);
            return speaks && m.tokStart > j + 1 ? ClaimantWords.span(text, t, 2, j) : null;
        }
        return null;
    }
}
