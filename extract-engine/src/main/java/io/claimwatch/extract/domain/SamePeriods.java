package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A date after "the same month in", "the same period of" and a comparison's preposition
 * before it ("traffic fell 11.1 percent in March from the same month in 2008", "compared with the same quarter of 2012") is
 * the base the figure is compared with: it dates no figure of its clause, as "up 9% from September" does not ({@link
 * ComparedDates}). Words in {@code lexicon/same-periods.txt}.
 */
final class SamePeriods {

    private static final Set<String> PERIODS = Lexicon.keyedWords("same-periods.txt", "period");
    private static final Set<String> BASES = Lexicon.keyedWords("same-periods.txt", "base");

    private SamePeriods() {}

    /** Whether the date phrase starting at {@code at} of the sentence starting at {@code ss} is such a base. */
    static boolean base(String text, int ss, int at) {
        String[] expected = {"in|of", "period", "same", "the", "base"};
        int i = at;
        for (String role : expected) {
            String word = DateRoles.previousWord(text, ss, i);
            if (word == null || !fits(role, word)) return false;
            i = DateRoles.backOver(text, ss, i);
        }
        return true;
    }

    private static boolean fits(String role, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (role) {
            case "in|of" -> w.equals("in") || w.equals("of");
            case "period" -> PERIODS.contains(w);
            case "base" -> BASES.contains(w);
            default -> w.equals(role);
        };
    }

}
