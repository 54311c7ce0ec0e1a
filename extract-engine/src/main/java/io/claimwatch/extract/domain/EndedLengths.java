package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#ENDED_LENGTH}, rule "date.ended-length": an event of a stated length that a verb of ending closes, with
 * the day it closed right after its noun ("About 3,500 unionized workers at the mines have just completed a seven-day
 * strike on Tuesday"; "ended a two-day strike on September 26"), ran that length back from that day: the day is its end,
 * the day that length before (length - 1 days back) its start, one range in place of the day's point. The verbs are in
 * {@code lexicon/ending-verbs.txt}, in the past or as a participle (their forms from {@link WordForms}: "to end a six-day
 * strike on Monday" is a plan, no end); the length is a count and a unit of days or weeks ({@code time-words.txt} SPAN),
 * a noun of an event ({@code time-words.txt} EVENT) right after it or one word on, and the day a full day a rule before
 * this one found, "on" or nothing between. {@link EventLengths} reads a length from the event's start, this one from its end.
 */
final class EndedLengths {

    static final String RULE = "date.ended-length";

    /** The longest length read, in days. */
    private static final int MAX_DAYS = 120;
    private static final Set<String> VERBS = Lexicon.keyedWords("ending-verbs.txt", "verb");
    private static final Set<String> BETWEEN = Lexicon.keyedWords("ending-verbs.txt", "between");
    private static final Set<String> ON = Lexicon.keyedWords("ending-verbs.txt", "on");
    /** "seven-day", "14-day", "two-week": a count and a unit (read against the lexicons), no "-old" after it. */
    private static final Pattern LENGTH = Pattern.compile("(?<![\\p{L}\\d-])(\\p{L}+|\\d{1,3})-(\\p{L}+)(?![\\p{L}-])");

    private EndedLengths() {}

    /** Puts in {@code s.out}, in place of its last day, the range of each ended length whose last day the sentence gives right after its noun. */
    static void find(SentenceDates s, DateRule rule) {
        if (s.out.isEmpty() || s.sent.indexOf('-') < 0) return;
        Matcher m = LENGTH.matcher(s.sent);
        while (m.find()) {
            Integer per = s.w.spanDays.get(m.group(2).toLowerCase(Locale.ROOT));
            int n = per == null ? 0 : s.w.count(m.group(1)) * per;
            if (n < 1 || n > MAX_DAYS || !endedBefore(s, m.start())) continue;
            Cand day = dayAfterNoun(s, m.end());
            if (day == null) continue;
            LocalDate end = day.date().toLocalDate();
            // the day and the length become one range, from the length's words to the day's
            s.out.remove(day);
            s.out.add(new Cand(s.ss + m.start(), day.e(), Kind.RANGE, PartialDate.of(end.minusDays(n - 1L)), day.date(), false, day.prep(),
                    rule));
        }
    }

    /** A verb of ending in the past or as a participle before the length at {@code at}, an article, a possessive or an ordinal between. */
    private static boolean endedBefore(SentenceDates s, int at) {
        int e = at;
        for (int i = 0; i < 3; i++) {
            int[] w = AdjacentWords.before(s.sent, e);
            if (w == null) return false;
            String word = s.sent.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
            if (word.endsWith("ed") || word.endsWith("ing")) {
                for (String lemma : WordForms.of(word)) if (!lemma.equals(word) && VERBS.contains(lemma)) return true;
                return false;
            }
            if (!BETWEEN.contains(word) && !s.w.ordinals.containsKey(word)) return false;
            e = w[0];
        }
        return false;
    }

    /**
     * The full day a rule before this one found right after the length's noun, the length ending at {@code from}: the noun
     * of an event right after the length or one word on ("a seven-day strike", "a two-day general strike"), then "on" or
     * nothing ("strike, the union said on Tuesday" is no such day).
     */
    private static Cand dayAfterNoun(SentenceDates s, int from) {
        int[] w = AdjacentWords.after(s.sent, from);
        if (w == null) return null;
        if (!s.w.eventNouns.contains(s.sent.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
            w = AdjacentWords.after(s.sent, w[1]);
            if (w == null || !s.w.eventNouns.contains(s.sent.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) return null;
        }
        int[] next = AdjacentWords.after(s.sent, w[1]);
        if (next == null) return null;
        if (ON.contains(s.sent.substring(next[0], next[1]).toLowerCase(Locale.ROOT))) next = AdjacentWords.after(s.sent, next[1]);
        if (next == null) return null;
        for (Cand d : s.out) {
            if (d.s() == s.ss + next[0] && !d.statement() && d.date().toLocalDate() != null && d.end() == null) return d;
        }
        return null;
    }
}
