package io.claimwatch.extract.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#TIMELINE_HEAD}: a line of a timeline or a chronology that opens with its own date, a dash or a colon
 * after it ("1971 - General Motors recalls 6.7 million vehicles", "July 1998 - GM recalls close to 1 million cars",
 * "--Aug. 14 -- The navy announces ...", "2005: Toyota recalls ..."). The date dates the line's event, whatever the
 * story's; with no preposition before it the other rules read no year alone there, and a month's date right before a dash
 * is read as a dateline's ({@link CalendarDates#DATELINE_AFTER}). Only at the sentence's start (after a list marker); a
 * wire's "(Reuters) -" after the date is a dateline's and no head.
 */
final class TimelineHeads {

    /** A list marker or dashes before the head. */
    private static final Pattern MARKER = Pattern.compile("^[\\s*\u2022\u00b7]*(?:--?|[\u2013\u2014])?\\s*");
    /** A year alone: "1971". */
    private static final Pattern YEAR = Pattern.compile("((?:18|19|20)\\d{2})\\b");
    /** What closes a head: a dash after a space, two dashes, an en or em dash, a colon; then a word or a figure, no year. */
    private static final Pattern CLOSE = Pattern.compile("\\.?(?:\\s+(?:--|-)|\\s*(?:--|[\u2013\u2014:]))\\s*"
            + "(?=\\p{L}|\\d)(?!(?:18|19|20)\\d{2}\\b|\\d{2}\\b)");

    private TimelineHeads() {
    }

    static void find(SentenceDates s) {
        if (!s.digits) return;
        Matcher mark = MARKER.matcher(s.sent);
        int at = mark.lookingAt() ? mark.end() : 0;
        Matcher m = s.w.date.matcher(s.sent).region(at, s.sent.length());
        PartialDate d = null;
        int end = -1;
        if (m.lookingAt()) {
            d = m.group("iy") != null ? null : s.partial(m, false);
            end = m.end();
        } else {
            Matcher y = YEAR.matcher(s.sent).region(at, s.sent.length());
            if (y.lookingAt()) {
                d = PartialDate.year(Integer.parseInt(y.group(1)));
                end = y.end();
            }
        }
        if (d == null || !CLOSE.matcher(s.sent).region(end, s.sent.length()).lookingAt() || s.taken(at, end, true)) return;
        s.add(s.ss + at, s.ss + end, d, TimeResolver.Kind.POINT, false);
    }
}
