package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;

/**
 * {@link DatingRule#LEAD_DAY}: the day of the news, when no event is dated. News leads with its newest day; a lead that names
 * one day only ("Ford Motor Co told owners ... on Thursday to stop driving 2013 model Ford Escape", "Mattel Inc, on Tuesday
 * announced a third recall", "Brazilian authorities identified a small oil leak ... on Saturday"), a statement's day too (the
 * act told is the news: a recall, a filing, a leak found), on or before publication, dates the article's figures that nothing
 * else dates ("Ford recalled about 11,500 new 2013 model Ford Escape SUVs", "The latest recall involves 73,320 Escapes").
 * Read once an article, and only where the article's event is undated and no story day is known ({@link StoryDays}), for
 * figures of the body after the lead (a lead with a body after it: a sentence alone is no lead): in the lead's own sentence
 * a statement's day dates the statement, not the figure ("At least 14 people were treated in hospital, the mayor told
 * reporters on Friday"), and a headline keeps no date.
 */
final class NewsDays {

    private NewsDays() {}

    /**
     * The dates of the one day the lead sentence [ls, le) names (every date phrase of it, a statement's too, no comparison's,
     * gives that same day, on or before publication), or null.
     */
    static EventDates lead(TimeResolver time, Context c, int ls, int le) {
        if (c.pub == null) return null;
        Cand day = null;
        for (Cand x : time.candidates(c, ls, le)) {
            if (x.compare()) continue;
            LocalDate d = x.date().toLocalDate();
            if (x.kind() == Kind.RANGE || d == null || day != null && !day.date().equals(x.date())) return null;
            if (day == null) day = x;
        }
        if (day == null || day.date().toLocalDate().isAfter(c.pub)) return null;
        return new EventDates(day.date(), day.date(), day, day, DatingRule.LEAD_DAY);
    }
}
