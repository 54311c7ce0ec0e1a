package io.claimwatch.extract.domain;

import java.util.List;

/**
 * claimant.figure-subject-reported: a subject that holds a reporting verb before a figure ("A survey for the charity
 * suggests 69% of voters over 55 say ...") is the content of that outer report; the figure counts the people who
 * answer, and the speaker of every figure in it is the outer verb's subject ("A survey for the charity"). Read by
 * {@link SpeakerPhrase}.
 */
final class NestedReports {

    private NestedReports() {
    }

    /** The outer verb inside the subject [a, b): a reporting or evidential verb in lower case right before a number; else -1. */
    static int outerVerb(Lexicon lx, List<Tok> t, int a, int b) {
        for (int i = a + 1; i + 1 < b; i++) {
            Tok y = t.get(i);
            if (y.isWord() && !y.capitalized() && t.get(i + 1).isNum()
                    && (lx.reportingVerbs.contains(y.lower()) || lx.evidentialVerbs.contains(y.lower()))) return i;
        }
        return -1;
    }

    /**
     * claimant.pronoun-after-speaker: "Prosecutors said they conservatively estimate that the group ... helped steal at least
     * 160 million payment card numbers": a "they", "he" or "she" right after a reporting verb (or its "that") is that verb's
     * subject, so the figure its own verb reports is the outer speaker's ("Prosecutors"), not the referent before the
     * sentence. The index of the outer verb, or -1 (its subject must end in a word that is no pronoun nor function word).
     */
    static int speakerOfPronoun(Lexicon lx, List<Tok> t, int k) {
        if (!(t.get(k).is("they") || t.get(k).is("he") || t.get(k).is("she"))) return -1;
        int r = k > 0 && t.get(k - 1).is("that") ? k - 2 : k - 1;
        if (r < 1 || !t.get(r).isWord() || !lx.reportingVerbs.contains(t.get(r).lower())) return -1;
        Tok s = t.get(r - 1);
        return s.isWord() && !ClaimantWords.WORDS.pronouns.contains(s.lower()) && !lx.functionWords.contains(s.lower()) ? r : -1;
    }
}
