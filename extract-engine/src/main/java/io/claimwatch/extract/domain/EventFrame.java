package io.claimwatch.extract.domain;

import java.time.LocalDate;

/**
 * The event an article reports, read from its headline, dateline and lead: its kind ("earthquake"),
 * its place, its name where it has one ("hurricane irma"), the date it happened where the text
 * gives it, and the window of days it can have happened in. The article's claims inherit it unless
 * their own sentence names another event.
 *
 * @param date the event's day, month or year as the text states it; null when it does not
 * @param dateEnd the end of a stated period (a strike "from March 4 to 9"); null otherwise
 * @param earliest the first day of the event's window, or null when nothing bounds it
 * @param latest the last day of the window, or null
 */
public record EventFrame(String cause, Places places, String eventName, PartialDate date, PartialDate dateEnd,
                         boolean sudden, LocalDate earliest, LocalDate latest) {

    /**
     * How long events of a kind go on, which decides how far apart two reports of one event may date
     * it: {@code slackDays} either side of a stated date, and, with no date stated, {@code horizonDays}
     * before publication. A quake is over in a day; a flood or a fire goes on for weeks; a war, a
     * drought or an outbreak for months or years, and its reports date it by its start, its peak or the
     * day of the count; a strike for days to a few months ({@code MONTHS}: one company's walkouts a year
     * apart are two strikes).
     */
    enum Span {
        SUDDEN(3, 45), SEASONAL(30, 120), MONTHS(90, 365), LONG(365, 730),
        /** A period stated for a figure of no event (a month's payrolls): exactly that period. */
        EXACT(0, 45);

        final int slackDays;
        final int horizonDays;

        Span(int slackDays, int horizonDays) {
            this.slackDays = slackDays;
            this.horizonDays = horizonDays;
        }
    }

    /**
     * The end of what a figure dated by this frame counts: the stated end of the event's period; else,
     * for a sudden event, its day; else, for an event that goes on (a fire, a flood, a strike), the
     * day of the report, {@code pub}: a toll or a count the article gives without a date of its own
     * runs from the event's start to then. Null when nothing fixes it.
     */
    PartialDate endOfCount(LocalDate pub) {
        if (dateEnd != null) return dateEnd;
        if (sudden || date == null) return date;
        return pub != null && date.toLocalDate() != null && !pub.isBefore(date.toLocalDate()) ? PartialDate.of(pub) : null;
    }

    /** The places, in the form of a key's place ("@LY derna"). */
    public String place() {
        return places.key();
    }

    public static final EventFrame NONE = new EventFrame("", Places.NONE, "", null, null, false, null, null);

    /** The window of an event stated to have happened at [start, end] (either may be null, not both). */
    static LocalDate[] window(PartialDate start, PartialDate end, Span span) {
        PartialDate a = start != null ? start : end;
        PartialDate b = end != null ? end : start;
        return new LocalDate[] {firstDay(a).minusDays(span.slackDays), lastDay(b).plusDays(span.slackDays)};
    }

    /** The window of an event an article published on {@code pub} reports without dating it. */
    static LocalDate[] windowBefore(LocalDate pub, Span span) {
        return new LocalDate[] {pub.minusDays(span.horizonDays), pub.plusDays(1)};
    }

    static boolean overlap(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        if (a1 == null || b1 == null) return true;
        return !a1.isAfter(b2) && !b1.isAfter(a2);
    }

    /** The first day of a day, month or year. */
    static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    /** The last day of a day, month or year. */
    static LocalDate lastDay(PartialDate d) {
        if (d.month() == 0) return LocalDate.of(d.year(), 12, 31);
        LocalDate m = LocalDate.of(d.year(), d.month(), 1);
        return d.day() == 0 ? m.withDayOfMonth(m.lengthOfMonth()) : m.withDayOfMonth(Math.min(d.day(), m.lengthOfMonth()));
    }
}
