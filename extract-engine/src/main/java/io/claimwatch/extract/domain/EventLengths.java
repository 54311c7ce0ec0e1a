package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "frame.stated-length": an event that goes on, told in the headline or lead with its length ("a five-day strike by
 * cabin crew", "began a second five-day strike on Sunday", "Friday's eight-hour strike"), ends where that length from its
 * start ends: the frame's day and that length give its last day (start + length - 1 day for days and weeks; a length of
 * hours up to a day is of its start's day). Its figures ("flights cancelled", "strikers") are of those days, not of its
 * start to the report. The length is a compound of a count ({@code lexicon/number-words.txt} up to nineteen, or digits)
 * and a unit of time-words.txt SPAN (days) or HOURS, before a word of the frame's kind ({@code keys/causes.txt}), singular
 * ("two more five-day strikes are planned" are other strikes), with at most one word between ("a 24-hour general
 * strike"), after an article (time-words.txt ARTICLE, "a second five-day strike" with an ORDINAL between) or a possessive of
 * the frame's day. The sentence must give no date, or the frame's day nearest the length ("A three-day strike ... will go
 * ahead" then "The strike begins on Saturday"): a length told with another date is another event's ("last summer's 54-day
 * strike"), one after a hedge a running strike's age ("the UAW's more than seven-week strike at American Axle").
 * The length may be told in a clause of its own, of the event "the" names, with a verb of length in its base form
 * ({@code lexicon/length-verbs.txt}) and "for" ("The strike is due to run for four days"), on the same terms of dates.
 * A figure told in the simple past while the event still goes on at the report is of its days up to the report
 * ({@link DayBefore}). A length with
 * no start (no frame day) stays as it is; so does a length of more hours than a day (where it crosses midnight is in the
 * time of day, which this rule does not read), and a length that is itself the figure (no claim by the shared format).
 */
final class EventLengths {

    static final String RULE = "frame.stated-length";

    /** The longest length read, in days: a length of years is no window of a report's days. */
    private static final int MAX_DAYS = 120;

    private final Pattern length;
    /** "The strike is due to run for four days": the event named after "the", a verb of length, "for", the length. */
    private final Pattern clause;
    private final TimeWords words;

    EventLengths(TimeWords words) {
        this.words = words;
        java.util.Set<String> units = new java.util.HashSet<>(words.spanDays.keySet());
        units.addAll(words.hourUnits);
        length = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + TimeWords.words(words.numberWords.keySet()) + "|\\d{1,3})-("
                + TimeWords.words(units) + ")\\s+(?:(\\p{L}+)\\s+)?(\\p{L}+)");
        clause = Pattern.compile("(?i)\\bthe\\s+(\\p{L}+)\\s+(?:\\p{L}+\\s+){1,4}?(?:" + TimeWords.words(Lexicon.keyedWords("length-verbs.txt",
                "verb")) + ")\\s+for\\s+(" + TimeWords.words(words.numberWords.keySet()) + "|\\d{1,3})\\s+(" + TimeWords.words(units)
                + ")\\b");
    }

    /**
     * The last day of the frame's event of kind {@code cause} starting on {@code start}, from the first length the
     * sentences {@code ss} (headline and lead) give for it; null when none does or the event is over within a day of its kind.
     */
    PartialDate end(String text, List<Sentences.Sentence> ss, String cause, PartialDate start, TimeResolver time,
            TimeResolver.Context ctx) {
        if (cause == null || cause.isEmpty() || start == null || start.toLocalDate() == null
                || EventKinds.span(cause) == EventFrame.Span.SUDDEN) return null;
        for (Sentences.Sentence s : ss) {
            Matcher m = length.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                int days = days(m.group(1), m.group(2));
                if (days <= 0 || days > MAX_DAYS) continue;
                // "a five-day strike", "a 24-hour general strike", "a five-day strike action": the kind's word right after
                // the length, or after one word
                String noun = m.group(3) != null && namesKind(m.group(3).toLowerCase(Locale.ROOT), cause) ? m.group(3)
                        : namesKind(m.group(4).toLowerCase(Locale.ROOT), cause) ? m.group(4) : null;
                if (noun == null) continue;
                noun = noun.toLowerCase(Locale.ROOT);
                if (!WordForms.singular(noun).equals(noun)) continue;   // "two more five-day strikes": other strikes
                if (!ofFrameDay(text, s, m.start(), m.end(), start, time, ctx, true)) continue;
                LocalDate from = start.toLocalDate();
                return PartialDate.of(from.plusDays(days - 1));
            }
            // "The strike is due to run for four days": the length told in a clause of its own, of the event "the" names
            Matcher c = clause.matcher(text).region(s.start(), s.end());
            while (c.find()) {
                int days = days(c.group(2), c.group(3));
                if (days <= 0 || days > MAX_DAYS || !namesKind(c.group(1).toLowerCase(Locale.ROOT), cause)) continue;
                if (!ofFrameDay(text, s, c.start(), c.end(), start, time, ctx, false)) continue;
                return PartialDate.of(start.toLocalDate().plusDays(days - 1));
            }
        }
        return null;
    }

    /** The length in whole days: days and weeks by their count, hours up to a day as one; 0 when unread. */
    private int days(String count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        Integer n = Character.isDigit(count.charAt(0)) ? Integer.valueOf(Integer.parseInt(count))
                : words.numberWords.get(count.toLowerCase(Locale.ROOT));
        if (n == null || n <= 0) return 0;
        if (words.hourUnits.contains(u)) return n <= 24 ? 1 : 0;
        Integer per = words.spanDays.get(u);
        return per == null ? 0 : n * per;
    }

    private static boolean namesKind(String word, String cause) {
        return cause.equals(EventKinds.CAUSES.first(List.of(WordForms.singular(word))));
    }

    /**
     * Whether the length at [a, e) of sentence s is the frame's event's: the sentence gives no date of an event, or the date
     * nearest the length is the frame's day; and a possessive right before it is that day's ("Friday's eight-hour strike",
     * not "last summer's 54-day strike").
     */
    private boolean ofFrameDay(String text, Sentences.Sentence s, int a, int e, PartialDate start, TimeResolver time,
            TimeResolver.Context ctx, boolean compound) {
        TimeResolver.Cand nearest = null;
        int best = Integer.MAX_VALUE;
        boolean possessive = possessiveBefore(text, s.start(), a), dayBefore = false;
        if (compound && !possessive && !determined(text, s.start(), a)) return false;
        for (TimeResolver.Cand c : time.candidates(ctx, s.start(), s.end())) {
            if (c.statement()) continue;
            int d = c.e() <= a ? a - c.e() : Math.max(0, c.s() - e);
            if (d < best) {
                best = d;
                nearest = c;
            }
            if (possessive && start.equals(c.date()) && text.substring(c.e(), a).strip().replaceFirst("^['’][sS]$", "").isEmpty()) dayBefore = true;
        }
        if (possessive && !dayBefore) return false;
        return nearest == null || start.equals(nearest.date());
    }

    /**
     * Whether an article stands right before the length at {@code a}, or before an ordinal right before it ("a five-day
     * strike", "a second five-day strike"; not "the UAW's more than seven-week strike at American Axle": a running
     * strike's age, not the length of the one the frame dates).
     */
    private boolean determined(String text, int from, int a) {
        String w = wordBefore(text, from, a);
        if (w != null && words.ordinals.containsKey(w)) w = wordBefore(text, from, wordStart(text, from, a));
        return w != null && words.articles.contains(w);
    }

    /** The word (lower case) right before {@code a}, after {@code from}; null when none. */
    private static String wordBefore(String text, int from, int a) {
        int e = a;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > from && Character.isLetter(text.charAt(b - 1))) b--;
        return b == e ? null : text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    /** Where the word right before {@code a} starts. */
    private static int wordStart(String text, int from, int a) {
        int e = a;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        while (e > from && Character.isLetter(text.charAt(e - 1))) e--;
        return e;
    }

    /** Whether the word right before {@code a} (after {@code from}) ends in a possessive "'s". */
    private static boolean possessiveBefore(String text, int from, int a) {
        int i = a - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) i--;
        return i - 1 >= from && (text.charAt(i) == 's' || text.charAt(i) == 'S')
                && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’');
    }
}
