package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * {@link DateRule#SEASON}: a season as the three months it spans ({@code lexicon/time-words.txt} SEASON, SEASON_WHICH).
 * "last summer" (or "this past summer") is the latest one over before the reference date: June to August of the year
 * before in January, of the same year from September; "last winter" in March 2005 is December 2004 to February 2005. "the
 * summer of 2004", "autumn 2004" are that year's (a winter with a year is left: it spans two); "this summer" is left (a
 * season going on or to come).
 */
final class Seasons {

    private Seasons() {
    }

    /** Adds the sentence's seasons to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        LocalDate ref = s.c.reference();
        if (ref == null || !s.mayHold(s.w.seasonWords)) return;
        Matcher m = s.w.season.matcher(s.sent);
        while (m.find()) {
            boolean named = m.group("which") != null;
            int first = s.w.seasons.get(TimeWords.entry(named ? m.group("s") : m.group("s2")));
            int year;
            if (!named) {
                if (first == 12) continue;
                year = Integer.parseInt(m.group("y"));
            } else {
                // the latest season whose last month is over before the reference month
                year = first == 12 ? (ref.getMonthValue() > 2 ? ref.getYear() - 1 : ref.getYear() - 2)
                        : ref.getMonthValue() > first + 2 ? ref.getYear() : ref.getYear() - 1;
            }
            if (s.taken(m.start(), m.end(), true)) continue;
            LocalDate to = LocalDate.of(year, first, 1).plusMonths(2);
            s.addSpan(s.ss + m.start(), s.ss + m.end(), new PartialDate(year, first, 0), new PartialDate(to.getYear(), to.getMonthValue(), 0));
        }
    }
}
