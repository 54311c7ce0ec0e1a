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
 * {@link DateRule#LAST_WEEK}: a week named back from publication ({@code lexicon/past-weeks.txt}: "last week") is the
 * calendar week, Monday to Sunday, that many weeks before the week of publication ("voted against the bill last week" on
 * Wednesday 2 March 2005: 21-27 February), a span with the role its preposition gives it; not right after a noun of an
 * event over within a day ({@code keys/causes.txt}, {@code keys/durations.txt} sudden: "the earthquake last week", "last week's
 * earthquake" happened on one day of it, which the article's event gives), while one that goes on ("flooding last week") spans the week.
 */
final class LastWeeks {

    private static final Map<String, Integer> WEEKS = new HashMap<>();
    private static final Pattern PHRASE;
    private static final List<String> GATE;

    static {
        for (String l : Lexicon.lines("past-weeks.txt")) {
            String[] f = l.split("\\|");
            WEEKS.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
        }
        PHRASE = Pattern.compile("\\b(?:" + String.join("|", WEEKS.keySet().stream().map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        GATE = List.copyOf(WEEKS.keySet());
    }

    private LastWeeks() {
    }

    /** "last week's earthquake": the word after a possessive at {@code at} names a kind of event over within a day. */
    private static boolean suddenAfterPossessive(String sent, int at) {
        if (!sent.startsWith("'s ", at) && !sent.startsWith("’s ", at)) return false;
        int a = at + 3;
        while (a < sent.length() && Character.isWhitespace(sent.charAt(a))) a++;
        return EventKinds.sudden(DateRoles.nextWord(sent, a));
    }

    /** Adds the sentence's weeks named back from publication to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        if (s.c.pub == null || !s.mayHold(GATE)) return;
        Matcher m = PHRASE.matcher(s.sent);
        while (m.find()) {
            if (EventKinds.sudden(DateRoles.previousWord(s.sent, 0, m.start())) || suddenAfterPossessive(s.sent, m.end())
                    || s.taken(m.start(), m.end(), true)) continue;
            int n = WEEKS.get(m.group().toLowerCase(Locale.ROOT));
            LocalDate monday = s.c.pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(n);
            s.addSpan(s.ss + m.start(), s.ss + m.end(), PartialDate.of(monday), PartialDate.of(monday.plusDays(6)));
        }
    }
}
