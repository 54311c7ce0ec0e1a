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

    /** "has", "have": the perfect of the present ({@code lexicon/present-perfect.txt}). */
    private static final java.util.Set<String> PRESENT_PERFECT = java.util.Set.copyOf(Lexicon.lines("present-perfect.txt"));

    /** Kinds of event whose lead tells the acts of its latest day ({@code keys/news-day-kinds.txt}). */
    private static final java.util.Set<String> NEWS_DAY_KINDS = java.util.Set.copyOf(Lexicon.resourceLines("/keys/news-day-kinds.txt"));

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

    /**
     * {@link DatingRule#LEAD_NEWS_DAY}: the one day the lead sentence [ls, le) names, as {@link #lead} reads it, when it is a
     * later day than the article's event's, a strike or a protest (keys/news-day-kinds.txt: the lead tells the acts of its latest
     * day; a wildfire's, a flood's or a storm's tells how far it has spread), or null.
     */
    static EventDates after(TimeResolver time, Context c, int ls, int le, EventFrame frame) {
        EventDates d = lead(time, c, ls, le);
        if (d == null || frame.sudden() || !NEWS_DAY_KINDS.contains(frame.cause())) return null;
        LocalDate day = d.start().toLocalDate(), event = (frame.dateEnd() != null ? frame.dateEnd() : frame.date()).toLocalDate();
        return event == null || !day.isAfter(event) ? null : new EventDates(d.start(), d.end(), d.startFrom(), d.endFrom(), DatingRule.LEAD_NEWS_DAY);
    }

    /**
     * dating.lead-news-day: the clause [clause[0], clause[1]) tells what stands or runs on at the report, which keeps the event's
     * span (the present, "has" or "have", what is to come, a progressive: "A contingent of 600 firefighters was battling the blaze",
     * "Another 1,500 structures are threatened", "hundreds of houses and buildings have been lost"), or a change in the perfect (a word of lexicon PERFECT and a verb of
     * change-verbs.txt: "the strike had cut production ... by 230,000 to 250,000 barrels per day", "4 percent of total gas
     * production has also been cut"), a change run up since the event began: it keeps the event's span.
     */
    static boolean changedSince(TimeResolver time, Lexicon lx, Context c, int[] clause) {
        boolean perfect = false, change = false;
        String before = null;
        for (int a = LetterWords.next(c.text, clause[0], clause[1]); a >= 0; ) {
            int e = LetterWords.end(c.text, a, clause[1]);
            String w = c.text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            TimeWords tw = time.words();
            // what stands or runs on: the present, the perfect of the present, what is to come, a progressive ("was battling")
            if (tw.present.contains(w) || tw.future.contains(w) || PRESENT_PERFECT.contains(w)
                    || w.endsWith("ing") && before != null && lx.linkingVerbs.contains(before)) return true;
            perfect |= tw.perfect.contains(w);
            change |= lx.changeVerbs.contains(w);
            before = w;
            a = LetterWords.next(c.text, e, clause[1]);
        }
        return perfect && change;
    }
}
