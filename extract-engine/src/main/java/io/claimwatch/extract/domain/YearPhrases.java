package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@link DateRule#YEAR}: a year after a preposition ("In 2023,", "since 2022", "the first 28 weeks of 2025"), before a noun
 * of a figure or a statistic ("the 2022 total", "Total 1986 exports") or of an event ("the 2011 earthquake"), or with a
 * verb after it ("in 1999 killed"); "the same period of 2024" moves the sentence's earlier period; a year a copula gives to
 * a subject that asks for one ("The last year the river froze over was 1963").
 */
final class YearPhrases {

    private static final List<String> SUBJECTS = new ArrayList<>();
    private static final Set<String> COPULAS = new HashSet<>();

    static {
        for (String l : Lexicon.lines("year-subjects.txt")) {
            if (l.startsWith("=")) COPULAS.add(l.substring(1));
            else SUBJECTS.add(l.toLowerCase(Locale.ROOT) + " ");
        }
    }

    private YearPhrases() {
    }

    /**
     * date.year-complement: a year at {@code at} right after a copula, in a clause that opens with a subject that asks
     * for a year ({@code lexicon/year-subjects.txt}): "The last year the river froze over was 1963".
     */
    static boolean complement(String sent, int at) {
        String before = DateRoles.previousWord(sent, 0, at);
        if (before == null || !COPULAS.contains(before)) return false;
        int open = 0;     // the clause's start: the sentence's, or past the last clause mark before the year
        for (int i = 0; i < at; i++) if (DateRoles.isBoundary(sent.charAt(i))) open = i + 1;
        String clause = sent.substring(open, at).stripLeading().toLowerCase(Locale.ROOT);
        for (String subject : SUBJECTS) if (clause.startsWith(subject)) return true;
        return false;
    }

    static void find(SentenceDates s) {
        if (!s.digits) return;
        Matcher y = CalendarDates.YEAR.matcher(s.sent);
        for (int from = 0; TextSearch.findAt(y, s.sent, from, "12"); from = y.end()) {   // a year starts 19 or 20
            if (s.taken(y.start(), y.end(), false)) continue;
            int year = Integer.parseInt(y.group());
            // "the record-breaking 2022 total of 425 deaths", "2022's toll", "the 2011 disaster"
            if (s.roles.namesAFigure(s.sent, y.end()) || s.roles.namesAnEvent(s.sent, y.start(), y.end())) {
                s.add(s.ss + y.start(), s.ss + y.end(), PartialDate.year(year), Kind.POINT, true);
                continue;
            }
            DateRoles.Lead l = s.lead(s.ss + y.start());
            if (l.prep() == null && complement(s.sent, y.start())) {
                s.add(s.ss + y.start(), s.ss + y.end(), PartialDate.year(year), Kind.POINT, false);
                continue;
            }
            if (!s.roles.yearEndsPhrase(s.sent, y.end()) && !(l.prep() != null && s.roles.verbAfter(s.sent, y.end()))) continue;
            if (l.prep() == null) continue;
            if (l.prep().equals("of") && !s.roles.afterPeriodWord(s.sent, y.start())) continue;
            // "up from 970 in the same period of 2024": the sentence's earlier period, in that year
            Cand period = s.periodNamedAgain(y.start());
            if (period != null && period.date().year() != year) {
                s.addMoved(s.ss + y.start(), s.ss + y.end(), period, year - period.date().year());
                continue;
            }
            if (s.firstOf(y.start(), y.end(), PartialDate.year(year))) continue;
            s.add(s.ss + y.start(), s.ss + y.end(), PartialDate.year(year), null, true);
        }
    }
}
