package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a text: a wire dateline ("PARIS, Jan 19, 2023 (AFP) -"), a date line
 * ("Published 10:42 GMT, May 6, 2025") or a byline segment ("Wire Staff | March 3, 2022") among the
 * first lines; a wire dateline without a year takes the year the lead's weekday fixes.
 */
final class PublicationDates {

    /** A wire dateline: "PARIS, Jan 19, 2023 (AFP) -", "KYIV, Ukraine, August 15, 2024 (Reuters) —". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[^,\\n]{1,40},(?:\\s*[^,\\n]{1,30},)?\\s*$");
    static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]");
    /** Separators of a byline or date line: "Bloomberg Businessweek | August 30, 2011". */
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|•·]\\s");
    static final Pattern YEAR = Pattern.compile("(?<![\\d,.$£€-])(?:19|20)\\d{2}(?![\\d,.]\\d)");

    private final Lexicon lx;
    private final TimeWords words;
    private final DateRoles roles;

    PublicationDates(Lexicon lx, TimeWords words, DateRoles roles) {
        this.lx = lx;
        this.words = words;
        this.roles = roles;
    }

    /** A date standing (nearly) alone on a line among the first lines of the text, or null. */
    LocalDate detect(String text) {
        int lines = 0;
        int i = 0;
        while (i < text.length() && lines < 15 && i < 3000) {
            int nl = text.indexOf('\n', i);
            int e = nl < 0 ? text.length() : nl;
            String line = text.substring(i, e).strip();
            i = e + 1;
            if (line.isEmpty()) continue;
            lines++;
            Matcher dl = words.date.matcher(line.length() > 80 ? line.substring(0, 80) : line);
            if (dl.find() && DATELINE_PLACE.matcher(line.substring(0, dl.start())).matches()
                    && DATELINE_AFTER.matcher(line.substring(dl.end())).lookingAt()) {
                LocalDate d = full(dl);
                if (d != null) return d;
                d = yearlessDateline(text, dl, line.substring(dl.end()));
                if (d != null) return d;
            }
            // "May 6, 2025", "Published 10:42 GMT, May 6, 2025", "Bloomberg Businessweek | August 30, 2011"
            if (line.length() > 120) continue;
            for (String seg : SEPARATORS.split(line)) {
                if (seg.length() > 60) continue;
                LocalDate d = aloneIn(seg);
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * The date of a wire dateline without a year ("SEVILLE, Aug 12 (Reuters) - ... on Tuesday"): the
     * year, among those the text names and the year after each, in which the dateline's day falls on
     * the weekday the lead names, else in which the lead's weekday is the day before it (a story filed
     * the morning after); the latest such year. Null when the lead names no weekday, the text names
     * no year or no candidate fits.
     */
    private LocalDate yearlessDateline(String text, Matcher dl, String rest) {
        String mo = dl.group("m1") != null ? dl.group("m1") : dl.group("m2");
        String da = dl.group("d1") != null ? dl.group("d1") : dl.group("d2");
        if (mo == null || da == null) return null;
        int month = monthOf(mo), day = Integer.parseInt(da);
        int end = rest.indexOf(". ");
        String lead = end < 0 ? rest : rest.substring(0, end);
        DayOfWeek named = null;
        for (Matcher w = words.weekday.matcher(lead); w.find(); ) {
            if (roles.isWeekdayDate(lead, w.start(), w.end())) {
                named = DayOfWeek.of(lx.weekdays.get(w.group(1).toLowerCase(Locale.ROOT)));
                break;
            }
        }
        if (named == null) return null;
        Set<Integer> years = new HashSet<>();
        for (Matcher y = YEAR.matcher(text); y.find(); ) {
            int v = Integer.parseInt(y.group());
            years.add(v);
            years.add(v + 1);
        }
        for (int before = 0; before <= 1; before++) {
            LocalDate best = null;
            for (int y : years) {
                LocalDate d = safeDate(y, month, day);
                if (d != null && d.minusDays(before).getDayOfWeek() == named && (best == null || d.isAfter(best))) best = d;
            }
            if (best != null) return best;
        }
        return null;
    }

    /** The full date of a short line or segment that holds nothing else but dateline words, or null. */
    private LocalDate aloneIn(String seg) {
        Matcher m = words.date.matcher(seg);
        if (!m.find()) return null;
        LocalDate d = full(m);
        if (d == null) return null;
        String rest = words.datelineRest.matcher(seg.substring(0, m.start()) + seg.substring(m.end())).replaceAll("").strip();
        return rest.isEmpty() ? d : null;
    }

    /** The full date a match of {@link TimeWords#date} names, or null when it lacks its year or is no date. */
    LocalDate full(Matcher m) {
        try {
            if (m.group("iy") != null) {
                return LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id")));
            }
            String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
            String mo = m.group("m1") != null ? m.group("m1") : m.group("m2");
            String da = m.group("d1") != null ? m.group("d1") : m.group("d2");
            if (y == null || mo == null || da == null) return null;
            return safeDate(Integer.parseInt(y), monthOf(mo), Integer.parseInt(da));
        } catch (RuntimeException e) {
            return null;
        }
    }

    int monthOf(String name) {
        Integer m = lx.months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return m == null ? 0 : m;
    }

    static LocalDate safeDate(int y, int m, int d) {
        try {
            return m == 0 ? null : LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
