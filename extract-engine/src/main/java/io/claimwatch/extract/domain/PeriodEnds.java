package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DateRule#PERIOD_END}: the last day of a period named as its end ({@code lexicon/period-ends.txt}): "at the end of
 * June" (the latest June over, or the next one in a sentence of what is to come), "at the end of 2008", "by the end of
 * 2013", "at the end of the first quarter", "the end of last year", "at year end", "by year's end". A stock or a state
 * told at that moment ("The insurance fund stood at about $45 billion at the end of June") is of that day, not of the
 * month or the year the phrase names; a deadline to come ("by the end of 2013" told in July 2013) is left to the other rules. "Year end" only after a preposition ("a year-end bonus" names no moment). "The end of the year" and "year end" with no year are the year of reference's
 * when the sentence speaks of what is to come or "by" leads the phrase, else the latest year over.
 */
final class PeriodEnds {

    private static final List<String> ENDS = new ArrayList<>(), YEAR_ENDS = new ArrayList<>();
    /** Every word of the lexicon in lower case: a sentence holding none of them has no period end. */
    private static final List<String> ANY = new ArrayList<>();

    static {
        for (String line : Lexicon.lines("period-ends.txt")) {
            String[] f = line.split("\\|");
            (f[1].equals("END") ? ENDS : YEAR_ENDS).add(f[0]);
            ANY.add(f[0].toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** "the end of ", "end of " (the article kept in the phrase, so that the preposition before it leads it). */
    private static final Pattern END_OF = Pattern.compile("(?i)(?<![\\p{L}-])(?:the\\s+)?" + TimeWords.words(ENDS) + "\\s+of\\s+");
    /** "year end", "year's end", "year-end". */
    private static final Pattern YEAR_END = Pattern.compile("(?i)(?<![\\p{L}-])" + TimeWords.words(YEAR_ENDS) + "(?![\\p{L}-])");
    /** After "end of": a month and maybe its year, a year, or a relative year ("last year", "the year"). */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<m>\\p{Lu}\\p{Ll}+\\.?)(?:,?\\s+(?<y>(?:19|20)\\d{2}))?(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile("(?<y>(?:19|20)\\d{2})(?![\\p{L}\\d-])");

    private PeriodEnds() {
    }

    /** Adds the sentence's period ends to {@code s.out}, each taken from the later rules. */
    static void find(SentenceDates s) {
        LocalDate ref = s.c.reference();
        if (ref == null || !s.mayHold(ANY)) return;
        Matcher m = END_OF.matcher(s.sent);
        while (m.find()) {
            int at = m.end();
            LocalDate day = null;
            int end = -1;
            boolean ahead = s.roles.ahead(s.c.text, s.ss, s.ss + m.start()) || byBefore(s, m.start());
            Matcher q = s.w.yearPart.matcher(s.sent).region(at, s.sent.length());
            Matcher my = MONTH_YEAR.matcher(s.sent).region(at, s.sent.length());
            Matcher y = YEAR.matcher(s.sent).region(at, s.sent.length());
            Matcher rel = s.w.theYear.matcher(s.sent).region(at, s.sent.length());
            if (y.lookingAt()) {
                day = LocalDate.of(Integer.parseInt(y.group("y")), 12, 31);
                end = y.end();
            } else if (my.lookingAt() && s.dates.monthOf(my.group("m")) != 0) {
                int month = s.dates.monthOf(my.group("m"));
                int year = my.group("y") != null ? Integer.parseInt(my.group("y"))
                        : latest(ref, month, ahead);
                day = YearMonth.of(year, month).atEndOfMonth();
                end = my.end();
            } else if (q.lookingAt()) {
                int len = s.w.yearParts.get(TimeWords.entry(q.group("part")));
                Integer k = s.w.ordinals.get(TimeWords.entry(q.group("ord")));
                if (k == null || k < 1 || k > 12 / len) continue;
                int lastMonth = k * len;
                Integer year = q.group("year") != null ? Integer.valueOf(q.group("year")) : relYear(s, q.group("rel"), ref, ahead);
                if (year == null) year = latest(ref, lastMonth, ahead);
                day = YearMonth.of(year, lastMonth).atEndOfMonth();
                end = q.end();
            } else {
                String r = rel.lookingAt() ? rel.group() : relativeYear(s, at);
                Integer year = relYear(s, r, ref, ahead);   // null where no relative year stands there
                if (year == null) continue;
                day = LocalDate.of(year, 12, 31);
                end = at + r.length();
            }
            if (day == null || deadline(s, m.start(), day, ref) || s.taken(m.start(), end, true)) continue;
            s.add(s.ss + m.start(), s.ss + end, PartialDate.of(day), null, false);
        }
        Matcher ye = YEAR_END.matcher(s.sent);
        while (ye.find()) {
            // "a 3,000 franc year-end bonus": before a noun, no moment; only after a preposition ("at year end", "by year's end")
            String prev = DateRoles.previousWord(s.c.text, s.ss, s.ss + ye.start());
            if (prev == null || !s.w.preps.containsKey(prev)) continue;
            boolean ahead = s.roles.ahead(s.c.text, s.ss, s.ss + ye.start()) || byBefore(s, ye.start());
            int year = ahead || ref.getMonthValue() == 12 && ref.getDayOfMonth() == 31 ? ref.getYear() : ref.getYear() - 1;
            if (deadline(s, ye.start(), LocalDate.of(year, 12, 31), ref) || s.taken(ye.start(), ye.end(), true)) continue;
            s.add(s.ss + ye.start(), s.ss + ye.end(), PartialDate.of(LocalDate.of(year, 12, 31)), null, false);
        }
    }

    /** A relative year right at {@code at} ("last year", "this year": time-words.txt YEAR), as written, or null. */
    private static String relativeYear(SentenceDates s, int at) {
        String rest = s.sent.substring(at).toLowerCase(Locale.ROOT);
        String best = null;
        for (String k : s.w.years.keySet()) {
            if (rest.startsWith(k) && (rest.length() == k.length() || !Character.isLetter(rest.charAt(k.length())))
                    && (best == null || k.length() > best.length())) best = k;
        }
        return best == null ? null : s.sent.substring(at, at + best.length());
    }

    /** The year a relative phrase names: "last year" one back, "the year" the year of reference to come, else the latest over. */
    private static Integer relYear(SentenceDates s, String rel, LocalDate ref, boolean ahead) {
        if (rel == null) return null;
        Integer off = s.w.years.get(TimeWords.entry(rel));
        if (off != null) return ref.getYear() + off;
        return ahead ? ref.getYear() : ref.getYear() - 1;
    }

    /** The year of the latest month {@code month} over by the reference date, or the next one's in a sentence of what is to come. */
    private static int latest(LocalDate ref, int month, boolean ahead) {
        LocalDate last = YearMonth.of(ref.getYear(), month).atEndOfMonth();
        if (ahead) return last.isBefore(ref) ? ref.getYear() + 1 : ref.getYear();
        return last.isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
    }

    /**
     * "by the end of 2013", "until the end of June", "by year's end" after publication: a plan's or a forecast's deadline, left
     * to the rules before (a year named is the year's; the end of a period to come dates no figure of the sentence after it
     * and no key: "will start shipping nearly 1 million bottles next week and hopes to distribute 4 million by year's end").
     */
    private static boolean deadline(SentenceDates s, int at, LocalDate day, LocalDate ref) {
        return day.isAfter(ref) && byBefore(s, at);
    }

    /** "by the end of", "by year's end": a deadline, of the period to come. */
    private static boolean byBefore(SentenceDates s, int at) {
        String w = DateRoles.previousWord(s.c.text, s.ss, s.ss + at);
        return w != null && (w.equals("by") || w.equals("until"));
    }
}
