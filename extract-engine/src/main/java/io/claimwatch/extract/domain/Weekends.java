package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#WEEKEND}: a weekend named from publication ({@code lexicon/weekends.txt}: "the weekend", "this weekend",
 * "last weekend") is a Saturday and the Sunday after it, a span with the role its preposition gives it. "the weekend" and
 * "this weekend" are the weekend of publication or the last one before it ("Qantas had taken the drastic step at the weekend
 * to ground all flights" on Sunday 30 October 2011: 29-30 October; "it lost another A$40 million at the weekend" on a Tuesday:
 * the Saturday and Sunday before); one in a sentence of what is to come ("expected to rise this weekend") is left undated; "last
 * weekend" (N weeks back) the weekend before the calendar week of publication. Not a weekend a word before names ("the Memorial
 * Day weekend", "opening weekend": no entry matches), nor right after a noun of an event over within a day ({@code
 * keys/causes.txt}, {@code keys/durations.txt} sudden: "a bigger quake at the weekend" struck on one day of it, which the
 * article's event gives).
 */
final class Weekends {

    private static final Map<String, Integer> WEEKS = new HashMap<>();
    private static final Pattern PHRASE;
    private static final List<String> GATE = List.of("weekend");

    static {
        for (String l : Lexicon.lines("weekends.txt")) {
            String[] f = l.split("\\|");
            WEEKS.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
        }
        PHRASE = Pattern.compile("\\b(?:" + String.join("|", WEEKS.keySet().stream().map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    private Weekends() {
    }

    /** A noun of an event over within a day right before the phrase at {@code at}, or before the one preposition there. */
    private static boolean afterSudden(String sent, int at) {
        String w = DateRoles.previousWord(sent, 0, at);
        if (EventKinds.sudden(w)) return true;
        if (w == null || w.length() > 6) return false;
        int i = at;
        while (i > 0 && Character.isWhitespace(sent.charAt(i - 1))) i--;
        return EventKinds.sudden(DateRoles.previousWord(sent, 0, i - w.length()));
    }

    /** Adds the sentence's weekends to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        if (s.c.pub == null || !s.mayHold(GATE)) return;
        Matcher m = PHRASE.matcher(s.sent);
        while (m.find()) {
            // "expected to reach 35 degrees this weekend": a weekend to come is left undated (no event's day of the past)
            if (afterSudden(s.sent, m.start()) || s.taken(m.start(), m.end(), true) || s.roles.ahead(s.c.text, s.ss, s.ss + m.start())) continue;
            int n = WEEKS.get(m.group().toLowerCase(Locale.ROOT));
            LocalDate saturday = n > 0
                    ? s.c.pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(n - 1L).minusDays(2)
                    : s.c.pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            s.addSpan(s.ss + m.start(), s.ss + m.end(), PartialDate.of(saturday), PartialDate.of(saturday.plusDays(1)));
        }
    }
}
