package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * {@link DatingRule#DAY_BEFORE}: a report published the day after its event's day tells that day's account. A figure the
 * event dates and its sentence dates not, told in the simple past ("More than 90 millimeters of rain fell", "about 30 people
 * were rescued"; the past perfect of an act, "4 inches had fallen", not "had been shut"; no perfect, no present, nothing to come), of an event that goes on for days but not for months (a flood,
 * a fire, a storm, a protest; not a war or a strike, {@code keys/durations.txt} long), is of that day alone, not a range
 * from it to the day of publication.
 */
final class DayBefore {

    private DayBefore() {}

    /**
     * The end of a figure of the article's event in the clause [clause[0], clause[1]) of a sentence from {@code ss}: the
     * event's day when {@link DatingRule#DAY_BEFORE} applies (a clause of no verb, "with 300 rescuers", takes the tense of
     * its sentence before it), else the frame's end of its count ({@link EventFrame#endOfCount}).
     */
    static PartialDate end(DateContext c, Lexicon lx, EventFrame frame, int ss, int[] clause) {
        PartialDate day = frame.date(), end = frame.endOfCount(c.pub);
        int cs = clause[0], ce = clause[1];
        if (goingOnAtReport(c, frame, day)) {
            // frame.stated-length: an event still going on at the report ("the start of a five-day strike"): what a figure
            // told in the simple past did ("flew to 85 percent of its destinations") is of its days up to the report; a plan
            // or what is to come ("plans to operate more than 60 percent of flights") of its stated days
            Boolean past = simplePast(c, lx, cs, ce);
            if (past == null && cs > ss) past = simplePast(c, lx, ss, cs);
            return Boolean.TRUE.equals(past) ? PartialDate.of(c.pub) : end;
        }
        if (c.pub == null || day == null || frame.sudden() || frame.dateEnd() != null || day.toLocalDate() == null
                || !c.pub.minusDays(1).equals(day.toLocalDate()) || goesOn(frame)) return end;
        Boolean past = simplePast(c, lx, cs, ce);
        if (past == null && cs > ss) past = simplePast(c, lx, ss, cs);
        return Boolean.TRUE.equals(past) ? day : end;
    }

    /** Whether the event started on {@code day} by the report and its stated end is after it. */
    private static boolean goingOnAtReport(DateContext c, EventFrame frame, PartialDate day) {
        java.time.LocalDate from = day == null ? null : day.toLocalDate(), to = frame.dateEnd() == null ? null : frame.dateEnd().toLocalDate();
        return c.pub != null && from != null && to != null && !c.pub.isBefore(from) && c.pub.isBefore(to);
    }

    /** An event of months (a strike, a war): its day before publication dates its start, not each figure's day. */
    private static boolean goesOn(EventFrame frame) {
        EventFrame.Span span = EventKinds.span(frame.cause());
        return span == EventFrame.Span.LONG || span == EventFrame.Span.MONTHS;
    }

    /** True for words [from, to) in the simple past, false for a perfect, the present or what is to come, null for neither. */
    private static Boolean simplePast(DateContext c, Lexicon lx, int from, int to) {
        Boolean past = null;
        for (int a = LetterWords.next(c.text, from, to); a >= 0; ) {
            int e = LetterWords.end(c.text, a, to);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            // "4 inches had fallen": the past perfect of an act is of that day too; "had been shut down as of 11:30" is a state
            if (c.words.pastPerfect.contains(w) && !pastState(c, e, to)) past = true;
            else if (c.words.perfect.contains(w) || c.words.present.contains(w) || c.words.future.contains(w)) return false;
            if (w.length() > 3 && (w.endsWith("ed") || lx.irregularPast.contains(w))) past = true;
            a = LetterWords.next(c.text, e, to);
        }
        return past;
    }

    /** Whether the word after {@code at} (before {@code to}) is a state's auxiliary of time-words.txt PAST_STATE ("been"). */
    private static boolean pastState(DateContext c, int at, int to) {
        int a = LetterWords.next(c.text, at, to);
        return a < 0 || c.words.pastState.contains(c.text.substring(a, LetterWords.end(c.text, a, to)).toLowerCase(Locale.ROOT));
    }
}
