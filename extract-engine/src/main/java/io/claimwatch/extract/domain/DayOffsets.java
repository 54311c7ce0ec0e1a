package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.EventDates;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * {@link DatingRule#OFFSET_FROM_DATE}: "a day after", "two weeks before" in the figure's clause, after a day named earlier in
 * the sentence, is that day moved by the offset ("The storm hit on March 3, and a day after it 40 homes were flooded").
 */
final class DayOffsets {

    private DayOffsets() {}

    /** The day the offset before the figure moves the nearest day named before it to, or null. */
    static EventDates fromDate(FigureDates f) {
        String beforeFigure = f.text().substring(f.cs(), Math.max(f.cs(), f.ms()));
        Matcher r = f.w().offset.matcher(beforeFigure);
        if (!r.find()) return null;
        int relAt = f.cs() + r.start();
        for (int i = f.cands().size() - 1; i >= 0; i--) {
            Cand d = f.cands().get(i);
            if (d.e() <= relAt && d.kind() == Kind.POINT && d.date().toLocalDate() != null) {
                long days = (long) f.w().count(r.group(1)) * f.w().spanDays.get(r.group(2).toLowerCase(Locale.ROOT));
                int direction = f.w().directions.get(r.group(3).toLowerCase(Locale.ROOT));
                LocalDate x = d.date().toLocalDate().minusDays(direction * days);
                // the phrase, for explanations: the day and the offset from it
                Cand moved = new Cand(d.s(), f.cs() + r.end(), Kind.POINT, PartialDate.of(x), null, false, d.prep(), d.rule());
                return new EventDates(PartialDate.of(x), PartialDate.of(x), moved, moved);
            }
        }
        return null;
    }
}
