package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Rule "date.weekday-scheduled": a weekday right after a verb of a schedule in the present tense, its third person
 * ("The strike begins on Saturday" in a Friday's paper, "the four-day visit ..., which starts on Friday"), is the next one
 * on or after publication, not the last: the present tells what is set to come. The verbs are in
 * {@code lexicon/scheduled-verbs.txt}; their present forms come from {@link WordForms}.
 */
final class ScheduledDays {

    static final String RULE = "date.weekday-scheduled";

    private static final Set<String> VERBS = Lexicon.keyedWords("scheduled-verbs.txt", "verb");
    private static final Set<String> ON = Lexicon.keyedWords("scheduled-verbs.txt", "on");

    private ScheduledDays() {}

    /** Whether the weekday starting at {@code at} of {@code sent} comes right after such a verb, "on" between or not. */
    static boolean after(String sent, int at) {
        int e = back(sent, at);
        int b = start(sent, e);
        String w = sent.substring(b, e).toLowerCase(Locale.ROOT);
        if (ON.contains(w)) {
            e = back(sent, b);
            b = start(sent, e);
            w = sent.substring(b, e).toLowerCase(Locale.ROOT);
        }
        return present(w);
    }

    /** "begins", "starts": the third person present of one of the verbs. */
    static boolean present(String w) {
        if (w.isEmpty() || w.charAt(w.length() - 1) != 's') return false;
        for (String lemma : WordForms.of(w)) if (!lemma.equals(w) && VERBS.contains(lemma)) return true;
        return false;
    }

    private static int back(String s, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return e;
    }

    private static int start(String s, int e) {
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return b;
    }
}
