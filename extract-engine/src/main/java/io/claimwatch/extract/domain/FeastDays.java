package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#HOLIDAY}: a day of the year named by a feast ({@code lexicon/feast-days.txt}: "on Boxing Day", "the New
 * Year's Day earthquake") is the last one on or before publication, with the role its preposition gives it.
 */
final class FeastDays {

    /** Each feast's month and day, by its name in lower case with a straight apostrophe. */
    private static final Map<String, int[]> DAYS = new HashMap<>();
    private static final Pattern PHRASE;
    private static final List<String> GATE;

    static {
        StringBuilder alt = new StringBuilder();
        for (String l : Lexicon.lines("feast-days.txt")) {
            String[] f = l.split("\\|");
            String name = key(f[0]);
            String[] md = f[1].split("-");
            DAYS.put(name, new int[] {Integer.parseInt(md[0]), Integer.parseInt(md[1])});
        }
        DAYS.keySet().stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).forEach(n -> {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(n).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"));
        });
        PHRASE = Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE);
        GATE = DAYS.keySet().stream().map(n -> n.substring(n.lastIndexOf(' ') + 1)).distinct().toList();
    }

    private FeastDays() {
    }

    /** A feast's name as a key: lower case, one space between words, a straight apostrophe. */
    private static String key(String written) {
        return TimeWords.entry(written).replace('’', '\'');
    }

    /** Adds the sentence's feast days to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        if (!s.mayHold(GATE)) return;
        Matcher h = PHRASE.matcher(s.sent);
        while (h.find()) {
            if (!Character.isUpperCase(s.sent.charAt(h.start())) || s.taken(h.start(), h.end(), true)) continue;
            int[] monthDay = DAYS.get(key(h.group()));
            int year = s.c.yearFor(monthDay[0], monthDay[1], s.roles.ahead(s.c.text, s.ss, s.ss + h.start()));
            LocalDate d = year == 0 ? null : CalendarDates.safeDate(year, monthDay[0], monthDay[1]);
            if (d != null) s.add(s.ss + h.start(), s.ss + h.end(), PartialDate.of(d), null, false);
        }
    }
}
