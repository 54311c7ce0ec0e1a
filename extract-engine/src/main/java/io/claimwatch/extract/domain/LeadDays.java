package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rule "date.weekday-lead-ahead": a lead (the article's first sentence of its body, with more after it) that names the weekday of the day after
 * publication, bare (not "last Monday", not "next Monday", not a name: "Good Friday"), tells of that next day, not of the
 * one six days back: news leads with its newest day, and a paper dated in a zone behind the place of the news (a wire's
 * Sunday story of Monday in Australia: "An Australian tribunal ordered Qantas Airways on Monday to put its planes back into
 * the air" in a Sunday's paper; "Asiana Airlines on Wednesday said it grounded one of its Boeing 777 jets" in a Tuesday's)
 * or a lead of what is to come ("Air France expects to cancel about 200 flights on Sunday" in a Saturday's) names the day
 * after its date. The whole article then reads that weekday as the next day, as it does for a place whose clocks are a day
 * ahead ({@link ZoneClocks}). Read once an article ({@link DateContext#dayAheadOfZone}).
 */
final class LeadDays {

    static final String RULE = "date.weekday-lead-ahead";

    private LeadDays() {}

    /** Whether the lead [from, to) of {@code c}'s text names, bare, the weekday of the day after publication. */
    static boolean ahead(DateContext c, int from, int to) {
        if (c.pub == null || from < 0 || to <= from) return false;
        String lead = c.text.substring(from, to);
        if (!lead.contains("day")) return false;
        TimeWords w = c.words;
        int next = c.pub.plusDays(1).getDayOfWeek().getValue();
        Matcher m = w.weekday.matcher(lead);
        for (int at = 0; TextSearch.findAtWordStart(m, lead, at, w.weekdayFirsts, w.weekdayStarts); at = m.end()) {
            if (w.weekdayOf(m.group(1)) != next) continue;
            String before = lead.substring(Math.max(0, m.start() - 12), m.start());
            if (w.previousBefore.matcher(before).find()) continue;      // "last Monday"
            int[] word = AdjacentWords.before(before, before.length());
            String prev = word == null ? null : before.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
            if (prev != null && (w.weekdayNameWords.contains(prev) || NextWeekdays.pointsForward(prev))) continue;   // "Good Friday", "next Monday"
            return true;
        }
        return false;
    }
}
