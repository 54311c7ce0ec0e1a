package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#HOLIDAY} and {@link DateRule#NAMED_DAY}, read from {@code lexicon/feast-days.txt}. A day of the year
 * named by a feast, a fixed day ("on Boxing Day", "the New Year's Day earthquake") or the nth weekday of a month ("on
 * Thanksgiving", the fourth Thursday of November), is the last one on or before publication, with the role its
 * preposition gives it; a feast of one word is no day right before a lower-case word ("a Thanksgiving dinner"). A day an
 * event of one year is known by ("9/11"; "the Sept. 11 hijackers", a month and day right before a noun of that event) is
 * that day of that year, not this year's.
 */
final class FeastDays {

    /** A feast's day: a fixed month and day, or the nth weekday of a month; or one day of one year. */
    private record Feast(int month, int day, int nth, int weekday, LocalDate once, boolean beforeNoun) {
    }

    /** The feasts and named days, by their name in lower case with a straight apostrophe. */
    private static final Map<String, Feast> DAYS = new HashMap<>();
    /** Nouns of the event a day is known by ("attacks", "hijackers"). */
    private static final Set<String> NOUNS = new HashSet<>();
    private static final Pattern FEAST;
    private static final Pattern NAMED;
    private static final List<String> FEAST_GATE;
    private static final List<String> NAMED_GATE;

    static {
        for (String l : Lexicon.lines("feast-days.txt")) {
            String[] f = l.split("\\|");
            if (f[1].equals("NOUN")) {
                NOUNS.add(f[0].toLowerCase(Locale.ROOT));
                continue;
            }
            Feast d;
            if (f.length == 4) d = new Feast(Integer.parseInt(f[1]), 0, Integer.parseInt(f[2]), Integer.parseInt(f[3]), null, false);
            else if (f[1].length() == 10) d = new Feast(0, 0, 0, 0, LocalDate.parse(f[1]), f.length > 2);
            else {
                String[] md = f[1].split("-");
                d = new Feast(Integer.parseInt(md[0]), Integer.parseInt(md[1]), 0, 0, null, false);
            }
            DAYS.put(key(f[0]), d);
        }
        FEAST = pattern(true);
        NAMED = pattern(false);
        FEAST_GATE = gate(true);
        NAMED_GATE = gate(false);
    }

    private FeastDays() {
    }

    /** The names of feasts ({@code feasts}) or of days of one year, longest first, as written but for case. */
    private static Pattern pattern(boolean feasts) {
        StringBuilder alt = new StringBuilder();
        DAYS.entrySet().stream().filter(e -> (e.getValue().once() == null) == feasts).map(Map.Entry::getKey)
                .sorted((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b)).forEach(n -> {
                    if (alt.length() > 0) alt.append('|');
                    alt.append(Pattern.quote(n).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"));
                });
        // "9/11" but not "9/11/2019"; no name inside a word
        return Pattern.compile("(?<![\\p{L}\\d/])(?:" + alt + ")(?![\\p{L}\\d/])", Pattern.CASE_INSENSITIVE);
    }

    private static List<String> gate(boolean feasts) {
        return DAYS.entrySet().stream().filter(e -> (e.getValue().once() == null) == feasts)
                .map(e -> e.getKey().substring(e.getKey().lastIndexOf(' ') + 1)).distinct().toList();
    }

    /** A feast's name as a key: lower case, one space between words, a straight apostrophe. */
    private static String key(String written) {
        return TimeWords.entry(written).replace('’', '\'');
    }

    /** The lower-case word right after [.., at) of the sentence, or null when the next word is capitalised or none. */
    private static String lowerWordAfter(String sent, int at) {
        int a = at;
        while (a < sent.length() && sent.charAt(a) == ' ') a++;
        if (a == at || a >= sent.length() || !Character.isLowerCase(sent.charAt(a))) return null;
        int e = a;
        while (e < sent.length() && Character.isLetter(sent.charAt(e))) e++;
        return sent.substring(a, e);
    }

    /** The day of a feast in {@code year}. */
    private static LocalDate dayIn(Feast f, int year) {
        if (f.nth() == 0) return CalendarDates.safeDate(year, f.month(), f.day());
        LocalDate first = LocalDate.of(year, f.month(), 1);
        DayOfWeek w = DayOfWeek.of(f.weekday());
        if (f.nth() < 0) return first.with(TemporalAdjusters.lastInMonth(w));
        return first.with(TemporalAdjusters.dayOfWeekInMonth(f.nth(), w));
    }

    /** {@link DateRule#HOLIDAY}: adds the sentence's feast days to {@code s.out}, each taken from the later rules. */
    static void feasts(SentenceDates s) {
        if (!s.mayHold(FEAST_GATE)) return;
        Matcher h = FEAST.matcher(s.sent);
        while (h.find()) {
            if (!Character.isUpperCase(s.sent.charAt(h.start()))) continue;
            String name = key(h.group());
            if (name.indexOf(' ') < 0 && lowerWordAfter(s.sent, h.end()) != null) continue;   // "a Thanksgiving dinner"
            if (s.taken(h.start(), h.end(), true)) continue;
            Feast f = DAYS.get(name);
            boolean ahead = s.roles.ahead(s.c.text, s.ss, s.ss + h.start());
            LocalDate d;
            if (f.nth() == 0) {
                int year = s.c.yearFor(f.month(), f.day(), ahead);
                d = year == 0 ? null : dayIn(f, year);
            } else {
                LocalDate ref = s.c.reference();
                d = ref == null ? null : dayIn(f, ref.getYear());
                if (d != null && d.isAfter(ref.plusDays(ahead ? DateContext.AHEAD_DAYS : DateContext.SOON_DAYS))) d = dayIn(f, ref.getYear() - 1);
            }
            if (d != null) s.add(s.ss + h.start(), s.ss + h.end(), PartialDate.of(d), null, false);
        }
    }

    /** {@link DateRule#NAMED_DAY}: adds the sentence's days of one year named by their date, each taken from the later rules. */
    static void named(SentenceDates s) {
        if (!s.mayHold(NAMED_GATE)) return;
        Matcher h = NAMED.matcher(s.sent);
        while (h.find()) {
            if (Character.isLowerCase(s.sent.charAt(h.start()))) continue;
            Feast f = DAYS.get(key(h.group()));
            if (f.beforeNoun() && !NOUNS.contains(String.valueOf(lowerWordAfter(s.sent, h.end())))) continue;
            if (s.c.pub != null && f.once().isAfter(s.c.pub) || s.taken(h.start(), h.end(), true)) continue;
            s.add(s.ss + h.start(), s.ss + h.end(), PartialDate.of(f.once()), null, false);
        }
    }
}
