package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * {@link DateRule#REFERENCE_PERIOD}: the periods a statistic is reported for, each the months it spans ({@code
 * lexicon/time-words.txt} YEAR_PART, LAST_PART, PART_LETTER, PERIOD_TO). A part of a year ("the third quarter", "the
 * second half of the year", "Q3", "the final quarter of 2004"); a year's last months ("the last three months of 2004");
 * a span up to a month ("the three months to September", "the 12 months ended in June", "the year ending March 2023";
 * "the year to November" in a sentence of a change, a year's change told for its month, is that month); a span of days up
 * to a day ("the week ending July 6": June 30 to July 6). A part the text gives no year for is the latest one begun by the reference date ("the first quarter"
 * in November 2004 is January to March 2004; "the second half of the year" in January 2005 is July to December 2004);
 * "the last quarter" with no year, the latest one over; a month with no year, the latest one by the reference date.
 */
final class ReferencePeriods {

    private ReferencePeriods() {
    }

    /** Adds the sentence's reference periods to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        LocalDate ref = s.c.reference();
        if (ref == null) return;
        TimeWords w = s.w;
        if (s.sent.contains("quarter") || s.sent.contains("half") || s.sent.contains("Quarter") || s.sent.contains("Half")) {
            Matcher m = w.yearPart.matcher(s.sent);
            while (m.find()) {
                int len = w.yearParts.get(TimeWords.entry(m.group("part")));
                String ord = TimeWords.entry(m.group("ord"));
                boolean last = w.lastParts.contains(ord);
                int k = last ? 12 / len : w.ordinals.getOrDefault(ord, 0);
                if (k < 1 || k > 12 / len) continue;
                Integer year = yearOf(m, w, ref);
                // date.reference-period: "a 10-yard run late in the third quarter" is a game's quarter, no part of a year
                if (year == null && playedPeriod(s.sent)) continue;
                if (year == null && last) {          // "over the last quarter": the latest part over before the reference date
                    int current = (ref.getMonthValue() - 1) / len;
                    add(s, m, current == 0 ? ref.getYear() - 1 : ref.getYear(), current == 0 ? 12 / len : current, len);
                    continue;
                }
                int first = (k - 1) * len + 1;
                add(s, m, year != null ? year : first > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear(), k, len);
            }
        }
        Matcher l = s.sent.contains("month") ? w.lastMonthsOf.matcher(s.sent) : null;
        while (l != null && l.find()) {
            int n = w.count(l.group("n"));
            Integer year = yearOf(l, w, ref);
            if (n < 1 || n > 12 || year == null || s.taken(l.start(), l.end(), true)) continue;
            s.addSpan(s.ss + l.start(), s.ss + l.end(), new PartialDate(year, 13 - n, 0), new PartialDate(year, 12, 0));
        }
        boolean span = s.sent.contains("month") || s.sent.contains("year") || s.sent.contains("quarter") || s.sent.contains("half");
        Matcher t = span ? w.monthsTo.matcher(s.sent) : null;
        while (t != null && t.find()) {
            int n = t.group("n") != null ? w.count(t.group("n")) : w.yearParts.get(TimeWords.entry(t.group("part")));
            int month = s.dates.monthOf(t.group("m"));
            if (n < 1 || n > 12 || month == 0 || s.taken(t.start(), t.end(), true)) continue;
            int year = t.group("y") != null ? Integer.parseInt(t.group("y")) : month > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear();
            PartialDate end = new PartialDate(year, month, 0);
            if (t.group("part") != null && n == 12 && tellsChange(s)) {   // "up 6.1% in the year to November": November's change
                s.add(s.ss + t.start(), s.ss + t.end(), end, null, false);
                continue;
            }
            LocalDate from = LocalDate.of(year, month, 1).minusMonths(n - 1L);
            s.addSpan(s.ss + t.start(), s.ss + t.end(), new PartialDate(from.getYear(), from.getMonthValue(), 0), end);
        }
        Matcher d = s.digits ? w.spanTo.matcher(s.sent) : null;
        // "the week ending July 6": the span's days up to that day (tried only where a word starts with "t")
        for (int from = 0; d != null && TextSearch.findAtWordStart(d, s.sent, from, "tT"); from = d.end()) {
            Matcher day = w.date.matcher(s.sent).region(d.end(), s.sent.length());
            int n = d.group(1) != null ? w.count(d.group(1)) : 1;
            Integer unit = w.spanDays.get(d.group(2).toLowerCase(java.util.Locale.ROOT));
            if (!day.lookingAt() || n < 1 || unit == null || n * unit > 400 || s.taken(d.start(), day.end(), false)) continue;
            PartialDate end = s.partial(day, s.roles.ahead(s.c.text, s.ss, s.ss + day.start()));
            if (end == null || end.day() == 0) continue;
            s.taken(d.start(), day.end(), true);
            s.addSpan(s.ss + d.start(), s.ss + day.end(), PartialDate.of(end.toLocalDate().minusDays(n * unit - 1L)), end);
        }
        Matcher q = s.digits ? w.partLetter.matcher(s.sent) : null;
        for (int from = 0; q != null && TextSearch.findAtWordStart(q, s.sent, from, w.partLetterFirsts); from = q.end()) {
            int len = w.partLetters.get(q.group("l").toLowerCase(java.util.Locale.ROOT));
            int k = q.group("k").charAt(0) - '0';
            if (k > 12 / len || s.taken(q.start(), q.end(), false)) continue;
            int first = (k - 1) * len + 1;
            int year = q.group("y") != null ? Integer.parseInt(q.group("y")) : first > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear();
            add(s, q, year, k, len);
        }
    }

    /**
     * Whether the sentence tells a change (a percent, or a word of lexicon BASE: "up", "down", "points"): "the year to
     * November" then dates the change told for that month ("Rents were up 6.1% in the year to November"); else the
     * year's counts ("police recorded 400,000 crimes in the year ending March 2023": April to March).
     */
    /** Words of a game played in quarters or halves ({@code lexicon/game-words.txt}: "touchdown", "halftime"). */
    private static final java.util.regex.Pattern GAME = java.util.regex.Pattern.compile("(?<!\\p{L})(?:" + String.join("|",
            Lexicon.lines("game-words.txt").stream().map(java.util.regex.Pattern::quote).toList()) + ")(?!\\p{L})",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the sentence tells of a game, whose quarters and halves are its own ("a touchdown in the third quarter"). */
    static boolean playedPeriod(String sent) {
        return GAME.matcher(sent).find();
    }

    private static boolean tellsChange(SentenceDates s) {
        if (s.sent.indexOf('%') >= 0) return true;
        for (String t : WordSplits.NON_LETTERS.split(s.sent.toLowerCase(java.util.Locale.ROOT))) if (s.w.baseWords.contains(t)) return true;
        return false;
    }

    /**
     * Whether a figure's dates {@code start..end} are the months of one reference period its phrase gave ("the third quarter":
     * 2008-07..2008-09), which the claim then gives as the period's days, its first to its last (2008-07-01..2008-09-30):
     * a quarter's figure is of every day of the quarter, as the gold of the Reuters sets writes it. The key reads the months.
     */
    static boolean whole(TimeResolver.EventDates d, PartialDate start, PartialDate end) {
        return d.startFrom() != null && d.startFrom() == d.endFrom() && d.startFrom().rule() == DateRule.REFERENCE_PERIOD
                && start != null && end != null && start.month() != 0 && start.day() == 0 && end.month() != 0 && end.day() == 0
                && start.equals(d.start()) && end.equals(d.end());
    }

    /** The first day of a month. */
    static PartialDate firstDay(PartialDate month) {
        return new PartialDate(month.year(), month.month(), 1);
    }

    /** The last day of a month. */
    static PartialDate lastDay(PartialDate month) {
        return PartialDate.of(java.time.YearMonth.of(month.year(), month.month()).atEndOfMonth());
    }

    /** The k-th part of {@code len} months of a year, as the months it spans. */
    private static void add(SentenceDates s, Matcher m, int year, int k, int len) {
        if (s.taken(m.start(), m.end(), true)) return;
        s.addSpan(s.ss + m.start(), s.ss + m.end(), new PartialDate(year, (k - 1) * len + 1, 0), new PartialDate(year, k * len, 0));
    }

    /** The year the phrase names ("of 2004", "of last year"), or null for none or "of the year" (the latest begun). */
    private static Integer yearOf(Matcher m, TimeWords w, LocalDate ref) {
        if (m.group("year") != null) return Integer.parseInt(m.group("year"));
        if (m.group("rel") == null) return null;
        Integer off = w.years.get(TimeWords.entry(m.group("rel")));
        return off == null ? null : ref.getYear() + off;
    }
}
