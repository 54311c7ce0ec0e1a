package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * claimant.described-subject: a sentence whose subject the outlet describes between commas or dashes before its verb
 * ("The mill, which opened in 1990, employs about 800 people.", "Ostby, a port of about 9,000, lies on the coast.",
 * "The camps, run by the army, hold 4,000 people.") gives background in the outlet's own voice: the report of the
 * sentence before it is not carried into it ({@link CarriedReport#carried}), whoever spoke last. Not when the subject
 * refers back to what that source counted ("The other five, who were treated on site, ...":
 * lexicon/claimant-described-anaphors.txt).
 */
final class DescribedSubjects {

    private static final Set<String> OPENERS = Set.copyOf(Lexicon.lines("claimant-described-openers.txt"));
    private static final Set<String> DESCRIBERS = Set.copyOf(Lexicon.lines("claimant-subject-describers.txt"));
    private static final Set<String> ANAPHORS = Set.copyOf(Lexicon.lines("claimant-described-anaphors.txt"));
    private static final Set<String> VERBS = Set.copyOf(Lexicon.lines("claimant-described-verbs.txt"));
    /** The subject's words before the description: at most this many ("Labor unrest at the factory"). */
    private static final int SUBJECT = 8;
    /** The description's words before the comma or dash that closes it. */
    private static final int DESCRIPTION = 30;

    private DescribedSubjects() {
    }

    /**
     * Whether sentence t opens with a subject (a capitalised word that is no preposition, conjunction or adverb of
     * lexicon/claimant-described-openers.txt, no verb before the comma) set off by a comma or a dash from a description
     * (a word of lexicon/claimant-subject-describers.txt or a participle in -ed) that a second comma or dash closes.
     */
    static boolean described(List<Tok> t) {
        if (t.isEmpty() || !t.get(0).capitalized() || OPENERS.contains(t.get(0).lower())) return false;
        for (int k = 0; k < Math.min(SUBJECT + 1, t.size()); k++) {
            Tok x = t.get(k);
            if (x.isWord() && (VERBS.contains(x.lower()) || ANAPHORS.contains(x.lower()))) return false;
            if (!separator(t, k)) continue;
            int d = t.get(k).is("-") ? k + 2 : k + 1;
            if (k == 0 || d >= t.size() || !t.get(d).isWord() || !describer(t.get(d))) return false;
            for (int y = d + 1; y < Math.min(t.size(), d + 1 + DESCRIPTION); y++) if (separator(t, y)) return true;
            return false;
        }
        return false;
    }

    private static boolean describer(Tok x) {
        return DESCRIBERS.contains(x.lower()) || x.lower().length() > 4 && x.lower().endsWith("ed");
    }

    /** A comma, a dash, or the first of two hyphens ("--"). */
    private static boolean separator(List<Tok> t, int k) {
        Tok x = t.get(k);
        return x.is(",") || x.is("—") || x.is("–") || x.is("-") && k + 1 < t.size() && t.get(k + 1).is("-");
    }
}
