package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.Locale;
import java.util.Set;

/**
 * {@link DatingRule#PRESENT_STATE}: a figure that no rule and no frame dated, whose own clause tells it in the present tense
 * ("Two of the five plants are still shut", "about 40 patients are in a critical condition"; a verb of the present,
 * {@code time-words.txt} PRESENT), with no perfect and no verb of the past ({@code running-totals.txt} HAVE, PAST: "has
 * risen", "were hurt") and nothing to come ({@code time-words.txt} FUTURE), tells how things stand on the day it is told:
 * that day is its start and its end (the day of its sentence's statement in the week up to publication, else the day of
 * publication; {@link RunningTotals#toldOn}); not an estimate nor a projection ({@code lexicon/modality.txt}).
 */
final class PresentStates {

    /** Verbs of a state in the present beyond time-words.txt PRESENT ("stands at", "involves"; lexicon present-state-verbs.txt). */
    private static final Set<String> STATE_VERBS = Set.copyOf(Lexicon.lines("present-state-verbs.txt"));

    private PresentStates() {}

    /**
     * The day the state in the clause [clause[0], clause[1]) is told, start and end, when {@code d} has no date at all and
     * the clause is of the present, and its sentence up to the clause's end {@code asserted} (no estimate, no projection,
     * lexicon modality.txt: "output is estimated at 70 mln bushels", "150,000 are feared dead"); else {@code d} as it is.
     * Nothing without a publication date.
     */
    static EventDates dated(DateContext c, PartialDate said, int[] clause, boolean asserted, EventDates d) {
        EventDates p = present(c, said, clause, asserted, d);
        return p != d ? p : AnnouncedActs.dated(c, said, clause, d);      // dating.announced-act, what this leaves
    }

    private static EventDates present(DateContext c, PartialDate said, int[] clause, boolean asserted, EventDates d) {
        if (c.pub == null || !asserted || d.start() != null || d.end() != null) return d;
        boolean present = false;
        for (int a = LetterWords.next(c.text, clause[0], clause[1]); a >= 0; ) {
            int e = LetterWords.end(c.text, a, clause[1]);
            String w = c.text.substring(a, e).toLowerCase(Locale.ROOT);
            if (c.words.perfect.contains(w) || c.words.future.contains(w) || RunningTotals.past(w)) return d;
            present |= c.words.present.contains(w) || STATE_VERBS.contains(w);
            a = LetterWords.next(c.text, e, clause[1]);
        }
        if (!present) return d;
        PartialDate day = RunningTotals.toldOn(c, said, null);
        return new EventDates(day, day, null, null, DatingRule.PRESENT_STATE);
    }
}
