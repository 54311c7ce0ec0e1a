package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link DatingRule#STORY_DAY}: a story that names one day only, the day of publication or the day before, tells of that
 * day; its figures of the past that their sentences date not take it ("Thousands of hunt supporters have been out on the
 * first day of hunting ... more than 270 hunts went out on Saturday" in a Saturday's report).
 */
final class StoryDays {

    private final TimeResolver time;
    private final TimeWords words;
    private final Lexicon lx;

    StoryDays(TimeResolver time, TimeWords words, Lexicon lx) {
        this.time = time;
        this.words = words;
        this.lx = lx;
    }

    /**
     * The day of the story, for {@link DatingRule#STORY_DAY}: the one day every date phrase of the text that names a day
     * gives (none a statement's or a comparison's; a month or a year named does not count), when it is the day of
     * publication or the day before ("more than 270 hunts went out on Saturday" in a Saturday's report). Null when the text
     * names no day, two days, a range of days, or has no publication date.
     */
    PartialDate day(Context c, List<Sentences.Sentence> ss) {
        if (c.pub == null) return null;
        LocalDate day = null;
        for (Sentences.Sentence s : ss) {
            for (Cand x : time.candidates(c, s.start(), s.end())) {
                LocalDate d = x.date().toLocalDate();
                if (x.statement() || x.compare() || d == null) continue;
                if (x.kind() != Kind.POINT || day != null && !day.equals(d)) return null;
                day = d;
            }
        }
        return day == null || day.isAfter(c.pub) || day.isBefore(c.pub.minusDays(1)) ? null : PartialDate.of(day);
    }

    /**
     * {@link DatingRule#STORY_DAY}: a figure of the body [cs, ce) that its sentence dates not, told in the past or the
     * perfect ("police arrested four men", "Thousands of hunt supporters have been out"; nothing to come, no present), in an
     * article whose event the text does not date and whose {@code day} is the story's: that day. A clause of no verb ("with
     * 150 on horseback") is read with the part of its sentence [s) before it. Else {@code d} as it is.
     */
    EventDates dated(Context c, PartialDate day, Sentences.Sentence s, int cs, int ce, EventDates d) {
        if (day == null || s.kind() != Sentences.Kind.BODY || d.start() != null || d.end() != null) return d;
        // a clause of no verb ("with 150 on horseback") takes the tense of the sentence before it
        Boolean past = pastTense(c.text, cs, ce);
        if (past == null && cs > s.start()) past = pastTense(c.text, s.start(), cs);
        return Boolean.TRUE.equals(past) ? new EventDates(day, day, null, null, DatingRule.STORY_DAY) : d;
    }

    /** True for words [from, to) in the past or the perfect, false for what is to come or the present, null for neither. */
    private Boolean pastTense(String text, int from, int to) {
        Boolean past = null;
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            String w = text.substring(a, e).toLowerCase(java.util.Locale.ROOT);
            if (words.future.contains(w) || words.present.contains(w)) return false;
            if (words.perfect.contains(w) || w.length() > 3 && (w.endsWith("ed") || lx.irregularPast.contains(w))) past = true;
            a = LetterWords.next(text, e, to);
        }
        return past;
    }
}
