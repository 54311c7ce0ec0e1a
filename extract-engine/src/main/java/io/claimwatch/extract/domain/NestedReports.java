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
}
