package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DatingRule#DAY_AFTER_EVENT}: a figure told in what "the day after" (or "two days after") opens, the earlier event
 * the sentence's news follows ("Enbridge on Thursday said it expects to restart the line, the day after a blast killed two
 * workers"; "Shares fell 10 percent the day after an explosion killed 25 workers"; "..., two days after a storm hit, killing
 * seven people"), is of that earlier day: the day the sentence names before the phrase (a statement's too),
 * else the article's event's day (not when the phrase names the article's own kind of event: "the day after an
 * explosion" in a report of that explosion), else the day of publication, moved back by the count. Not "less than" or
 * "more than" days after (no one day), not past a clause break other than a comma before a participle ("..., killing
 * seven"), and not a figure its sentence dates after the phrase.
 */
final class DayAfterEvents {

    private static final Map<TimeWords, Pattern> PHRASES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private DayAfterEvents() {}

    /** "the day after", "a day after", "two days after": the count (group n; none for one day). */
    private static Pattern phrase(TimeWords w) {
        return PHRASES.computeIfAbsent(w, k -> Pattern.compile("(?i)\\b(?:(?:the|a|one)\\s+day|(?<n>"
                + String.join("|", k.numberWords.keySet().stream().map(Pattern::quote).toList()) + "|\\d)\\s+days)\\s+after\\s+"));
    }

    /**
     * The dates of the figure [ms, me) of the sentence [ss, se) by {@link DatingRule#DAY_AFTER_EVENT}, when it stands in what
     * such a phrase opens and {@code d} came from no date phrase; else {@code d} as it is.
     */
    static EventDates dated(TimeResolver time, TimeResolver.Context c, int ss, int se, int ms, EventDates d) {
        if (c.pub == null || d.startFrom() != null || d.endFrom() != null) return d;
        Matcher m = phrase(c.words).matcher(c.text).region(ss, ms);
        int at = -1, end = -1;
        String count = null;
        while (m.find()) { at = m.start(); end = m.end(); count = m.group("n"); }
        if (at < 0 || !opens(c.text, end, ms) || vague(c.text, ss, at)) return d;
        int n = count == null ? 1 : c.words.count(count);
        if (n <= 0 || n > 7) return d;
        LocalDate anchor = null;
        for (Cand x : time.candidates(c, ss, se)) {
            if (x.e() <= at && x.date().toLocalDate() != null) anchor = x.date().toLocalDate();
            else if (x.s() >= end && x.s() < ms) return d;              // a date of its own in the complement
        }
        if (anchor == null) anchor = c.pub;
        if (anchor.isAfter(c.pub)) return d;
        PartialDate day = PartialDate.of(anchor.minusDays(n));
        return new EventDates(day, day, null, null, DatingRule.DAY_AFTER_EVENT);
    }

    /** No break between the phrase's end and the figure but a comma before a participle ("..., killing seven"). */
    private static boolean opens(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ';' || ch == ':' || ch == '(' || ch == '.' || ch == '"' || ch == '“' || ch == '\n') return false;
            if (ch == ',') {
                int a = i + 1;
                while (a < to && Character.isWhitespace(text.charAt(a))) a++;
                int b = a;
                while (b < to && Character.isLetter(text.charAt(b))) b++;
                if (!text.substring(a, b).toLowerCase(Locale.ROOT).endsWith("ing")) return false;
            }
        }
        return true;
    }

    /** "less than a day after", "more than two days after": no one day. */
    private static boolean vague(String text, int ss, int at) {
        List<String> ws = FrameReader.words(text, Math.max(ss, at - 20), at);
        return !ws.isEmpty() && ws.get(ws.size() - 1).equals("than");
    }
}
