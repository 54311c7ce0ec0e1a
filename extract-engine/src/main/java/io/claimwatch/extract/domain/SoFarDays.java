package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Context;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import java.util.Locale;

/**
 * {@link DatingRule#SO_FAR}: a count told as reached "so far" ("So far 1,200 ballots have been counted", "40 people
 * rescued to date"; {@code time-words.txt} SO_FAR) that its sentence dates not, in an article whose event the text does
 * not date, is of the day of the report: the day of publication, start and end.
 */
final class SoFarDays {

    private final TimeWords words;

    SoFarDays(TimeWords words) {
        this.words = words;
    }

    /**
     * {@link DatingRule#SO_FAR}: a figure whose clause [cs, ce) says "so far" (a word of its own: not "up-to-date"), that
     * its sentence dates not, with no word of what is to come ("will have been counted so far"), in an article whose event
     * the text does not date ({@code undated}): the day of publication. Else {@code d} as it is; nothing without a
     * publication date.
     */
    EventDates dated(Context c, boolean undated, int cs, int ce, EventDates d) {
        if (!undated || d.start() != null || d.end() != null || c.pub == null) return d;
        if (!words.soFarWords.matcher(c.text).region(cs, ce).find()) return d;
        for (int a = LetterWords.next(c.text, cs, ce); a >= 0; ) {
            int e = LetterWords.end(c.text, a, ce);
            if (words.future.contains(c.text.substring(a, e).toLowerCase(Locale.ROOT))) return d;
            a = LetterWords.next(c.text, e, ce);
        }
        PartialDate day = PartialDate.of(c.pub);
        return new EventDates(day, day, null, null, DatingRule.SO_FAR);
    }
}
