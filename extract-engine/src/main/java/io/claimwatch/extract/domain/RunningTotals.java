package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;

/**
 * {@link DatingRule#SINCE_TO_REPORT}: a count run up "since" a day with no end of its own ("Israeli attacks have killed more
 * than 39,000 people since October 7", "has since killed", {@link DatingRule#SINCE_EARLIER}) runs to the day it is told:
 * the day of publication ends it.
 */
final class RunningTotals {

    private RunningTotals() {}

    /**
     * {@link DatingRule#SINCE_TO_REPORT}: dates {@code d} whose start a "since" gave (lexicon SINCE, or the adverb of
     * {@link DatingRule#SINCE_EARLIER}) and that have no end, ended on the day of publication when it is not before the
     * start; not a year alone ("since 2008", "since the beginning of the year": the year so far is read after). Else {@code d} as it is; nothing without a publication date.
     */
    static EventDates dated(DateContext c, EventDates d) {
        if (c.pub == null || d.start() == null || d.start().month() == 0 || d.end() != null
                || d.start().toLocalDate() != null && d.start().toLocalDate().isAfter(c.pub)) return d;
        boolean since = d.rule() == DatingRule.SINCE_EARLIER || d.startFrom() != null && d.startFrom().prep() != null
                && c.words.sincePreps.contains(d.startFrom().prep());
        return since ? new EventDates(d.start(), PartialDate.of(c.pub), d.startFrom(), null, DatingRule.SINCE_TO_REPORT) : d;
    }
}
