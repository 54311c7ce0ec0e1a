package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The date phrases of one sentence as the {@link DateRule}s find them, each added with the role the
 * words around it give it ({@link DateRoles}); then joined where two make one range ("between August
 * 6, 2024, and May 25, 2025", "from Monday to Wednesday", "on Saturday night and Sunday morning", "in 2018 and 2019").
 */
final class SentenceDates {

    final DateContext c;
    final int ss;
    final String sent;
    final boolean digits;
    final List<Cand> out = new ArrayList<>();
    private final List<int[]> taken = new ArrayList<>();
    final TimeWords w;
    final DateRoles roles;
    final CalendarDates dates;
    /** The sentence in lower case, made when a gate first asks ({@link #mayHold}). */
    private String lower;
    /** The rule now finding phrases, which the phrases added record. */
    private DateRule rule;

    SentenceDates(DateContext c, int ss, int se, TimeWords w, DateRoles roles, CalendarDates dates) {
        this.c = c;
        this.ss = ss;
        this.sent = c.text.substring(ss, se);
        this.w = w;
        this.roles = roles;
        this.dates = dates;
        boolean d = false;
        for (int i = 0; i < sent.length() && !d; i++) d = Tok.isDigit(sent.charAt(i));
        this.digits = d;
    }

    /** The sentence's date phrases, in text order, every rule applied and the ranges joined. */
    static List<Cand> find(DateContext c, int ss, int se, TimeWords w, DateRoles roles, CalendarDates dates) {
        SentenceDates s = new SentenceDates(c, ss, se, w, roles, dates);
        for (DateRule r : DateRule.values()) {
            s.rule = r;
            r.find(s);
        }
        s.out.sort((a, b) -> Integer.compare(a.s(), b.s()));
        return s.joined();
    }

    /**
     * Whether the sentence holds one of {@code words} (lower case) in any case: a gate before a rule's pattern that
     * matches, case-insensitively, only phrases holding one ({@link TimeWords#lastWords}).
     */
    boolean mayHold(List<String> words) {
        if (lower == null) lower = sent.toLowerCase(Locale.ROOT);
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** Whether [s, e) of the sentence overlaps a phrase a rule took; if not, takes it when {@code take}. */
    boolean taken(int s, int e, boolean take) {
        for (int[] t : taken) if (s < t[1] && t[0] < e) return true;
        if (take) taken.add(new int[] {s, e});
        return false;
    }

    DateRoles.Lead lead(int at) {
        return roles.lead(c.text, ss, at);
    }

    /**
     * Adds a date phrase [s, e) of the text with the role its preposition gives it. A weak one (a year
     * or a month named alone) after "and" stays without a role: it counts only as the end of a range.
     */
    void add(int s, int e, PartialDate d, Kind forced, boolean weak) {
        DateRoles.Lead l = lead(s);
        Kind k = forced != null ? forced : l.kind();
        boolean since = l.prep() != null && w.sincePreps.contains(l.prep());
        // "from the May total of 180,641": a date before a noun names it, whatever the preposition
        if (l.article() && (k == Kind.START || k == Kind.END) && !since) k = Kind.POINT;
        boolean statement = forced == null && (l.statement() || roles.reportingAfter(c.text, e));
        if (k == null && !(weak && w.rangeJoiners.contains(l.prep()))) k = Kind.POINT;
        // "since the outbreak was declared on September 22", "since the full-scale invasion in 2022"
        // ("the most since the CDC confirmed 667 in 2014" compares: the date is no start, and dates
        // no other figure of the sentence)
        boolean compare = false;
        int sinceAt = k == Kind.POINT || since ? roles.sinceBefore(c.text, ss, s) : -1;
        if (sinceAt >= 0) {
            compare = roles.superlativeBefore(c.text, ss, sinceAt);
            if (!compare && k == Kind.POINT && !statement) k = Kind.START;
            if (compare) k = Kind.POINT;
        }
        // "up 9% from September", "down from October's £3.6bn": the base of a comparison, no start
        if (k == Kind.START && !since && !statement && roles.comparisonBase(c.text, ss, s, l.prep())) {
            compare = true;
            k = Kind.POINT;
        }
        out.add(new Cand(s, e, k, d, null, statement, l.prep(), compare, rule));
    }

    /** A span of days named by one phrase ("overnight"), dating the statement when a reporting verb governs it. */
    void addSpan(int s, int e, PartialDate a, PartialDate b) {
        DateRoles.Lead l = lead(s);
        out.add(new Cand(s, e, Kind.RANGE, a, b, l.statement() || roles.reportingAfter(c.text, e), l.prep(), rule));
    }

    /**
     * "in the first 10 days of August", "the first 28 days of July 2024", "the first two months of the
     * year": the period's first days or months, a range; false when the period [ps, pe) of the sentence
     * has no such phrase before it.
     */
    boolean firstOf(int ps, int pe, PartialDate period) {
        Matcher first = w.firstOf.matcher(sent.substring(Math.max(0, ps - 40), ps));
        if (!first.find()) return false;
        int n = w.count(first.group(1));
        String unit = first.group(2).toLowerCase(Locale.ROOT);
        PartialDate a, b;
        if (w.spanMonths.contains(unit)) {
            if (period.month() != 0 || n < 1 || n > 12) return false;
            a = new PartialDate(period.year(), 1, 0);
            b = new PartialDate(period.year(), n, 0);
        } else {
            if (period.month() == 0) return false;
            LocalDate last = CalendarDates.safeDate(period.year(), period.month(), n * w.spanDays.get(unit));
            if (last == null) return false;
            a = new PartialDate(period.year(), period.month(), 1);
            b = PartialDate.of(last);
        }
        int s = ps - (first.end() - first.start());
        out.add(new Cand(ss + s, ss + pe, Kind.RANGE, a, b, false, lead(ss + s).prep(), rule));
        return true;
    }

    /**
     * The period that "the same period" before {@code at} (an offset in the sentence) names again: the
     * sentence's date phrase nearest before it, when it names a month or a day; else null.
     */
    Cand periodNamedAgain(int at) {
        if (!w.samePeriod.matcher(sent.substring(Math.max(0, at - 30), at)).find()) return null;
        Cand best = null;
        for (Cand d : out) if (d.e() <= ss + at && (best == null || d.e() > best.e())) best = d;
        return best != null && best.date().month() != 0 ? best : null;
    }

    /** A period moved by n years, as the span [s, e) of the text. */
    void addMoved(int s, int e, Cand period, int n) {
        PartialDate a = plusYears(period.date(), n);
        PartialDate b = plusYears(period.end() == null ? period.date() : period.end(), n);
        if (SamePeriods.base(c.text, ss, s)) {
            // "fell 11.1 percent in March from the same month in 2008": the base of the comparison, which dates no other figure
            out.add(new Cand(s, e, Kind.RANGE, a, b, false, lead(s).prep(), true, rule));
            return;
        }
        addSpan(s, e, a, b);
    }

    /** The same day or month n years on (29 February becomes the 28th). */
    private static PartialDate plusYears(PartialDate d, int n) {
        if (d.day() == 0) return new PartialDate(d.year() + n, d.month(), 0);
        return PartialDate.of(d.toLocalDate().plusYears(n));
    }

    /** A month and day of the text: the full date with the year the text fixes for it, or null. */
    PartialDate partial(Matcher m, boolean ahead) {
        LocalDate d = dates.full(m);
        if (d != null) return PartialDate.of(d);
        if (m.group("m3") != null) return new PartialDate(Integer.parseInt(m.group("y3")), dates.monthOf(m.group("m3")), 0);
        String mo = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String da = m.group("d1") != null ? m.group("d1") : m.group("d2");
        if (mo == null || da == null) return null;
        int month = dates.monthOf(mo), day = Integer.parseInt(da);
        int y = c.yearFor(month, day, ahead);
        if (y == 0) return null;
        LocalDate ld = CalendarDates.safeDate(y, month, day);
        return ld == null ? null : PartialDate.of(ld);
    }

    /**
     * A range's end read a year before its start ("from July 29 through October 17" published on 30 July: each day took
     * the year that puts it on or before publication) is in the start's year: a range never ends before it begins.
     */
    private static PartialDate endAfter(PartialDate start, PartialDate end) {
        boolean yearEarlier = end.month() != 0 && end.year() == start.year() - 1 && TimeResolver.before(end, start);
        return yearEarlier && !TimeResolver.before(new PartialDate(start.year(), end.month(), end.day()), start)
                ? new PartialDate(start.year(), end.month(), end.day()) : end;
    }

    /**
     * A range's start written with no year, its end with one ("between January and July 2023", "from March 3 to May 5,
     * 2022"): the start is in the end's year (the year before when it falls later in the year), the year written once for
     * both; else the start as read.
     */
    private PartialDate sharedYear(Cand a, Cand b) {
        PartialDate d = a.date();
        if (d.month() == 0 || b.date().month() == 0 || CalendarDates.YEAR.matcher(c.text.substring(a.s(), a.e())).find()
                || !CalendarDates.YEAR.matcher(c.text.substring(b.s(), b.e())).find()) return d;
        int y = b.date().year() - (TimeResolver.before(b.date(), new PartialDate(b.date().year(), d.month(), d.day())) ? 1 : 0);
        return d.day() != 0 && CalendarDates.safeDate(y, d.month(), d.day()) == null ? d : new PartialDate(y, d.month(), d.day());
    }

    /** "between August 6, 2024, and May 25, 2025", "from Monday to Wednesday", "on Saturday night and Sunday morning", "in August and September". */
    private List<Cand> joined() {
        List<Cand> merged = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Cand a = out.get(i);
            boolean between = a.prep() != null && w.rangeOpeners.contains(a.prep());
            boolean from = a.prep() != null && w.preps.get(a.prep()) == Kind.START && !w.sincePreps.contains(a.prep());
            if (i + 1 < out.size() && (between || from)) {
                Cand b = out.get(i + 1);
                String mid = WordSplits.COMMAS_AND_SPACES.matcher(c.text.substring(a.e(), b.s()).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
                if (between && w.rangeJoiners.contains(mid) || from && w.preps.get(mid) == Kind.END) {
                    PartialDate start = sharedYear(a, b);
                    merged.add(new Cand(a.s(), b.e(), Kind.RANGE, start, endAfter(start, b.date()), false, a.prep(), a.rule()));
                    i++;
                    continue;
                }
            }
            // "on Saturday night and Sunday morning"
            if (i + 1 < out.size() && a.kind() == Kind.POINT && a.date().day() != 0) {
                Cand b = out.get(i + 1);
                StringBuilder mid = new StringBuilder();
                for (String f : WordSplits.WHITESPACE.split(c.text.substring(a.e(), b.s()).toLowerCase(Locale.ROOT).strip())) {
                    if (!w.fillers.contains(f)) mid.append(f);
                }
                if (b.prep() != null && w.rangeJoiners.contains(b.prep()) && b.kind() == Kind.POINT && b.date().day() != 0
                        && w.rangeJoiners.contains(mid.toString()) && TimeResolver.before(a.date(), b.date())) {
                    merged.add(new Cand(a.s(), b.e(), Kind.RANGE, a.date(), b.date(), a.statement(), a.prep(), a.rule()));
                    i++;
                    continue;
                }
            }
            // "in 2018 and 2019", "in August and September": two years or two months joined, a period
            if (i + 1 < out.size() && a.kind() == Kind.POINT && a.date().day() == 0) {
                Cand b = out.get(i + 1);
                String mid = c.text.substring(a.e(), b.s()).strip().toLowerCase(Locale.ROOT);
                if (b.kind() == null && w.rangeJoiners.contains(mid) && (a.date().month() == 0) == (b.date().month() == 0)
                        && b.date().day() == 0 && TimeResolver.before(a.date(), b.date())) {
                    merged.add(new Cand(a.s(), b.e(), Kind.RANGE, a.date(), b.date(), a.statement(), a.prep(), a.rule()));
                    i++;
                    continue;
                }
            }
            if (a.prep() != null && w.rangeJoiners.contains(a.prep()) && a.kind() == null) continue;     // "and 2021" outside a range
            merged.add(a.kind() == null ? new Cand(a.s(), a.e(), Kind.POINT, a.date(), null, a.statement(), a.prep(), a.rule()) : a);
        }
        return merged;
    }
}
