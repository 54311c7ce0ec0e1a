package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.List;

/**
 * {@link DatingRule#SUDDEN_EVENT_DAY}: a toll ({@code keys/tolls.txt}: killed, injured, missing ...) of an event over within a
 * day ({@code keys/durations.txt} sudden) whose day the figure's sentence names with the event's noun ("the earthquake in
 * western Turkey on August 17", "the quake that struck on March 3", "Friday's bombing", "the August 7 blast") is of that day,
 * whatever later day the toll "reached" or "rose to" it ("... reached 17,997 on Tuesday") or none.
 */
final class SuddenEventDays {

    /** Words at most between a sudden event's noun and its day before it ("the quake that struck southern Peru on March 3"). */
    private static final int NEAR_BEFORE = 6;
    /** Words at most between a day and the sudden event's noun after it ("Friday's deadly bombing"). */
    private static final int NEAR_AFTER = 3;

    /** The words of a fate ({@code lexicon/sudden-fates.txt}), one of which the figure's clause holds. */
    private static final java.util.Set<String> FATES = java.util.Set.copyOf(Lexicon.lines("sudden-fates.txt"));

    private SuddenEventDays() {}

    /**
     * The dates of a toll in sentence s, its clause [clause[0], clause[1]) holding a word of a fate, now dated start..end: the one day the sentence names with a sudden event's noun, when
     * it lies on or before publication and start..end is not before it. Else null.
     */
    static EventDates dated(TimeResolver time, Context c, Sentences.Sentence s, int[] clause, PartialDate start, PartialDate end) {
        if (c.pub == null || FrameReader.words(c.text, clause[0], clause[1]).stream().noneMatch(FATES::contains)) return null;
        Cand day = null;
        for (Cand x : time.candidates(c, s.start(), s.end())) {
            if (x.statement() || x.date().day() == 0 || x.kind() == TimeResolver.Kind.RANGE) continue;
            // "the first since Friday's bombing": the preposition and the comparison are the event's, the day before its noun is its day
            boolean point = !x.compare() && x.kind() != TimeResolver.Kind.START && x.kind() != TimeResolver.Kind.END;
            if (!suddenAfter(c.text, x.e(), s.end()) && !(point && suddenBefore(c.text, s.start(), x.s()))) continue;
            if (day != null && !day.date().equals(x.date())) return null;     // two events' days: which is the toll's is not told
            day = x;
        }
        if (day == null || EventFrame.firstDay(day.date()).isAfter(c.pub)) return null;
        PartialDate own = end != null ? end : start;
        if (own != null && TimeResolver.before(own, day.date())) return null;
        return EventDates.of(day).by(DatingRule.SUDDEN_EVENT_DAY);
    }

    /** "Friday's bombing", "the August 7 blast": a sudden event's noun among the words after the day, none past a stop. */
    private static boolean suddenAfter(String text, int e, int to) {
        List<String> ws = FrameReader.words(text, e, DatedKinds.stop(text, e, to, 1));
        int n = 0;
        for (String w : ws) {
            if (w.isEmpty() || w.equals("s")) continue;     // the possessive's "s"
            if (EventKinds.sudden(w)) return true;
            if (++n == NEAR_AFTER) return false;
        }
        return false;
    }

    /** "the earthquake in western Turkey on August 17": a sudden event's noun among the words before the day, none past a stop. */
    private static boolean suddenBefore(String text, int from, int s) {
        List<String> ws = FrameReader.words(text, DatedKinds.stop(text, s, from, -1), s);
        for (int i = ws.size() - 1; i >= Math.max(0, ws.size() - NEAR_BEFORE); i--) if (EventKinds.sudden(ws.get(i))) return true;
        return false;
    }
}
