package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.Set;

/**
 * {@link DatingRule#NOW_STATE}: a state told as it stands now ("About 75% of the city is now back in government control";
 * {@code lexicon/report-now.txt} and a verb of the present, {@code time-words.txt} PRESENT, in the figure's clause), that
 * its sentence dates not, with no perfect and nothing to come, is of the day of the report: the day of publication, start
 * and end; in an article whose event the text does not date ({@link #dated}), and in one of an event that goes on, whose
 * day the text gives, instead of the span from that day to the report (ClaimExtractor's frame dating).
 */
final class NowStates {

    private final Set<String> now = Set.copyOf(Lexicon.lines("report-now.txt"));
    private final TimeWords words;

    NowStates(TimeWords words) {
        this.words = words;
    }

    /** The day of publication for a state of now in the clause [cs, ce) of an {@code undated} article; else {@code d} as it is. */
    EventDates dated(Context c, boolean undated, int cs, int ce, EventDates d) {
        if (!undated || d.start() != null || d.end() != null || c.pub == null || !now(c, cs, ce)) return d;
        PartialDate day = PartialDate.of(c.pub);
        return new EventDates(day, day, null, null, DatingRule.NOW_STATE);
    }

    /** Whether the clause [cs, ce) tells a state as of now: a word of report-now.txt and a verb of the present, no perfect, nothing to come. */
    boolean now(Context c, int cs, int ce) {
        boolean isNow = false, present = false;
        for (String w : FrameReader.words(c.text, cs, ce)) {
            if (words.perfect.contains(w) || words.future.contains(w)) return false;
            isNow |= now.contains(w);
            present |= words.present.contains(w);
        }
        return isNow && present;
    }
}
