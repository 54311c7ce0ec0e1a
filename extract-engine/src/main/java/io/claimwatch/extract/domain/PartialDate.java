package io.claimwatch.extract.domain;

import java.time.LocalDate;

/** A date known to the year, the month or the day; month/day 0 = unknown. */
public record PartialDate(int year, int month, int day) {

    public PartialDate {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
        if (day < 0 || day > 31) throw new IllegalArgumentException("day " + day);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day without month");
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** The month of a day. */
    public static PartialDate month(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), 0);
    }

    public static PartialDate year(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** "2024", "2024-08" or "2024-08-06". */
    public String toIso() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The full date, or null when month or day is unknown. */
    public LocalDate toLocalDate() {
        return month == 0 || day == 0 ? null : LocalDate.of(year, month, day);
    }

    /** Whether a stated date is a month or a year, not a day (a missing end or start counts as one). */
    static boolean period(PartialDate d) {
        return d == null || d.day() == 0;
    }

    @Override
    public String toString() {
        return toIso();
    }
}
