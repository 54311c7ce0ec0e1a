package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "date.weekday-zone-ahead": an article that tells a clock time where the event happened and, in parentheses right
 * after it, the same moment in the zone its paper is dated in ("began at midnight (6 p.m. EST on Sunday)", "started
 * officially at midnight (7 p.m. EDT)"), where the place's clock is up to 14 hours ahead and past midnight when the
 * zone's is not (in 12-hour clocks, or in 24-hour ones with "local time": "at 0300 local time (1900 GMT)"), is a day ahead of its publication date: a weekday it names that is the day after publication ("went on
 * strike on Monday" in a Sunday's paper) is that next day, not the one six days back. Zones and the words of midnight
 * and noon are in {@code lexicon/zone-clocks.txt}. Read once an article ({@link DateContext#dayAheadOfZone}).
 */
final class ZoneClocks {

    static final String RULE = "date.weekday-zone-ahead";

    /** The most a place's clock is ahead of the paper's zone (UTC+14 against UTC): more is a clock behind it. */
    private static final int MAX_AHEAD = 14;

    private static final Set<String> MIDNIGHT = Lexicon.keyedWords("zone-clocks.txt", "midnight");
    private static final Set<String> NOON = Lexicon.keyedWords("zone-clocks.txt", "noon");
    private static final Set<String> ZONES = Lexicon.keyedWords("zone-clocks.txt", "zone");
    /** "6 p.m.", "3:51pm", "midnight" where it happened, "local time" or a weekday after it, then "(7 p.m. EDT". */
    private static final Pattern PAIR = Pattern.compile("(?i)(?:(?<lh>\\d{1,2})(?:[:.](?<lm>\\d\\d))?\\s*(?<la>[ap])\\.?\\s?m\\b\\.?|\\b(?<lw>"
            + String.join("|", MIDNIGHT) + "|" + String.join("|", NOON) + ")\\b)(?:\\s+(?:local\\s+time|(?:on\\s+)?\\p{L}+day))?[\"”’]?\\s*\\("
            + "(?<oh>\\d{1,2})(?:[:.](?<om>\\d\\d))?\\s*(?<oa>[ap])\\.?\\s?m\\b\\.?\\s+(?-i:(?<zone>\\p{Lu}{2,4}))\\b");

    /**
     * The same pair in 24-hour clocks: four digits (a colon between or not) and "local time", a weekday or not, then
     * "(1900 GMT": "struck at 0300 local time on Monday (1900 GMT on Sunday)".
     */
    private static final Pattern PAIR24 = Pattern.compile("(?i)(?<![\\d:.,])(?<lh>[01]\\d|2[0-3]):?(?<lm>[0-5]\\d)\\s+local\\s+time"
            + "(?:\\s+(?:on\\s+)?\\p{L}+day)?\\s*\\((?<oh>[01]\\d|2[0-3]):?(?<om>[0-5]\\d)\\s+(?-i:(?<zone>\\p{Lu}{2,4}))\\b");

    private ZoneClocks() {}

    /** Whether the text tells a clock of the place a day ahead of its parenthesised clock in the paper's zone. */
    static boolean dayAhead(String text) {
        if (text.indexOf('(') < 0) return false;
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            if (!ZONES.contains(m.group("zone").toLowerCase(Locale.ROOT))) continue;
            int local = minutes(m);
            int other = hours(m.group("oh"), m.group("om"), m.group("oa"));
            if (local < 0 || other < 0) continue;
            int ahead = Math.floorMod(local - other, 24 * 60);
            if (ahead > 0 && ahead <= MAX_AHEAD * 60 && local < other) return true;
        }
        Matcher h = PAIR24.matcher(text);
        while (h.find()) {
            if (!ZONES.contains(h.group("zone").toLowerCase(Locale.ROOT))) continue;
            int local = Integer.parseInt(h.group("lh")) * 60 + Integer.parseInt(h.group("lm"));
            int other = Integer.parseInt(h.group("oh")) * 60 + Integer.parseInt(h.group("om"));
            int ahead = Math.floorMod(local - other, 24 * 60);
            if (ahead > 0 && ahead <= MAX_AHEAD * 60 && local < other) return true;
        }
        return false;
    }

    /** The place's clock in minutes after midnight; -1 when unread. */
    private static int minutes(Matcher m) {
        String w = m.group("lw");
        if (w != null) return MIDNIGHT.contains(w.toLowerCase(Locale.ROOT)) ? 0 : 12 * 60;
        return hours(m.group("lh"), m.group("lm"), m.group("la"));
    }

    /** "6", "30", "p": minutes after midnight; -1 for an hour past 12. */
    private static int hours(String h, String min, String ap) {
        int hour = Integer.parseInt(h);
        if (hour < 1 || hour > 12) return -1;
        int mins = min == null ? 0 : Integer.parseInt(min);
        boolean pm = ap.equalsIgnoreCase("p");
        return ((hour % 12) + (pm ? 12 : 0)) * 60 + mins;
    }
}
