package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#RELATIVE_MONTH} and {@link DateRule#RELATIVE_YEAR}: a month or year told relative to publication or to
 * the reference date ("last month", "this year"), or to the month or year the sentence named before it ("the previous
 * month", "the previous year"); right after a figure ("up from 440,000 six months earlier", "from about 5 million a
 * century ago") it dates that figure alone.
 */
final class RelativeMonthsAndYears {

    /** A figure that ends right before a phrase, at most one word between ("440,000 six months earlier"). */
    private static final Pattern FIGURE_BEFORE = Pattern.compile("\\d\\S*\\s+(?:\\p{L}+\\s+)?$");

    /** "from about 5 million ": a figure "from" opens, right before a phrase (at most two words before the figure, one after). */
    private static final Pattern FROM_FIGURE_BEFORE = Pattern.compile(
            "(?i)\\bfrom\\s+(?:\\p{L}+\\s+){0,2}[$£€]?\\d\\S*\\s+(?:\\p{L}+\\s+)?$");

    private RelativeMonthsAndYears() {}

    /** {@link DateRule#RELATIVE_MONTH}'s phrases of the sentence, added to {@code s.out} as {@code rule}'s. */
    static void months(SentenceDates s, DateRule rule) {
        if (s.c.pub == null || !s.sent.contains("month")) return;
        Matcher r = s.w.relativeMonth.matcher(s.sent);
        while (r.find()) {
            String entry = TimeWords.entry(r.group());
            Integer off = s.w.months.get(entry), anchored = s.w.anchoredMonths.get(entry);
            LocalDate d = off == null ? null : s.c.pub.plusMonths(off);
            // "rose in November to 7.1% from 7% the previous month": from the month named before it (ANCHORED_MONTH)
            Cand named = null;
            for (Cand x : s.out) if (x.e() <= s.ss + r.start() && x.date().month() != 0 && (named == null || x.e() > named.e())) named = x;
            if (named != null && anchored != null && !DateRoles.beforeNoun(s.sent, r.end(), entry, s.w)) {
                // "for the 12 months ended in June, from 2.6% the month before": the span a month back; a base a figure
                // is compared with, it dates only the figure right before it (DatingRule.OWN_CLAUSE)
                boolean span = named.end() != null && named.end().month() != 0 && !named.end().equals(named.date());
                s.out.add(new Cand(s.ss + r.start(), s.ss + r.end(), span ? Kind.RANGE : Kind.POINT, monthOn(named.date(), anchored),
                        span ? monthOn(named.end(), anchored) : null, false, s.lead(s.ss + r.start()).prep(),
                        FIGURE_BEFORE.matcher(s.sent.substring(0, r.start())).find(), rule));
                continue;
            }
            PartialDate month = d == null ? null : new PartialDate(d.getYear(), d.getMonthValue(), 0);
            // "up from 440,000 six months earlier": a month back from publication right after a figure is its base alone
            if (month != null && anchored != null && FIGURE_BEFORE.matcher(s.sent.substring(0, r.start())).find()) {
                s.out.add(new Cand(s.ss + r.start(), s.ss + r.end(), Kind.POINT, month, null, false, s.lead(s.ss + r.start()).prep(), true, rule));
            } else if (month != null) s.add(s.ss + r.start(), s.ss + r.end(), month, null, false);
        }
    }

    /** {@link DateRule#RELATIVE_YEAR}'s phrases of the sentence, added to {@code s.out} as {@code rule}'s. */
    static void years(SentenceDates s, DateRule rule) {
        if (!s.sent.contains("year") && !s.sent.contains("centur")) return;     // "a century ago" (YEAR|-100)
        Matcher r = s.w.relativeYear.matcher(s.sent);
        LocalDate ref = s.c.reference();
        while (ref != null && r.find()) {
            Integer off = s.w.years.get(TimeWords.entry(r.group()));
            if (off == null || s.taken(r.start(), r.end(), false)) continue;     // "the first quarter of last year"
            Cand period = off != 0 ? s.periodNamedAgain(r.start()) : null;
            if (period != null) {
                s.addMoved(s.ss + r.start(), s.ss + r.end(), period, off);
                continue;
            }
            // "in 2007, down from 164 crashes the previous year": a year before the one the sentence named (ANCHORED_YEAR)
            Cand named = null;
            for (Cand x : s.out) {
                if (x.e() <= s.ss + r.start() && x.date().month() == 0 && (named == null || x.e() > named.e())) named = x;
            }
            boolean anchored = named != null && s.w.anchoredYears.contains(TimeWords.entry(r.group()));
            PartialDate d = PartialDate.year((anchored ? named.date().year() : ref.getYear()) + off);
            if (s.firstOf(r.start(), r.end(), d)) continue;
            // "fell from about 5 million a century ago to 40,000": a year back right after the figure "from" opens is its alone
            if (off < 0 && FROM_FIGURE_BEFORE.matcher(s.sent.substring(0, r.start())).find()) {
                s.out.add(new Cand(s.ss + r.start(), s.ss + r.end(), Kind.POINT, d, null, false, s.lead(s.ss + r.start()).prep(), true, rule));
                continue;
            }
            s.add(s.ss + r.start(), s.ss + r.end(), d, null, false);
        }
        // "the first two months of the year": "the year" names the reference year only there
        Matcher t = s.w.theYear.matcher(s.sent);
        while (ref != null && t.find()) {
            if (!s.taken(t.start(), t.end(), false)) s.firstOf(t.start(), t.end(), PartialDate.year(ref.getYear()));
        }
    }

    /** The month n months on from a date's month. */
    private static PartialDate monthOn(PartialDate d, int n) {
        LocalDate m = LocalDate.of(d.year(), d.month(), 1).plusMonths(n);
        return new PartialDate(m.getYear(), m.getMonthValue(), 0);
    }
}
