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
 * The weekday two days after publication is read so too ({@link #soon}): a plan told in a past progressive names the day the plan
 * is for, "Lufthansa said it was cancelling almost 1700 flights on Monday" in a Saturday's paper is two days on, not five back
 * (a simple past, "3,000 people marched on Monday", stays the last Monday).
 */
final class NextWeekdays {

    static final String RULE = "date.weekday-next";

    private static final Set<String> NEXT = Lexicon.keyedWords("next-weekdays.txt", "next");
    private static final Set<String> COMING = Lexicon.keyedWords("next-weekdays.txt", "coming");
    private static final Set<String> THIS = Lexicon.keyedWords("next-weekdays.txt", "this");
    private static final Set<String> BE = Lexicon.keyedWords("next-weekdays.txt", "be");
    private static final Set<String> PLAN = Lexicon.keyedWords("next-weekdays.txt", "plan");
    private static final Set<String> FORECAST = Lexicon.keyedWords("next-weekdays.txt", "forecast");
    private static final Set<String> NOW = Lexicon.keyedWords("next-weekdays.txt", "now");
    private static final Set<String> ARRANGED = Lexicon.keyedWords("next-weekdays.txt", "arranged");
    private static final Set<String> STOP = Lexicon.keyedWords("next-weekdays.txt", "stop");
    private static final Set<String> HEDGED = Lexicon.keyedWords("next-weekdays.txt", "hedged");
    private static final Set<String> PLAN_NOUNS = Lexicon.keyedWords("next-weekdays.txt", "plan-nouns");
    /** The most days after publication a weekday told as to come (date.weekday-to-come) is read forward. */
    private static final int SOON_DAYS = 2;
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
     * date.weekday-to-come: the day after {@code pub}, or the one after it, whose weekday is {@code dow}; null when neither is
     * (or no publication date).
     */
    static LocalDate soon(LocalDate pub, int dow) {
        if (pub == null) return null;
        for (int k = 1; k <= SOON_DAYS; k++) if (pub.plusDays(k).getDayOfWeek().getValue() == dow) return pub.plusDays(k);
        return null;
    }

    /** Whether {@code word} right before a weekday points it forward ("next", "coming"): {@link #day} reads it. */
    static boolean pointsForward(String word) {
        return NEXT.contains(word) || COMING.contains(word);
    }

    /**
     * Whether the clause of the weekday at {@code at} of {@code sent} speaks of what is to come before it: a word of
     * a plan or a form of "be" right before a word in -ing, among the words back to a comma, a semicolon, a colon, a
     * parenthesis or a dash.
     */
    static boolean toCome(String sent, int at) {
        return clauseBefore(sent, at, false);
    }

    /**
     * Rule "date.weekday-forecast": whether the clause of the weekday at {@code at} of {@code sent} tells it as to come in the
     * present: a word of a forecast ("will", "expects"; lexicon next-weekdays.txt forecast), "is" or "are" before "expected"
     * (now, arranged), a word of a plan, or "is" or "are" before a word in -ing, among the words back to a clause's end or a
     * word that opens another clause ("that", "after"; stop) or hedges the forecast ("will likely hit near Houston early
     * Saturday"; hedged: a storm's forecast day is no day the story's figures are told for): the weekday is the next one on or after publication ("Another
     * 50 to 60 temporary workers will be added on Tuesday" in a Thursday's paper is five days on), not the last.
     */
    static boolean forecast(String sent, int at) {
        return clauseBefore(sent, at, true);
    }

    private static boolean clauseBefore(String sent, int at, boolean present) {
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
            if (PLAN.contains(word) && !(present && PLAN_NOUNS.contains(word))) return true;
            if (!present && BE.contains(word) && after != null && after.length() > 5 && after.endsWith("ing")) return true;
            if (present && (FORECAST.contains(word) || NOW.contains(word) && after != null
                    && (ARRANGED.contains(after) || after.length() > 5 && after.endsWith("ing")))) return true;
            if (present && (STOP.contains(word) || HEDGED.contains(word))) return false;
            after = word;
            e = b;
        }
        return false;
    }
}
