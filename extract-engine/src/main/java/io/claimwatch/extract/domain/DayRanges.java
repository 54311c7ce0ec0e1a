package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * {@link DateRule#DAY_RANGE} and {@link DateRule#WORDED_DAY_RANGE}: two days of one month as a range, joined by a dash
 * ("between 12-14 June") or by words ("from July 7 to 13", "between July 7 and 13"; lexicon DAYS_FROM, DAYS_TO). With no year,
 * a range the sentence speaks of as to come ("will cancel eight flights from January 19 to 25", {@link DateRoles#ahead}) takes
 * the year that puts its last day within {@link DateContext#AHEAD_DAYS} after publication, as a day to come does.
 */
final class DayRanges {

    private DayRanges() {
    }

    /** "12-14 June", "June 12-14": the range's phrases, each taken from the later rules. */
    static void numbered(SentenceDates s) {
        if (!s.digits || s.sent.indexOf('-') < 0 && s.sent.indexOf('–') < 0) return;
        Matcher m = s.w.dayRange.matcher(s.sent);
        // tried only at a digit or a month's first letters that start a word
        for (int from = 0; TextSearch.findAtWordStart(m, s.sent, from, s.w.dateFirsts, s.w.monthStarts); from = m.end()) {
            s.taken(m.start(), m.end(), true);
            boolean first = m.group("m1") != null;
            int month = s.dates.monthOf(first ? m.group("m1") : m.group("m2"));
            int a = Integer.parseInt(first ? m.group("a1") : m.group("a2"));
            int b = Integer.parseInt(first ? m.group("b1") : m.group("b2"));
            String y = first ? m.group("y1") : m.group("y2");
            int year = y != null ? Integer.parseInt(y) : month == 0 ? 0 : s.c.yearFor(month, b, s.roles.ahead(s.c.text, s.ss, s.ss + m.start()));
            LocalDate da = year == 0 ? null : CalendarDates.safeDate(year, month, a);
            LocalDate db = year == 0 ? null : CalendarDates.safeDate(year, month, b);
            if (da == null || db == null || !da.isBefore(db)) continue;
            s.out.add(new Cand(s.ss + m.start(), s.ss + m.end(), Kind.RANGE, PartialDate.of(da), PartialDate.of(db), false, "range",
                    DateRule.DAY_RANGE));
        }
    }

    /** "from July 7 to 13", "between July 7 and 13"; not before a noun ("between July 7 and 13 people" is a count). */
    static void worded(SentenceDates s) {
        if (!s.digits) return;
        Matcher m = s.w.wordedDayRange.matcher(s.sent);
        for (int at = 0; TextSearch.findAtWordStart(m, s.sent, at, s.w.wordedDayRangeFirsts); at = m.end()) {
            // "between July 7 and 13 people": the second number counts a noun after it
            String next = m.group("y") == null ? DateRoles.nextWord(s.sent, skipSpaces(s.sent, m.end())) : "";
            if (!next.isEmpty() && Character.isLowerCase(s.sent.charAt(skipSpaces(s.sent, m.end())))
                    && !s.w.preps.containsKey(next) && !s.w.clauseWords.contains(next) && !s.w.fillers.contains(next)) continue;
            int month = s.dates.monthOf(m.group("m"));
            int a = Integer.parseInt(m.group("a")), b = Integer.parseInt(m.group("b"));
            int year = m.group("y") != null ? Integer.parseInt(m.group("y")) : month == 0 ? 0 : s.c.yearFor(month, b, s.roles.ahead(s.c.text, s.ss, s.ss + m.start()));
            LocalDate da = year == 0 ? null : CalendarDates.safeDate(year, month, a);
            LocalDate db = year == 0 ? null : CalendarDates.safeDate(year, month, b);
            if (da == null || db == null || !da.isBefore(db)) continue;
            int from = m.start("m");        // the opener stays a word of the sentence ("from", "between")
            if (s.taken(from, m.end(), true)) continue;
            s.out.add(new Cand(s.ss + from, s.ss + m.end(), Kind.RANGE, PartialDate.of(da), PartialDate.of(db), false, "range",
                    DateRule.WORDED_DAY_RANGE));
        }
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return i;
    }
}
