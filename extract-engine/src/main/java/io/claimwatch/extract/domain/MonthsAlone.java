package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * {@link DateRule#MONTH_ALONE}: a month named alone after a preposition ("in March", "since mid-August"), or after "last"
 * ("Last May": the latest one before the month of publication); a later month than the publication's is last year's, unless the
 * sentence speaks of what is to come ({@code date.month-ahead}: "the board's next meetings in March and May", "the plant will
 * close in January": the next such month after publication).
 */
final class MonthsAlone {

    private MonthsAlone() {
    }

    /** The months alone of the sentence; with {@code ahead} only those it speaks of as to come ({@code date.month-ahead}). */
    static void find(SentenceDates s, boolean ahead) {
        Matcher mo = s.w.monthAlone.matcher(s.sent);
        for (int from = 0; TextSearch.findAtWordStart(mo, s.sent, from, s.w.monthFirsts, s.w.monthStarts); from = mo.end()) {
            if (s.taken(mo.start(), mo.end(), false)) continue;
            boolean last = s.w.previousBefore.matcher(s.sent.substring(Math.max(0, mo.start() - 6), mo.start())).find();
            if (!last && s.lead(s.ss + mo.start()).prep() == null) continue;
            int month = s.dates.monthOf(mo.group(1));
            LocalDate r = s.c.reference();
            if (month == 0 || r == null || last && s.c.pub == null) continue;
            // a later month than the publication's is last year's; with no publication date the
            // reference is only a lower bound, so its year is kept; "last May" in May is a year back
            int year = s.c.pub != null && (month > r.getMonthValue() || last && month == r.getMonthValue()) ? r.getYear() - 1 : r.getYear();
            if (ahead) {
                // "the board's next meetings in March and May", "the plant will close in January": the next such month
                // after publication (lexicon FUTURE, INFINITIVE before it), this year's or the next year's
                if (last || s.c.pub == null || !s.roles.ahead(s.c.text, s.ss, s.ss + mo.start())) continue;
                year = month >= s.c.pub.getMonthValue() ? s.c.pub.getYear() : s.c.pub.getYear() + 1;
                s.taken(mo.start(), mo.end(), true);
            }
            PartialDate d = new PartialDate(year, month, 0);
            if (s.firstOf(mo.start(), mo.end(), d)) continue;
            if (last) s.add(s.ss + mo.start(), s.ss + mo.end(), d, TimeResolver.Kind.POINT, false);
            else s.add(s.ss + mo.start(), s.ss + mo.end(), d, null, true);
        }
    }
}
