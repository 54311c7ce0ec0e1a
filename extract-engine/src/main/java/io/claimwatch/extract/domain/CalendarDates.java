package io.claimwatch.extract.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates of the date phrases {@link TimeWords#date} finds, month names by {@code lexicon/months.txt}.
 * (The publication date and the story's dateline are not decided here but by ingest-engine's
 * {@code PublicationDating}, which {@link ClaimExtractor} calls when it is not given them.)
 */
final class CalendarDates {

    /** What follows the date of a wire dateline: "(Reuters) -", "-". */
    static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]");
    static final Pattern YEAR = Pattern.compile("(?<![\\d,.$£€-])(?:19|20)\\d{2}(?![\\d,.]\\d)");

    private final Lexicon lx;

    CalendarDates(Lexicon lx) {
        this.lx = lx;
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
