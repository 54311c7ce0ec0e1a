package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates. Detects a publication date from a dateline near the top; resolves, for a figure, the dates
 * of the event it counts when the text fixes them: "between August 6, 2024, and May 25, 2025",
 * "on May 24", "on Wednesday" (the last Wednesday on or before the publication date: news style names
 * the weekday for events of the past week, today included), "a day after" a date, "since ... 2022";
 * and the statement date ("said Thursday", "said on May 25"). Conservative: a date is left null
 * unless its year is known (given in place, found with the same month and day elsewhere in the text,
 * or taken from the publication date).
 */
public final class TimeResolver {

    /** Event dates of a figure; either may be null. */
    public record EventDates(PartialDate start, PartialDate end) {
        static final EventDates NONE = new EventDates(null, null);
    }

    private static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "August 6, 2024" / "August 6" / "6 August 2024" / "August 2024" / "2024-08-06". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>(?:19|20)\\d{2})\\b)?"
                    + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MONTHS + ")(?:,?\\s+(?<y2>(?:19|20)\\d{2})\\b)?"
                    + "|\\b(?<m3>" + MONTHS + ")\\s+(?<y3>(?:19|20)\\d{2})\\b"
                    + "|\\b(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b([Oo]n\\s+|[Ll]ast\\s+|[Bb]y\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(['’]s\\b)?");
    /** "in March", "during September 2023", "in the 12 months to March", "since January". */
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(in|during|to|until|through|since)\\s+(?:early\\s+|late\\s+|mid-)?(" + MONTHS + ")(?:,?\\s+((?:19|20)\\d{2}))?\\b(?!\\s*\\d)");
    /** A wire dateline: "PARIS, Jan 19, 2023 (AFP) -", "KYIV, Ukraine, August 15, 2024 (Reuters) —". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[^,\\n]{1,40},(?:\\s*[^,\\n]{1,30},)?\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]");
    private static final Pattern SINCE_YEAR = Pattern.compile(
            "\\bsince\\s+(?:[\\p{L}’'-]+\\s+){0,6}?(?:in\\s+)?(?:(" + MONTHS + ")\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(a|one|two|three|four|five|six|seven|\\d)\\s+(day|days|week|weeks)\\s+(after|before)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SAID_WHEN = Pattern.compile("\\b(\\p{L}+)\\s+(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            + MONTHS + "\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d{2})?)\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern DATELINE_REST = Pattern.compile(
            "(?i)published|updated|posted|on|at|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|[ap]m|gmt|utc|\\b[A-Z]{2,4}\\b"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[,:|•·/-]");

    private final Lexicon lx;

    public TimeResolver(Lexicon lx) {
        this.lx = lx;
    }

    /** A date standing (nearly) alone on a line among the first lines of the text, or null. */
    public LocalDate detectPublicationDate(String text) {
        int lines = 0;
        int i = 0;
        while (i < text.length() && lines < 15 && i < 3000) {
            int nl = text.indexOf('\n', i);
            int e = nl < 0 ? text.length() : nl;
            String line = text.substring(i, e).strip();
            i = e + 1;
            if (line.isEmpty()) continue;
            lines++;
            Matcher dl = DATE.matcher(line.length() > 80 ? line.substring(0, 80) : line);
            if (dl.find() && full(dl) != null && DATELINE_PLACE.matcher(line.substring(0, dl.start())).matches()
                    && DATELINE_AFTER.matcher(line.substring(dl.end())).lookingAt()) return full(dl);
            if (line.length() > 60) continue;
            Matcher m = DATE.matcher(line);
            if (!m.find()) continue;
            LocalDate d = full(m);
            if (d == null) continue;
            String rest = DATELINE_REST.matcher(line.substring(0, m.start()) + line.substring(m.end())).replaceAll("").strip();
            if (rest.isEmpty()) return d;
        }
        return null;
    }

    /** Everything date-like in a text that later resolution needs. */
    public final class Context {
        final String text;
        final LocalDate pub;
        private Set<String> monthDayYears;   // "5-25-2025", computed when first needed
        int datesOf = -1;                    // the sentence start whose dates are below
        List<int[]> spans;
        List<PartialDate> dates;

        Context(String text, LocalDate pub) {
            this.text = text;
            this.pub = pub;
        }

        /** The year of a month/day without one, or 0 when unknown. */
        int yearFor(int month, int day) {
            if (monthDayYears == null) {
                monthDayYears = new HashSet<>();
                // a full date has a year: look only around the years of the text, not the whole text
                Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                char[] a = text.toCharArray();
                int n = a.length;
                for (int i = 0; i + 4 <= n; i++) {
                    char c = a[i];
                    if (c != '1' && c != '2' || i > 0 && Tok.isDigit(a[i - 1])) continue;
                    if (!Tok.isDigit(a[i + 1]) || !Tok.isDigit(a[i + 2]) || !Tok.isDigit(a[i + 3])
                            || i + 4 < n && Tok.isDigit(a[i + 4])) continue;
                    m.region(Math.max(0, i - 30), Math.min(n, i + 10));
                    while (m.find()) {
                        LocalDate d = full(m);
                        if (d != null) monthDayYears.add(d.getMonthValue() + "-" + d.getDayOfMonth() + "-" + d.getYear());
                    }
                    i += 3;
                }
            }
            int found = 0;
            for (String k : monthDayYears) {
                if (k.startsWith(month + "-" + day + "-")) {
                    int y = Integer.parseInt(k.substring(k.lastIndexOf('-') + 1));
                    if (found != 0 && found != y) return 0;
                    found = y;
                }
            }
            if (found != 0) return found;
            if (pub != null) {
                LocalDate d = safeDate(pub.getYear(), month, day);
                if (d == null) return 0;
                return d.isAfter(pub.plusDays(7)) ? pub.getYear() - 1 : pub.getYear();
            }
            return 0;
        }
    }

    public Context context(String text, LocalDate pub) {
        return new Context(text, pub);
    }

    /**
     * Event dates of a figure in the sentence [ss, se), the figure spanning [ms, me), its clause
     * [cs, ce).
     */
    public EventDates eventDates(Context c, int ss, int se, int ms, int me, int cs, int ce) {
        if (cs < ss) cs = ss;
        if (ce > se) ce = se;
        String sent = c.text.substring(ss, se);
        // between DATE and DATE / from DATE to DATE
        if (c.datesOf != ss) {                     // the dates of a sentence, once for all its figures
            c.spans = new ArrayList<>();
            c.dates = new ArrayList<>();
            if (hasDigit(sent)) {
                Matcher m = DATE.matcher(sent);
                while (m.find()) {
                    c.spans.add(new int[] {ss + m.start(), ss + m.end()});
                    c.dates.add(partial(c, m));
                }
            }
            c.datesOf = ss;
        }
        List<int[]> spans = c.spans;
        List<PartialDate> dates = c.dates;
        for (int i = 0; i + 1 < dates.size(); i++) {
            String pre = c.text.substring(Math.max(ss, spans.get(i)[0] - 9), spans.get(i)[0]).toLowerCase(Locale.ROOT);
            String mid = c.text.substring(spans.get(i)[1], spans.get(i + 1)[0]).toLowerCase(Locale.ROOT).replaceAll("[,\\s]+", " ").strip();
            if ((pre.endsWith("between ") && mid.equals("and") || pre.endsWith("from ") && (mid.equals("to") || mid.equals("until")))
                    && dates.get(i) != null && dates.get(i + 1) != null && spans.get(i)[0] > me - 400) {
                return new EventDates(dates.get(i), dates.get(i + 1));
            }
        }
        // "a day after" + an explicit date earlier in the sentence
        String beforeFigure = c.text.substring(cs, Math.max(cs, ms));
        Matcher r = RELATIVE.matcher(beforeFigure);
        if ((beforeFigure.contains("fter") || beforeFigure.contains("efore")) && r.find()) {
            int relAt = cs + r.start();
            for (int i = dates.size() - 1; i >= 0; i--) {
                if (spans.get(i)[1] <= relAt && dates.get(i) != null && dates.get(i).toLocalDate() != null) {
                    int n = count(r.group(1));
                    long days = r.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7L * n : n;
                    LocalDate base = dates.get(i).toLocalDate();
                    LocalDate d = r.group(3).equalsIgnoreCase("after") ? base.minusDays(days) : base.plusDays(days);
                    return new EventDates(PartialDate.of(d), PartialDate.of(d));
                }
            }
        }
        // "on May 24" in the clause (not right after a reporting verb)
        for (int i = 0; i < dates.size(); i++) {
            int a = spans.get(i)[0];
            if (a < cs || a >= ce || dates.get(i) == null) continue;
            String pre = c.text.substring(Math.max(cs, a - 4), a).toLowerCase(Locale.ROOT);
            if (!pre.endsWith("on ") || afterReportingVerb(c.text, cs, a - 3)) continue;
            return new EventDates(dates.get(i), dates.get(i));
        }
        // "on Wednesday", "Sunday's election", "by Monday" in the clause, else in the sentence (the
        // nearest before the figure). The weekday is the last one on or before publication: news
        // names today's weekday too ("on Wednesday" in a Wednesday paper is today).
        if (c.pub != null) {
            EventDates wd = weekdayIn(c, cs, ce, -1);
            if (wd == null) wd = weekdayIn(c, ss, se, ms);
            if (wd != null) return wd;
        }
        // "in March", "in the 12 months to March"
        Matcher mo = MONTH_ONLY.matcher(c.text.substring(cs, ce));
        while (mo.find()) {
            if (afterReportingVerb(c.text, cs, cs + mo.start())) continue;
            int month = monthOf(mo.group(2));
            int year;
            if (mo.group(3) != null) year = Integer.parseInt(mo.group(3));
            else if (c.pub != null) year = month > c.pub.getMonthValue() ? c.pub.getYear() - 1 : c.pub.getYear();
            else continue;
            PartialDate d = new PartialDate(year, month, 0);
            String prep = mo.group(1);
            if (prep.equals("since")) return new EventDates(d, null);
            if (prep.equals("to") || prep.equals("until") || prep.equals("through")) return new EventDates(null, d);
            return new EventDates(d, d);
        }
        // "since the full-scale invasion in 2022"
        String toEnd = c.text.substring(cs, se);
        Matcher since = SINCE_YEAR.matcher(toEnd);
        while ((toEnd.contains("ince") || toEnd.contains("INCE")) && since.find()) {
            int year = Integer.parseInt(since.group(2));
            int month = since.group(1) == null ? 0 : monthOf(since.group(1));
            return new EventDates(new PartialDate(year, month, 0), null);
        }
        return EventDates.NONE;
    }

    /** "said Thursday", "said on May 25", "announced on Wednesday" in the sentence. */
    public PartialDate statementDate(Context c, int ss, int se) {
        String sent = c.text.substring(ss, se);
        if (sent.indexOf("day") < 0 && !DIGIT.matcher(sent).find()) return null;
        Matcher m = SAID_WHEN.matcher(sent);
        while (m.find()) {
            if (!lx.reportingVerbs.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
            String what = m.group(2);
            if (lx.weekdays.containsKey(what.toLowerCase(Locale.ROOT))) {
                if (c.pub != null) return weekday(c.pub, what);
                continue;
            }
            Matcher d = DATE.matcher(what);
            if (d.find()) {
                PartialDate p = partial(c, d);
                if (p != null) return p;
            }
        }
        return null;
    }

    /** The weekday phrase in [from, to) (the last one before {@code before} when it is not -1), or null. */
    private EventDates weekdayIn(Context c, int from, int to, int before) {
        String span = c.text.substring(from, to);
        if (!span.contains("day")) return null;
        Matcher w = WEEKDAY.matcher(span);
        EventDates found = null;
        while (w.find()) {
            String prep = w.group(1) == null ? "" : w.group(1).strip().toLowerCase(Locale.ROOT);
            boolean possessive = w.group(3) != null;
            if (prep.isEmpty() && !possessive) continue;
            if (afterReportingVerb(c.text, from, from + w.start())) continue;
            PartialDate d = weekday(c.pub, w.group(2));
            EventDates e = prep.equals("by") ? new EventDates(null, d) : new EventDates(d, d);
            if (before < 0) return e;
            if (from + w.start() > before && found != null) break;
            found = e;
            if (from + w.start() > before) break;
        }
        return found;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Tok.isDigit(s.charAt(i))) return true;
        return false;
    }

    private boolean afterReportingVerb(String text, int cs, int at) {
        String before = text.substring(Math.max(cs, at - 20), at).strip();
        int sp = before.lastIndexOf(' ');
        String w = (sp < 0 ? before : before.substring(sp + 1)).toLowerCase(Locale.ROOT);
        return lx.reportingVerbs.contains(w);
    }

    private PartialDate weekday(LocalDate pub, String name) {
        int dow = lx.weekdays.get(name.toLowerCase(Locale.ROOT));
        return PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow))));
    }

    private PartialDate partial(Context c, Matcher m) {
        LocalDate d = full(m);
        if (d != null) return PartialDate.of(d);
        if (m.group("m3") != null) return new PartialDate(Integer.parseInt(m.group("y3")), monthOf(m.group("m3")), 0);
        String mo = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String da = m.group("d1") != null ? m.group("d1") : m.group("d2");
        if (mo == null || da == null) return null;
        int month = monthOf(mo), day = Integer.parseInt(da);
        int y = c.yearFor(month, day);
        if (y == 0) return null;
        LocalDate ld = safeDate(y, month, day);
        return ld == null ? null : PartialDate.of(ld);
    }

    private LocalDate full(Matcher m) {
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

    private int monthOf(String name) {
        Integer m = lx.months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return m == null ? 0 : m;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return m == 0 ? null : LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int count(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> Integer.parseInt(w);
        };
    }
}
