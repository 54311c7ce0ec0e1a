package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;

/**
 * Whether a date of a figure's clause is a comparison's that does not date the figure ({@link DatingRule#OWN_CLAUSE}): the
 * base of a comparison ("up 9% from September") dates only the figure it names ("October's £3.6bn"); "from 7% the previous
 * month", a month named back from another, and "from about 5 million a century ago to 400,000", a year counted back after a
 * figure "from" opens, date only the figure right before them; a "since" after a superlative dates what
 * is compared when the figure stands before it ("the deadliest attack since October 7"), not a figure inside the comparison.
 */
final class ComparedDates {

    private ComparedDates() {}

    /** Whether {@code d}, a date of the figure's clause, is a comparison's that does not date the figure of {@code f}. */
    static boolean compared(FigureDates f, Cand d) {
        if (SamePeriods.base(f.text(), f.ss(), d.s())) return !namesFigure(f, d);
        return d.compare() && (base(f, d) ? !namesFigure(f, d)
                : d.rule() == DateRule.RELATIVE_MONTH || d.rule() == DateRule.RELATIVE_YEAR ? !figureRightBefore(f, d)
                : comparedAfter(f, d));
    }

    /** A comparison's date after "from" ({@link DateRoles#comparisonBase}), not after a "since". */
    private static boolean base(FigureDates f, Cand d) {
        return d.prep() != null && f.w().preps.get(d.prep()) == Kind.START && !f.w().sincePreps.contains(d.prep());
    }

    /** "October's £3.6bn": a date of a comparison that names the figure right after it, whose date it is. */
    private static boolean namesFigure(FigureDates f, Cand d) {
        if (d.e() > f.ms() || f.ms() - d.e() > 4) return false;
        String mid = f.text().substring(d.e(), f.ms()).replace('’', '\'');
        return mid.startsWith("'s") && mid.substring(2).strip().chars().allMatch(ch -> !Character.isLetterOrDigit(ch));
    }

    /** "215,000 the month before", "the 13.7% rise the previous month": the figure ends at most two words before d. */
    private static boolean figureRightBefore(FigureDates f, Cand d) {
        if (f.me() > d.s()) return false;
        String mid = f.text().substring(f.me(), d.s()).strip();
        return mid.isEmpty() || mid.split("\\s+").length <= 2 && mid.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ');
    }

    /** Whether the "since" before a comparison's date d stands after the figure: the figure is what is compared. */
    private static boolean comparedAfter(FigureDates f, Cand d) {
        // a "since" that opens between the figure's end and the date's start: looked for there, not back to the text's start
        return f.me() <= d.s() && TextSearch.indexOf(f.text(), "since", f.me(), Math.min(f.text().length(), d.s() + "since".length())) >= 0;
    }
}
