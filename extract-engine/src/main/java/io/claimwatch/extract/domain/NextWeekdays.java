package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * Rule "date.weekday-next": a weekday that a word before it points forward ({@code lexicon/next-weekdays.txt}) lies after
 * publication, not before it: "next Thursday" is the Thursday of the week after the week of publication, Monday to Sunday
 * ("We're looking at next Thursday's night shift" in a Wednesday's paper is eight days on; "will walk off the job at noon
 * next Thursday" in a Thursday's is seven; "vote on the contract next Monday" in a Wednesday's is five), "this coming
 * Sunday" the first such day after publication. "The next Monday" counts from a day the text names before it, not from
 * publication, and is left to the weekday as it is.
 *
 * <p>Rule "date.weekday-to-come" ({@link #toCome}): the weekday of the day after publication, told after a word of a plan
 * ({@code lexicon/next-weekdays.txt} plan: "planned", "scheduled", "due"; not "will", a forecast's) or a progressive ("is
 * adding", "said it was adding") in its clause, is that next day, not the one six days back: "Virgin Blue said it was adding an extra 3,000 seats on its
 * domestic network on Sunday" in a Saturday's paper, "Airlines ... planned only about a dozen for Tuesday" in a Monday's.
 */
final class NextWeekdays {

    static final String RULE = "date.weekday-next";

    private static final Set<String> NEXT = Lexicon.keyedWords("next-weekdays.txt", "next");
    private static final Set<String> COMING = Lexicon.keyedWords("next-weekdays.txt", "coming");
    private static final Set<String> THIS = Lexicon.keyedWords("next-weekdays.txt", "this");
    private static final Set<String> BE = Lexicon.keyedWords("next-weekdays.txt", "be");
    private static final Set<String> PLAN = Lexicon.keyedWords("next-weekdays.txt", "plan");
    /** The most words read back from a weekday for a word of what is to come. */
    private static final int CLAUSE_WORDS = 12;

    private NextWeekdays() {}

    /**
     * The day the weekday {@code dow} at {@code at} of {@code sent} names when a word before it points it forward from
     * {@code pub}; null when none does.
     */
    static LocalDate day(String sent, int at, int dow, LocalDate pub) {
        if (pub == null) return null;
        int[] w = AdjacentWords.before(sent, at);
        if (w == null) return null;
        String word = sent.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        int[] before = AdjacentWords.before(sent, w[0]);
        String prior = before == null ? null : sent.substring(before[0], before[1]).toLowerCase(Locale.ROOT);
        if (NEXT.contains(word) && !"the".equals(prior)) {
            return pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1).plusDays(dow - 1L);
        }
        if (COMING.contains(word) && prior != null && THIS.contains(prior)) return pub.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
        return null;
    }

    /**
     * Whether the clause of the weekday at {@code at} of {@code sent} speaks of what is to come before it: a word of
     * a plan or a form of "be" right before a word in -ing, among the words back to a comma, a semicolon, a colon, a
     * parenthesis or a dash.
     */
    static boolean toCome(String sent, int at) {
        int e = at;
        String after = null;
        for (int i = 0; i < CLAUSE_WORDS; i++) {
            while (e > 0 && Character.isWhitespace(sent.charAt(e - 1))) e--;
            int b = e;
            while (b > 0 && !Character.isWhitespace(sent.charAt(b - 1))) b--;
            if (b == e) return false;
            String token = sent.substring(b, e);
            char last = token.charAt(token.length() - 1);
            if (last == ',' || last == ';' || last == ':' || last == ')' || token.charAt(0) == '(' || token.equals("-") || token.equals("--")
                    || token.equals("—") || token.equals("–")) return false;
            String word = token.toLowerCase(Locale.ROOT);
            if (PLAN.contains(word) || BE.contains(word) && after != null && after.length() > 5 && after.endsWith("ing")) return true;
            after = word;
            e = b;
        }
        return false;
    }
}
