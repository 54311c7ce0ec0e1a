package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.EventDates;

/**
 * {@link DatingRule#SINCE_TO_REPORT}: a count run up "since" a day, a month or a year with no end of its own ("Israeli attacks
 * have killed more than 39,000 people since October 7", "since 2010", "has since killed", {@link DatingRule#SINCE_EARLIER}) runs to the day it is told:
 * the day of publication ends it.
 */
final class RunningTotals {

    private RunningTotals() {}

    /**
     * {@link DatingRule#SINCE_TO_REPORT}: dates {@code d} whose start a "since" gave (lexicon SINCE, or the adverb of
     * {@link DatingRule#SINCE_EARLIER}) and that have no end, ended on the day of publication when it is not before the
     * start, a year alone too ("240 people had died at the mine since 1999": 1999 to the report; "since the beginning of the
     * year" is the year so far, read before). Else {@code d} as it is; nothing without a publication date.
     */
    static EventDates dated(DateContext c, EventDates d) {
        if (c.pub == null || d.start() == null || d.end() != null || TimeResolver.before(PartialDate.of(c.pub), d.start())) return d;
        boolean since = d.rule() == DatingRule.SINCE_EARLIER || d.startFrom() != null && d.startFrom().prep() != null
                && c.words.sincePreps.contains(d.startFrom().prep());
        return since ? new EventDates(d.start(), PartialDate.of(c.pub), d.startFrom(), null, DatingRule.SINCE_TO_REPORT) : d;
    }
}
