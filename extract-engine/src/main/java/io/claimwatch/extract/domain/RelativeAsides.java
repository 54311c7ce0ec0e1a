package io.claimwatch.extract.domain;

import java.util.List;

/**
 * claimant.relative-aside: a relative clause between commas after the subject is no part of it, whatever it holds
 * ("Reuters, which has collated results as they are broadcast on state TV, reported that": "Reuters", not the clause
 * that "as" opens inside the aside). Read by {@link SpeakerPhrase} for a reporting verb right after the aside's comma.
 */
final class RelativeAsides {

    private RelativeAsides() {
    }

    /**
     * The last word of the subject, a name, before ", which"/", who"/", whose" when the subject's last word k is the comma that
     * closes such an aside (no comma, quotation mark or sentence break inside it, at most 30 tokens) and the verb at v is
     * not an inverted speaker's (", said the mayor", ", said Ana Ruiz"); else k (a subject that ends in lower case, "A cluster in
     * the north, which began when ..., has reported", lies beyond what is read).
     */
    static int subjectBefore(List<Tok> t, int k, int v) {
        if (k < 3 || !t.get(k).is(",")) return k;
        if (v + 1 < t.size() && t.get(v + 1).isWord() && (t.get(v + 1).capitalized() || t.get(v + 1).is("the"))) return k;
        for (int x = k - 1; x >= 2 && x > k - 30; x--) {
            Tok y = t.get(x);
            if (y.is(",") || ClauseMarks.isQuote(y) || ClauseMarks.isHardBreak(y)) return k;
            if ((y.is("which") || y.is("who") || y.is("whose")) && x < k - 1 && t.get(x - 1).is(",") && t.get(x - 2).isWord()
                    && t.get(x - 2).capitalized()) return x - 2;
        }
        return k;
    }
}
