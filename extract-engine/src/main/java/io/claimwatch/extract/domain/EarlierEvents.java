package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link DatingRule#EARLIER_EVENT}: a figure told in the simple past right after a sentence of its paragraph whose every
 * date is before the article's event's day ("Iran attacked Israel before, in April. The 300 drones and missiles it fired
 * did not get through"; "The army said it killed the commander on July 13. Those same strikes also killed at least 90
 * people" in a report of 31 July) is of that earlier event: the date the sentence before gives, as
 * {@link DatingRule#PREVIOUS_SENTENCE} reads it for an article whose event the text does not date.
 */
final class EarlierEvents {

    private EarlierEvents() {}

    /**
     * {@link DatingRule#EARLIER_EVENT}: for a figure in its clause [clause[0], clause[1]) of sentence {@code idx} that no rule
     * dated, in an article whose event the text dates ({@code frame}), the date the sentence before gives
     * ({@link TimeResolver#previousSentence}) when that sentence stands in the figure's paragraph and every date it gives (no
     * statement's, no comparison's) ends before the event's day: another, earlier event. Else {@code d} as it is. The
     * figure is keyed before this rule reads it (its key, what it measures of which event, is the sentence's own).
     */
    static EventDates dated(TimeResolver time, Context c, List<Sentences.Sentence> ss, int idx, EventFrame frame, int[] clause,
                            EventDates d) {
        if (frame.date() == null) return d;
        LocalDate event = EventFrame.firstDay(frame.date());
        if (d.start() != null || d.end() != null || idx == 0 || c.text.substring(ss.get(idx - 1).end(), ss.get(idx).start()).indexOf('\n') >= 0)
            return d;
        for (TimeResolver.Cand x : time.candidates(c, ss.get(idx - 1).start(), ss.get(idx - 1).end())) {
            PartialDate to = x.end() != null ? x.end() : x.date();
            if (!x.statement() && !x.compare() && to != null && !EventFrame.lastDay(to).isBefore(event)) return d;    // it dates the article's event too
        }
        EventDates before = time.previousSentence(c, ss, idx, true, clause[0], clause[1], d);
        PartialDate last = before.end() != null ? before.end() : before.start();
        return before != d && last != null && before.start() != null && EventFrame.lastDay(last).isBefore(event) ? before.by(DatingRule.EARLIER_EVENT) : d;
    }
}
