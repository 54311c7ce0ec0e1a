package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Everything date-like in a text that the resolution of its relative dates needs: its publication
 * date, its full dates (found around its years, once, when first needed) and the latest year it names.
 * The year of a month and day without one, the day a weekday names, and the date relative dates are
 * read against come from here.
 */
class DateContext {

    final String text;
    final LocalDate pub;
    final TimeWords words;
    private final CalendarDates dates;
    private Set<String> monthDayYears;   // "5-25-2025", computed when first needed
    private List<LocalDate> fullDates;   // the full dates of the text, computed with monthDayYears
    private List<LocalDate> namedDays;   // those with a day named (not "August 2018")
    private int latestYear;              // the latest year the text names (not "by 2030"), 0 when none
    final java.util.Map<Integer, List<TimeResolver.Cand>> datesBySentence = new java.util.HashMap<>();   // by sentence start
    java.util.Map<String, TimeResolver.Cand> datedKinds;   // each kind of event the text names with a date (DatedKinds), when first needed
    private Boolean dayAhead;   // whether the text's clocks put its place a day ahead of its paper's zone (ZoneClocks)
    private int leadStart = -1, leadEnd = -1;   // the article's first sentence of its body, when the caller gives it (LeadDays)

    DateContext(String text, LocalDate pub, TimeWords words, CalendarDates dates) {
        this.text = text;
        this.pub = pub;
        this.words = words;
        this.dates = dates;
    }

    private void scan() {
        if (monthDayYears != null) return;
        monthDayYears = new HashSet<>();
        fullDates = new ArrayList<>();
        namedDays = new ArrayList<>();
        // a full date has a year: look only around the years of the text, not the whole text
        Matcher m = words.date.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher deadline = words.deadlineBefore.matcher(text);
        char[] a = text.toCharArray();
        int n = a.length;
        for (int i = 0; i + 4 <= n; i++) {
            char c = a[i];
            if (c != '1' && c != '2' || i > 0 && Tok.isDigit(a[i - 1])) continue;
            if (!Tok.isDigit(a[i + 1]) || !Tok.isDigit(a[i + 2]) || !Tok.isDigit(a[i + 3])
                    || i + 4 < n && Tok.isDigit(a[i + 4])) continue;
            boolean year = a[i] == '1' && a[i + 1] == '9' || a[i] == '2' && a[i + 1] == '0';
            if (year && !deadline.region(Math.max(0, i - 8), i).find()) {
                latestYear = Math.max(latestYear, Integer.parseInt(text, i, i + 4, 10));
            }
            m.region(Math.max(0, i - 30), Math.min(n, i + 10));
            while (m.find()) {
                LocalDate d = dates.full(m);
                if (d == null && m.group("m3") != null) {       // "in August 2018": its first day, for reference()
                    LocalDate first = CalendarDates.safeDate(Integer.parseInt(m.group("y3")), dates.monthOf(m.group("m3")), 1);
                    if (first != null) fullDates.add(first);
                    continue;
                }
                if (d != null && monthDayYears.add(d.getMonthValue() + "-" + d.getDayOfMonth() + "-" + d.getYear())) {
                    fullDates.add(d);
                    namedDays.add(d);
                }
            }
            i += 3;
        }
    }

    /**
     * The date relative dates are read against: the publication date, else (no dateline) the
     * latest full date the text mentions, a lower bound of when it was written; null when none.
     */
    LocalDate reference() {
        if (pub != null) return pub;
        scan();
        LocalDate latest = null;
        for (LocalDate d : fullDates) if (latest == null || d.isAfter(latest)) latest = d;
        return latest;
    }

    /**
     * The year of a month/day without one, or 0 when unknown: the year the text gives the same
     * month and day elsewhere; else the publication year, or the year before when the day would
     * fall more than {@link #SOON_DAYS} after publication (news tells what is set for the coming days: "will be hit
     * by a second work stoppage on April 12" told on 4 April is this April's), unless the sentence speaks of what is to come
     * ({@code ahead}: "voted to strike on March 24") and the day is within {@link #AHEAD_DAYS}.
     */
    int yearFor(int month, int day, boolean ahead) {
        scan();
        int found = 0;
        for (String k : monthDayYears) {
            if (k.startsWith(month + "-" + day + "-")) {
                int y = Integer.parseInt(k.substring(k.lastIndexOf('-') + 1));
                if (found != 0 && found != y) return 0;
                found = y;
            }
        }
        if (found != 0) return found;
        LocalDate ref = reference();
        if (ref != null) {
            LocalDate d = CalendarDates.safeDate(ref.getYear(), month, day);
            if (d == null) return 0;
            boolean later = d.isAfter(ref.plusDays(ahead ? AHEAD_DAYS : SOON_DAYS));
            return later && pub != null ? ref.getYear() - 1 : ref.getYear();
        }
        return 0;
    }

    /**
     * Whether the weekday of the day after publication is that next day all through the text: its clocks put its place a day
     * ahead of its paper's zone ({@link ZoneClocks#dayAhead}), or its lead names that weekday ({@link LeadDays#ahead}). Read once a text.
     */
    boolean dayAheadOfZone() {
        if (dayAhead == null) dayAhead = ZoneClocks.dayAhead(text) || LeadDays.ahead(this, leadStart, leadEnd);
        return dayAhead;
    }

    /** The article's lead, its first sentence of the body [start, end), for {@link LeadDays}; before any date is read. */
    void lead(int start, int end) {
        leadStart = start;
        leadEnd = end;
        dayAhead = null;
    }

    /** How far ahead of publication a day written without its year may lie and still be this year's, whatever the tense. */
    static final int SOON_DAYS = 14;

    /** How far ahead of publication a day the sentence speaks of as to come may lie. */
    static final int AHEAD_DAYS = 60;

    /**
     * A weekday: the last one on or before publication (news names today's weekday too). With no
     * publication date: the latest full date of the text that falls on that weekday; else the one
     * nearest the text's latest full date (within three days either way: a report names the days
     * of the week it is written in, and that date is the newest it gives), when no later year is
     * named; else null.
     */
    PartialDate weekday(int dow) {
        if (pub != null) return PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow))));
        scan();
        LocalDate best = null, latest = null;
        for (LocalDate d : namedDays) {
            if (d.getDayOfWeek().getValue() == dow && (best == null || d.isAfter(best))) best = d;
            if (latest == null || d.isAfter(latest)) latest = d;
        }
        if (best != null) return PartialDate.of(best);
        if (latest == null || latest.getYear() < latestYear) return null;
        int ahead = Math.floorMod(dow - latest.getDayOfWeek().getValue(), 7);
        return PartialDate.of(ahead <= 3 ? latest.plusDays(ahead) : latest.minusDays(7 - ahead));
    }
}
