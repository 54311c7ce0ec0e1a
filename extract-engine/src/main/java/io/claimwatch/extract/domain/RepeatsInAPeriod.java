package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link NumberRule#TIMES_IN_A_PERIOD}: "N times" followed by the stretch of time it happened in counts occurrences, whatever
 * the verb ("the ferry broke down 12 times since March", "the agency raised rates five times last year", "inspected at least
 * three times during the summer"): a multiplier is compared with something ("three times as many", "ten times larger"), never
 * bounded by a period. "N times" with no period after it ("kissed him three times on the cheek") stays no figure.
 */
final class RepeatsInAPeriod {

    private RepeatsInAPeriod() {}

    private static final Set<String> PERIODS = Lexicon.words("numbers-times-periods.txt");

    /** Whether token j is "times" and a period phrase (numbers-times-periods.txt) follows it. */
    static boolean within(Lexicon lx, List<Tok> t, int j) {
        if (j + 1 >= t.size() || !t.get(j).is("times") || !t.get(j + 1).isWord()) return false;
        String w1 = t.get(j + 1).lower();
        if (PERIODS.contains(w1)) return true;
        String w2 = j + 2 < t.size() && t.get(j + 2).isWord() ? t.get(j + 2).lower() : "";
        if (PERIODS.contains(w1 + " " + w2)) return true;
        if (PERIODS.contains(w1 + " *") && lx.timeUnits.contains(w2) && !w2.equals("times")) return true;
        String w3 = j + 3 < t.size() && t.get(j + 3).isWord() ? t.get(j + 3).lower() : "";
        return PERIODS.contains(w1 + " " + w2 + " " + w3);
    }
}
