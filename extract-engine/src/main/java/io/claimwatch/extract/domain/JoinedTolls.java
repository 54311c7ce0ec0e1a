package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * dating.joined-toll: two tolls of one act joined by "and" share the date told after the second ("A gunman wounded 12
 * people and killed two at a bar on Friday": the 12 are Friday's too). {@link FigureDates#broken} keeps a date after a
 * second verb joined to the figure's for that verb's act ("declared an emergency in 44 counties and deployed 200
 * guardsmen on Friday"), unless both verbs are verbs of a toll ({@code lexicon/joined-tolls.txt}): the figure's own
 * verb, among the three words before it in its clause, and the joined one.
 */
final class JoinedTolls {

    private static final Set<String> VERBS = Set.copyOf(Lexicon.resourceLines("/lexicon/joined-tolls.txt"));

    private JoinedTolls() {}

    /**
     * Whether {@code joined} (the verb after "and") is a toll's and so is a verb among the three words before the figure
     * [ms, ..) in its clause [cs, ..) of {@code text}.
     */
    static boolean sameAct(String text, int cs, int ms, String joined) {
        if (!VERBS.contains(joined.toLowerCase(Locale.ROOT))) return false;
        int i = ms;
        for (int k = 0; k < 3; k++) {
            while (i > cs && Character.isWhitespace(text.charAt(i - 1))) i--;
            int e = i;
            while (i > cs && Character.isLetter(text.charAt(i - 1))) i--;
            if (i == e) return false;      // a mark of a clause, or the clause's start
            if (VERBS.contains(text.substring(i, e).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
