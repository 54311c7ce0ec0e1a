package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * claimant.authority-inquiry: "Police in Ledmore are investigating 212 thefts and a total of 530 complaints", "In Ledmore,
 * regional health officials have counted 18 cases": a verb of inquiry or of record-keeping (lexicon/claimant-inquiry-verbs.txt),
 * active ("are investigating", "have counted", "counted"; not "are being investigated"), whose subject is an authority
 * (lexicon/claimant-authority-nouns.txt, its head, or its head before "in"/"of" and a name), is the source of the figures
 * of its object in the same clause: the authority keeps the count. An arrest is an act the outlet reports, not a count.
 */
final class AuthorityInquiry {

    private static final Set<String> VERBS = Lexicon.words("claimant-inquiry-verbs.txt");
    private static final Set<String> AUTHORITIES = Lexicon.words("claimant-authority-nouns.txt");
    /** Tokens between the verb and the figure at most, and words of a subject before its head at most. */
    private static final int MAX_OBJECT = 16, MAX_MODIFIERS = 4;

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;

    AuthorityInquiry(Lexicon lx) {
        this.lx = lx;
    }

    /** The subject [a, b) of a verb of inquiry whose object holds the figure m, when it is an authority; else null. */
    int[] subject(List<Tok> t, Mention m) {
        int v = m.tokStart - 1;
        for (; v >= 0 && m.tokStart - v <= MAX_OBJECT; v--) {
            Tok x = t.get(v);
            if (!x.isWord()) {
                if (ClauseMarks.isClauseBreak(x) && !x.is(",")) return null;
                continue;
            }
            if (VERBS.contains(x.lower()) && !x.capitalized()) break;
            // (the figure in a clause of its own: "... after 40 people", "who counted 12")
            if (lx.subordinators.contains(x.lower()) || w.relativePronouns.contains(x.lower()) || x.is("that")
                    || lx.reportingVerbs.contains(x.lower())) return null;
        }
        if (v < 1 || m.tokStart - v > MAX_OBJECT) return null;
        // the auxiliaries before the verb: a form of "be" before a participle in -ing, none (or "has") before one in -ed
        int j = v - 1;
        boolean be = false;
        while (j >= 0 && t.get(j).isWord() && (w.verbAdverbs.contains(t.get(j).lower()) || w.passive.contains(t.get(j).lower()))) {
            be |= w.passive.contains(t.get(j).lower());
            j--;
        }
        if (t.get(v).lower().endsWith("ing") != be) return null;
        return authority(t, j + 1);
    }

    /** The subject that ends at b: an authority noun last, or before "in"/"of" and capitalised words; else null. */
    private int[] authority(List<Tok> t, int b) {
        int h = b - 1;
        while (h > 0 && t.get(h).isWord() && t.get(h).capitalized() && !AUTHORITIES.contains(t.get(h).lower())) h--;
        if (h < 0 || !t.get(h).isWord()) return null;
        if (h < b - 1 && !(t.get(h).is("in") || t.get(h).is("of"))) return null;
        if (h < b - 1) h--;
        if (h < 0 || !t.get(h).isWord() || !AUTHORITIES.contains(t.get(h).lower())) return null;
        int a = h;
        // ("state health officials": a modifier may be spelled as a verb; the clause start below bounds the subject)
        while (a > 0 && h - a < MAX_MODIFIERS && t.get(a - 1).isWord() && !lx.functionWords.contains(t.get(a - 1).lower())) a--;
        if (a > 0 && t.get(a - 1).isWord() && w.determiners.contains(t.get(a - 1).lower())) a--;
        // (the clause opens with its subject: the start of the sentence or a comma before it)
        if (a > 0 && t.get(a - 1).isWord()) return null;
        return new int[] {a, b};
    }
}
