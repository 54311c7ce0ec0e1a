package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link NumberRule#ODDS_OF_OUTCOME}: "a one-in-four chance of rain", "a 1 in 4 chance", "a “2 in 5” shot": "N in M" right
 * before a noun of the odds of an outcome (numbers-odds-nouns.txt) gives the odds, and its first number is a claim, where
 * a rate over people ("one in four adults", {@link NumberRule#RATIO}) is none; the base M stays no figure.
 */
final class OddsOfOutcome {

    private static final Set<String> NOUNS =
            Set.copyOf(Lexicon.lines("numbers-odds-nouns.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());

    /** A word of odds: "one-in-five", "1-in-10". */
    private static final java.util.regex.Pattern ODDS_WORD = java.util.regex.Pattern.compile("[a-z]+-in-[a-z0-9,]+");

    private OddsOfOutcome() {}

    /**
     * Whether the number at token {@code k} opens odds: "one-in-four" (one token) or "1", "in", "4" before a noun of the
     * odds, closing quotes between.
     */
    static boolean opensOdds(List<Tok> t, int k) {
        Tok w = t.get(k);
        if (w.isWord() && w.lower().contains("-in-") && ODDS_WORD.matcher(w.lower()).matches()) return nounAt(t, k + 1);
        if (k + 2 >= t.size() || !t.get(k + 1).is("in")) return false;
        Tok base = t.get(k + 2);
        return (base.isNum() || base.isWord()) && nounAt(t, k + 3);
    }

    /** A noun of numbers-odds-nouns.txt at {@code j}, past closing quotes. */
    private static boolean nounAt(List<Tok> t, int j) {
        while (j < t.size() && t.get(j).text().length() == 1 && "”\"’'".indexOf(t.get(j).text().charAt(0)) >= 0) j++;
        return j < t.size() && NOUNS.contains(t.get(j).lower());
    }
}
