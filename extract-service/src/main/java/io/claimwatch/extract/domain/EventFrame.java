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
public record EventFrame(String cause, PlaceFinder.Places places, String eventName, PartialDate date, PartialDate dateEnd,
                         boolean sudden, LocalDate earliest, LocalDate latest) {

    /** How many days either side of a stated date a sudden event (a quake) may be dated by other reports. */
    static final int SUDDEN_SLACK_DAYS = 3;
    /** The same for an event that goes on (a flood, a war, a strike): reports date it by its start, its peak or its end. */
    static final int PROLONGED_SLACK_DAYS = 60;
    /** With no date stated, how long before publication a sudden event can have happened and still be reported. */
    static final int SUDDEN_HORIZON_DAYS = 45;
    /** The same for an event that goes on. */
    static final int PROLONGED_HORIZON_DAYS = 365;

    /** The places, in the form of a key's place ("@LY derna"). */
    public String place() {
        return places.key();
    }

    public static final EventFrame NONE = new EventFrame("", PlaceFinder.Places.NONE, "", null, null, false, null, null);

    /** The window of an event stated to have happened at [start, end] (either may be null, not both). */
    static LocalDate[] window(PartialDate start, PartialDate end, boolean sudden) {
        PartialDate a = start != null ? start : end;
        PartialDate b = end != null ? end : start;
        int slack = sudden ? SUDDEN_SLACK_DAYS : PROLONGED_SLACK_DAYS;
        return new LocalDate[] {firstDay(a).minusDays(slack), lastDay(b).plusDays(slack)};
    }

    /** The window of an event an article published on {@code pub} reports without dating it. */
    static LocalDate[] windowBefore(LocalDate pub, boolean sudden) {
        return new LocalDate[] {pub.minusDays(sudden ? SUDDEN_HORIZON_DAYS : PROLONGED_HORIZON_DAYS), pub.plusDays(1)};
    }

    static boolean overlap(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        if (a1 == null || b1 == null) return true;
        return !a1.isAfter(b2) && !b1.isAfter(a2);
    }

    private static LocalDate firstDay(PartialDate d) {
        return LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    private static LocalDate lastDay(PartialDate d) {
        if (d.month() == 0) return LocalDate.of(d.year(), 12, 31);
        LocalDate m = LocalDate.of(d.year(), d.month(), 1);
        return d.day() == 0 ? m.withDayOfMonth(m.lengthOfMonth()) : m.withDayOfMonth(Math.min(d.day(), m.lengthOfMonth()));
    }
}
