package io.claimwatch.extract.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates. Detects a publication date from a dateline, a date line or a byline segment near the top;
 * resolves, for a figure, the dates of the event it counts when the text fixes them: every date
 * phrase of the sentence is a candidate with the role its preposition gives it (the day: "on May 24",
 * "on Wednesday", "In 2023,"; the start: "since ... on September 22"; the end: "as of 11 June"; a
 * range: "between August 6, 2024, and May 25, 2025"), and the figure takes those of its own clause,
 * else those of the clause of the nearest date before it (see {@link #eventDates}). Weekdays are the
 * last one on or before the publication date (news names today's weekday too). Also the statement
 * date ("said Thursday", "said on May 25"). Conservative: a date is left null unless its year is
 * known (given in place, found with the same month and day elsewhere in the text, or taken from the
 * publication date, else from the text's latest full date). Words in {@code lexicon/time-words.txt}.
 */
public final class TimeResolver {

    /** Event dates of a figure; either may be null. */
    public record EventDates(PartialDate start, PartialDate end) {
        static final EventDates NONE = new EventDates(null, null);
    }

    /** A month's name or abbreviation as written ("September", "Sept.", "Sep"), from {@code lexicon/months.txt}. */
    private static final String MONTHS = Lexicon.capitalised(Lexicon.get().months.keySet()) + "\\.?";
    /** Weekday names ({@code lexicon/weekdays.txt}). */
    private static final String WEEKDAYS = Lexicon.capitalised(Lexicon.get().weekdays.keySet());
    /** "August 6, 2024" / "August 6" / "6 August 2024" / "August 2024" / "2024-08-06". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>(?:19|20)\\d{2})\\b)?"
                    + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MONTHS + ")(?:,?\\s+(?<y2>(?:19|20)\\d{2})\\b)?"
                    + "|\\b(?<m3>" + MONTHS + ")\\s+(?<y3>(?:19|20)\\d{2})\\b"
                    + "|\\b(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})\\b");
    /** "last " right before a weekday. */
    private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\blast\\s+$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + WEEKDAYS + ")\\b(['’]s\\b)?");
    /** A month named alone: "in March", "since January", "in mid-August" (not "March 5", not "March 2024"). */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?<![\\p{L}\\d])(" + Lexicon.capitalised(Lexicon.fullNames(Lexicon.get().months)) + "|" + Lexicon.capitalised(
                    abbreviations(Lexicon.get().months)) + "\\.)(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)");
    /** A year named as a deadline or target, which says nothing of when the text was written: "by 2030". */
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:by|until|till|before|to)\\s+$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$£€-])(?:19|20)\\d{2}(?![\\d,.]\\d)");
    /** "the first 10 days of " before a month named alone. */
    private static final Pattern FIRST_DAYS_OF = Pattern.compile("(?i)\\bthe first (\\d{1,2}) days of\\s+$");
    /** "25-27 June", "June 25-27, 2018": a range of days of one month. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "\\b(?<a1>\\d{1,2})\\s*[-–]\\s*(?<b1>\\d{1,2})\\s+(?<m1>" + MONTHS + ")(?:,?\\s+(?<y1>(?:19|20)\\d{2})\\b)?"
                    + "|\\b(?<m2>" + MONTHS + ")\\s+(?<a2>\\d{1,2})\\s*[-–]\\s*(?<b2>\\d{1,2})\\b(?:,?\\s+(?<y2>(?:19|20)\\d{2})\\b)?");
    /** A time of day: "11:30", "5pm", "p.m."; a bare "5" only before "a.m."/"p.m." (see lead()). */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[ap]\\.?m\\.?)?|\\d{1,2}[ap]\\.?m\\.?|[ap]\\.m\\.?");
    private static final Pattern MERIDIEM = Pattern.compile("[ap]\\.?m\\.?");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
    /** Auxiliaries of the passive: "were reported on Monday" dates the event, not a statement. */
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is", "are", "being");
    /** A wire dateline: "PARIS, Jan 19, 2023 (AFP) -", "KYIV, Ukraine, August 15, 2024 (Reuters) —". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[^,\\n]{1,40},(?:\\s*[^,\\n]{1,30},)?\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(a|one|two|three|four|five|six|seven|\\d)\\s+(day|days|week|weeks)\\s+(after|before)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Separators of a byline or date line: "Bloomberg Businessweek | August 30, 2011". */
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|•·]\\s");
    private static final Pattern DATELINE_REST = Pattern.compile(
            "(?i)published|publish|updated|last updated|posted|on|at|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|[ap]m|gmt|utc|\\b[A-Z]{2,4}\\b"
                    + "|" + WEEKDAYS + "|[,:|•·/-]");

    /** The names of a name|number lexicon that are not the full name of their number ("sept", "jan"). */
    private static Set<String> abbreviations(Map<String, Integer> names) {
        Set<String> out = new HashSet<>(names.keySet());
        out.removeAll(Lexicon.fullNames(names));
        return out;
    }

    private final Lexicon lx;
    private final Map<String, Kind> preps = new HashMap<>();      // "since" -> START, "and" -> null
    private final Set<String> fillers = new HashSet<>();
    private final Set<String> periods = new HashSet<>();
    private final Map<String, String[]> days = new HashMap<>();   // "yesterday" -> {-1}, "overnight" -> {-1, 0}
    private final Map<String, Integer> years = new HashMap<>();   // "last year" -> -1
    private final Map<String, Integer> months = new HashMap<>();  // "last month" -> -1
    private final Set<String> breaks = new HashSet<>();
    private final Set<String> same = new HashSet<>();
    private final Set<String> superlatives = new HashSet<>();
    private final Set<String> clauseWords = new HashSet<>();
    private final Pattern relativeDay;
    private final Pattern relativeYear;
    private final Pattern relativeMonth;
    private final Pattern samePeriod;
    private final Pattern breakWord;

    public TimeResolver(Lexicon lx) {
        this.lx = lx;
        for (String[] f : lx.timeWords) {
            String w = f[0].toLowerCase(Locale.ROOT);
            switch (f[1]) {
                case "FILLER" -> fillers.add(w);
                case "PERIOD" -> periods.add(w);
                case "DAY" -> days.put(w, f[2].split("\\.\\."));
                case "YEAR" -> years.put(w, Integer.parseInt(f[2]));
                case "MONTH" -> months.put(w, Integer.parseInt(f[2]));
                case "BREAK" -> breaks.add(w);
                case "SAME" -> same.add(w);
                case "COMPARE" -> superlatives.add(w);
                case "CLAUSE" -> clauseWords.add(w);
                case "BETWEEN", "AND" -> preps.put(w, null);
                default -> preps.put(w, Kind.valueOf(f[1]));
            }
        }
        relativeDay = alternation(days.keySet());
        relativeYear = alternation(years.keySet());
        relativeMonth = alternation(months.keySet());
        samePeriod = Pattern.compile(alternation(same).pattern() + "\\s*(?:(?:of|in)\\s+)?$", Pattern.CASE_INSENSITIVE);
        breakWord = alternation(breaks);
    }

    private static Pattern alternation(Set<String> words) {
        List<String> ws = new ArrayList<>(words);
        ws.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < ws.size(); i++) sb.append(i == 0 ? "" : "|").append(Pattern.quote(ws.get(i)));
        return Pattern.compile(sb.append(")\\b").toString(), Pattern.CASE_INSENSITIVE);
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
        for (Matcher w = WEEKDAY.matcher(lead); w.find(); ) {
            if (isWeekdayDate(lead, w.start(), w.end())) {
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
        Matcher m = DATE.matcher(seg);
        if (!m.find()) return null;
        LocalDate d = full(m);
        if (d == null) return null;
        String rest = DATELINE_REST.matcher(seg.substring(0, m.start()) + seg.substring(m.end())).replaceAll("").strip();
        return rest.isEmpty() ? d : null;
    }

    /** Everything date-like in a text that later resolution needs. */
    public final class Context {
        final String text;
        final LocalDate pub;
        private Set<String> monthDayYears;   // "5-25-2025", computed when first needed
        private List<LocalDate> fullDates;   // the full dates of the text, computed with monthDayYears
        private List<LocalDate> namedDays;       // those with a day named (not "August 2018")
        private int latestYear;                  // the latest year the text names (not "by 2030"), 0 when none
        int datesOf = -1;                    // the sentence start whose candidates are below
        List<Cand> cands;

        Context(String text, LocalDate pub) {
            this.text = text;
            this.pub = pub;
        }

        private void scan() {
            if (monthDayYears != null) return;
            monthDayYears = new HashSet<>();
            fullDates = new ArrayList<>();
            namedDays = new ArrayList<>();
            // a full date has a year: look only around the years of the text, not the whole text
            Matcher m = DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            char[] a = text.toCharArray();
            int n = a.length;
            for (int i = 0; i + 4 <= n; i++) {
                char c = a[i];
                if (c != '1' && c != '2' || i > 0 && Tok.isDigit(a[i - 1])) continue;
                if (!Tok.isDigit(a[i + 1]) || !Tok.isDigit(a[i + 2]) || !Tok.isDigit(a[i + 3])
                        || i + 4 < n && Tok.isDigit(a[i + 4])) continue;
                boolean year = a[i] == '1' && a[i + 1] == '9' || a[i] == '2' && a[i + 1] == '0';
                if (year && !DEADLINE.matcher(text).region(Math.max(0, i - 8), i).find()) {
                    latestYear = Math.max(latestYear, Integer.parseInt(text, i, i + 4, 10));
                }
                m.region(Math.max(0, i - 30), Math.min(n, i + 10));
                while (m.find()) {
                    LocalDate d = full(m);
                    if (d == null && m.group("m3") != null) {       // "in August 2018": its first day, for reference()
                        LocalDate first = safeDate(Integer.parseInt(m.group("y3")), monthOf(m.group("m3")), 1);
                        if (first != null) fullDates.add(first);
                        continue;
                    }
                    if (d != null && monthDayYears.add(d.getMonthValue() + "-" + d.getDayOfMonth() + "-" + d.getYear())) {
                        fullDates.add(d);
                        namedDays.add(d);
                    }
                }
                i += 3;
            }
        }

        /**
         * The date relative dates are read against: the publication date, else (no dateline) the
         * latest full date the text mentions, a lower bound of when it was written; null when none.
         */
        LocalDate reference() {
            if (pub != null) return pub;
            scan();
            LocalDate latest = null;
            for (LocalDate d : fullDates) if (latest == null || d.isAfter(latest)) latest = d;
            return latest;
        }

        /** The year of a month/day without one, or 0 when unknown. */
        int yearFor(int month, int day) {
            scan();
            int found = 0;
            for (String k : monthDayYears) {
                if (k.startsWith(month + "-" + day + "-")) {
                    int y = Integer.parseInt(k.substring(k.lastIndexOf('-') + 1));
                    if (found != 0 && found != y) return 0;
                    found = y;
                }
            }
            if (found != 0) return found;
            LocalDate ref = reference();
            if (ref != null) {
                LocalDate d = safeDate(ref.getYear(), month, day);
                if (d == null) return 0;
                return d.isAfter(ref.plusDays(7)) && pub != null ? ref.getYear() - 1 : ref.getYear();
            }
            return 0;
        }

        /**
         * A weekday: the last one on or before publication (news names today's weekday too). With no
         * publication date: the latest full date of the text that falls on that weekday; else the one
         * nearest the text's latest full date (within three days either way: a report names the days
         * of the week it is written in, and that date is the newest it gives), when no later year is
         * named; else null.
         */
        PartialDate weekday(int dow) {
            if (pub != null) return PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow))));
            scan();
            LocalDate best = null, latest = null;
            for (LocalDate d : namedDays) {
                if (d.getDayOfWeek().getValue() == dow && (best == null || d.isAfter(best))) best = d;
                if (latest == null || d.isAfter(latest)) latest = d;
            }
            if (best != null) return PartialDate.of(best);
            if (latest == null || latest.getYear() < latestYear) return null;
            int ahead = Math.floorMod(dow - latest.getDayOfWeek().getValue(), 7);
            return PartialDate.of(ahead <= 3 ? latest.plusDays(ahead) : latest.minusDays(7 - ahead));
        }
    }

    public Context context(String text, LocalDate pub) {
        return new Context(text, pub);
    }

    /** What a date does for the event: its day, its start, its end, or both ends of a range. */
    enum Kind { POINT, START, END, RANGE }

    /** A date phrase of a sentence: [s, e) of the text, its role and whether it dates a statement. */
    record Cand(int s, int e, Kind kind, PartialDate date, PartialDate end, boolean statement, String prep, boolean compare) {
        Cand(int s, int e, Kind kind, PartialDate date, PartialDate end, boolean statement, String prep) {
            this(s, e, kind, date, end, statement, prep, false);
        }
    }

    /** The preposition that governs a date, and whether the date follows a reporting verb. */
    private record Lead(String prep, Kind kind, boolean statement, boolean article) {
        static final Lead NONE = new Lead(null, null, false, false);
    }

    /**
     * Event dates of a figure in the sentence [ss, se), the figure spanning [ms, me), its clause
     * [cs, ce). The dates of the figure's clause come first (the nearest; a start and an end combine:
     * "since the outbreak was declared on September 22", "as of 11 June"); else a range of the
     * sentence; else the nearest date before the clause in the sentence ("In 2023, an outbreak ...
     * infected over 9,000 people and killed 214"), else the first after it. Dates right after a
     * reporting verb date the statement, not the event ("said on Monday that 2,146 cases").
     */
    public EventDates eventDates(Context c, int ss, int se, int ms, int me, int cs, int ce) {
        if (cs < ss) cs = ss;
        if (ce > se) ce = se;
        List<Cand> cands = candidates(c, ss, se);
        if (cands.isEmpty()) return EventDates.NONE;
        // "a day after" + an explicit date earlier in the sentence
        String beforeFigure = c.text.substring(cs, Math.max(cs, ms));
        if (beforeFigure.contains("fter") || beforeFigure.contains("efore")) {
            Matcher r = RELATIVE.matcher(beforeFigure);
            if (r.find()) {
                int relAt = cs + r.start();
                for (int i = cands.size() - 1; i >= 0; i--) {
                    Cand d = cands.get(i);
                    if (d.e() <= relAt && d.kind() == Kind.POINT && d.date().toLocalDate() != null) {
                        int n = count(r.group(1));
                        long days = r.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7L * n : n;
                        LocalDate base = d.date().toLocalDate();
                        LocalDate x = r.group(3).equalsIgnoreCase("after") ? base.minusDays(days) : base.plusDays(days);
                        return new EventDates(PartialDate.of(x), PartialDate.of(x));
                    }
                }
            }
        }
        // the figure's clause
        List<Cand> clause = new ArrayList<>();
        for (Cand d : cands) if (!d.statement() && d.e() > cs && d.s() < ce) clause.add(d);
        EventDates own = combine(c, clause, cands, cs, ce, ms, me);
        if (own != null) return own;
        // a range elsewhere in the sentence ("... took place between August 6, 2024, and May 25, 2025")
        for (Cand d : cands) {
            if (d.kind() == Kind.RANGE && !d.statement() && d.s() > me - 400) return new EventDates(d.date(), d.end());
        }
        // the dates of the clause that holds the nearest date before the figure's clause ("In 2023, ...
        // killed 214"; "entered Europe in 2018 through 27 June, with around 38 percent ..."), else the
        // first date after it
        Cand before = null, after = null;
        for (Cand d : cands) {
            if (d.statement() || d.compare()) continue;
            if (d.e() <= cs) before = d;
            else if (d.s() >= ce && after == null) after = d;
        }
        if (before != null) {
            int gs = before.s();
            while (gs > ss && !isBoundary(c.text.charAt(gs - 1))) gs--;
            List<Cand> group = new ArrayList<>();
            for (Cand d : cands) if (!d.statement() && !d.compare() && d.s() >= gs && d.e() <= before.e()) group.add(d);
            EventDates e = combine(c, group, cands, gs, before.e(), ms, me);
            if (e != null) return e;
        }
        if (after == null) return EventDates.NONE;
        return switch (after.kind()) {
            case START -> new EventDates(after.date(), null);
            case END -> new EventDates(null, after.date());
            case RANGE -> new EventDates(after.date(), after.end());
            default -> new EventDates(after.date(), after.date());
        };
    }

    private static boolean isBoundary(char ch) {
        return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–';
    }

    /**
     * The event dates given by the dates of one clause [gs, ge), or null when it has none: a range;
     * else a start and an end (the other end may stand elsewhere in the sentence: "Since the outbreak
     * began in August 2018, there have been 2,084 cases as of 11 June 2019"; a day or year before an
     * end is its start: "in 2018 through 27 June"); else the nearest day. A date beyond a conjunction
     * that turns to another event ("while", "but") counts only when none is on the figure's side.
     */
    private EventDates combine(Context c, List<Cand> group, List<Cand> all, int gs, int ge, int ms, int me) {
        if (group.isEmpty()) return null;
        Cand point = null, start = null, end = null, range = null;
        for (Cand d : group) {
            boolean far = broken(c.text, d, ms, me);
            switch (d.kind()) {
                case RANGE -> range = pick(c.text, range, d, far, ms, me);
                case START -> start = pick(c.text, start, d, far, ms, me);
                case END -> end = pick(c.text, end, d, far, ms, me);
                default -> point = pick(c.text, point, d, far, ms, me);
            }
        }
        if (range != null) return new EventDates(range.date(), range.end());
        if (start != null || end != null) {
            if (start == null && point != null && point.s() < end.s() && !before(end.date(), point.date())) start = point;
            Cand outStart = null, outEnd = null;
            for (Cand d : all) {
                if (d.statement() || d.e() > gs && d.s() < ge) continue;
                if (d.kind() == Kind.START) outStart = nearer(outStart, d, ms, me);
                if (d.kind() == Kind.END) outEnd = nearer(outEnd, d, ms, me);
            }
            if (start == null) start = outStart;
            if (end == null) end = outEnd;
            return new EventDates(start == null ? null : start.date(), end == null ? null : end.date());
        }
        // a year or a month, and an end within it later in the sentence: "arrivals in 2018 have reached
        // 14,953 men, women and children ... through 27 June"
        if (point.date().day() == 0) {
            for (Cand d : all) {
                if (d.kind() == Kind.END && !d.statement() && d.s() > point.e() && within(d.date(), point.date())) {
                    return new EventDates(point.date(), d.date());
                }
            }
        }
        return new EventDates(point.date(), point.date());
    }

    /** a lies within the year or month b. */
    private static boolean within(PartialDate a, PartialDate b) {
        return a.year() == b.year() && (b.month() == 0 || a.month() == b.month()) && (a.month() != b.month() || b.day() == 0);
    }

    /** The better of two dates for a figure: one on the figure's side of a "while", then the nearer. */
    private Cand pick(String text, Cand best, Cand d, boolean far, int ms, int me) {
        if (best == null) return d;
        boolean bestFar = broken(text, best, ms, me);
        if (far != bestFar) return far ? best : d;
        return nearer(best, d, ms, me);
    }

    /** A conjunction that turns to another event between the figure and the date. */
    private boolean broken(String text, Cand d, int ms, int me) {
        int a = d.s() >= me ? me : d.e(), b = d.s() >= me ? d.s() : ms;
        return a < b && breakWord.matcher(text).region(a, b).find();
    }

    /** a is earlier than b, the unknown parts of a date counted as its first month or day. */
    private static boolean before(PartialDate a, PartialDate b) {
        int x = a.year() * 10000 + Math.max(a.month(), 1) * 100 + Math.max(a.day(), 1);
        int y = b.year() * 10000 + Math.max(b.month(), 1) * 100 + Math.max(b.day(), 1);
        return x < y;
    }

    private static Cand nearer(Cand best, Cand d, int ms, int me) {
        if (best == null) return d;
        return distance(d, ms, me) < distance(best, ms, me) ? d : best;
    }

    private static int distance(Cand d, int ms, int me) {
        return d.s() >= me ? d.s() - me : Math.max(0, ms - d.e());
    }

    /** "said Thursday", "said on May 25", "announced late on Wednesday" in the sentence. */
    public PartialDate statementDate(Context c, int ss, int se) {
        for (Cand d : candidates(c, ss, se)) if (d.statement()) return d.date();
        return null;
    }

    /** The date phrases of a sentence, in text order; computed once for all its figures. */
    List<Cand> candidates(Context c, int ss, int se) {
        if (c.datesOf == ss && c.cands != null) return c.cands;
        List<Cand> out = new ArrayList<>();
        String sent = c.text.substring(ss, se);
        boolean digits = hasDigit(sent);
        List<int[]> taken = new ArrayList<>();
        // "between 25-27 June"
        if (digits && (sent.indexOf('-') >= 0 || sent.indexOf('–') >= 0)) {
            Matcher m = DAY_RANGE.matcher(sent);
            while (m.find()) {
                taken.add(new int[] {m.start(), m.end()});
                boolean first = m.group("m1") != null;
                int month = monthOf(first ? m.group("m1") : m.group("m2"));
                int a = Integer.parseInt(first ? m.group("a1") : m.group("a2"));
                int b = Integer.parseInt(first ? m.group("b1") : m.group("b2"));
                String y = first ? m.group("y1") : m.group("y2");
                int year = y != null ? Integer.parseInt(y) : month == 0 ? 0 : c.yearFor(month, b);
                LocalDate da = year == 0 ? null : safeDate(year, month, a), db = year == 0 ? null : safeDate(year, month, b);
                if (da == null || db == null || !da.isBefore(db)) continue;
                out.add(new Cand(ss + m.start(), ss + m.end(), Kind.RANGE, PartialDate.of(da), PartialDate.of(db), false, "range"));
            }
        }
        // "August 6, 2024", "6 August", "August 2024", "2024-08-06"
        if (digits) {
            Matcher m = DATE.matcher(sent);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) continue;
                taken.add(new int[] {m.start(), m.end()});
                PartialDate d = partial(c, m);
                if (d == null || DATELINE_AFTER.matcher(sent.substring(m.end())).lookingAt()) continue;
                if (d.day() == 0 && firstDaysOf(out, c, ss, sent, m.start(), m.end(), d)) continue;   // "... of July 2024"
                add(out, c, ss, ss + m.start(), ss + m.end(), d, null, false);
            }
        }
        // "on Wednesday", "Sunday's election", "early Monday", "the latest Saturday exchange"
        if (sent.contains("day")) {
            Matcher w = WEEKDAY.matcher(sent);
            while (w.find()) {
                if (!isWeekdayDate(sent, w.start(), w.end())) continue;
                int dow = lx.weekdays.get(w.group(1).toLowerCase(Locale.ROOT));
                // "last Saturday" in a Saturday's paper is a week ago, not today
                boolean last = LAST_BEFORE.matcher(sent.substring(Math.max(0, w.start() - 6), w.start())).find();
                PartialDate d = last && c.pub != null
                        ? PartialDate.of(c.pub.with(TemporalAdjusters.previous(DayOfWeek.of(dow)))) : c.weekday(dow);
                if (d == null) continue;
                add(out, c, ss, ss + w.start(), ss + w.end(), d, w.group(2) != null ? Kind.POINT : null, false);
            }
        }
        // "yesterday", "last night"
        if (c.pub != null) {
            Matcher r = relativeDay.matcher(sent);
            while (r.find()) {
                String[] off = days.get(r.group().toLowerCase(Locale.ROOT));
                if (off == null) continue;
                PartialDate d = PartialDate.of(c.pub.plusDays(Integer.parseInt(off[0])));
                if (off.length == 1) add(out, c, ss, ss + r.start(), ss + r.end(), d, null, false);
                else addSpan(out, c, ss, ss + r.start(), ss + r.end(), d, PartialDate.of(c.pub.plusDays(Integer.parseInt(off[1]))));
            }
        }
        // "last month", "earlier this month": the month of publication, or one before it
        if (c.pub != null && sent.contains("month")) {
            Matcher r = relativeMonth.matcher(sent);
            while (r.find()) {
                LocalDate d = c.pub.plusMonths(months.get(r.group().toLowerCase(Locale.ROOT)));
                add(out, c, ss, ss + r.start(), ss + r.end(), new PartialDate(d.getYear(), d.getMonthValue(), 0), null, false);
            }
        }
        // "in March", "since January", "in the 12 months to March": a month named alone needs its preposition
        Matcher mo = MONTH_ALONE.matcher(sent);
        while (mo.find()) {
            if (overlaps(taken, mo.start(), mo.end())) continue;
            if (lead(c.text, ss, ss + mo.start()).prep() == null) continue;
            int month = monthOf(mo.group(1));
            LocalDate r = c.reference();
            if (month == 0 || r == null) continue;
            // a later month than the publication's is last year's; with no publication date the
            // reference is only a lower bound, so its year is kept
            int year = c.pub != null && month > r.getMonthValue() ? r.getYear() - 1 : r.getYear();
            PartialDate d = new PartialDate(year, month, 0);
            if (firstDaysOf(out, c, ss, sent, mo.start(), mo.end(), d)) continue;
            add(out, c, ss, ss + mo.start(), ss + mo.end(), d, null, true);
        }
        // "In 2023,", "since 2022", "the first 28 weeks of 2025", "between 2019 and 2021"
        if (digits) {
            Matcher y = YEAR.matcher(sent);
            while (y.find()) {
                if (overlaps(taken, y.start(), y.end())) continue;
                // "the record-breaking 2022 total of 425 deaths", "2022's toll": the year of a figure's noun
                if (namesAFigure(sent, y.end())) {
                    add(out, c, ss, ss + y.start(), ss + y.end(), PartialDate.year(Integer.parseInt(y.group())), Kind.POINT, true);
                    continue;
                }
                if (!yearEndsPhrase(sent, y.end())) continue;
                Lead l = lead(c.text, ss, ss + y.start());
                if (l.prep() == null) continue;
                if (l.prep().equals("of") && !afterPeriodWord(sent, y.start())) continue;
                int year = Integer.parseInt(y.group());
                // "up from 970 in the same period of 2024": the sentence's earlier period, in that year
                Cand period = periodNamedAgain(out, sent, ss, y.start());
                if (period != null && period.date().year() != year) {
                    addMoved(out, c, ss, ss + y.start(), ss + y.end(), period, year - period.date().year());
                    continue;
                }
                add(out, c, ss, ss + y.start(), ss + y.end(), PartialDate.year(year), null, true);
            }
        }
        // "this year", "since the beginning of the year"; "the same period last year": the period the
        // sentence names before it, a year back ("in the first 10 days of August, nearly three times
        // the 410 recorded over the same period last year")
        if (sent.contains("year")) {
            Matcher r = relativeYear.matcher(sent);
            LocalDate ref = c.reference();
            while (ref != null && r.find()) {
                Integer off = years.get(r.group().toLowerCase(Locale.ROOT));
                if (off == null) continue;
                Cand period = off != 0 ? periodNamedAgain(out, sent, ss, r.start()) : null;
                if (period != null) {
                    addMoved(out, c, ss, ss + r.start(), ss + r.end(), period, off);
                    continue;
                }
                add(out, c, ss, ss + r.start(), ss + r.end(), PartialDate.year(ref.getYear() + off), null, false);
            }
        }
        out.sort((a, b) -> Integer.compare(a.s(), b.s()));
        // "between August 6, 2024, and May 25, 2025", "from Monday to Wednesday"
        List<Cand> merged = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Cand a = out.get(i);
            if (i + 1 < out.size() && ("between".equals(a.prep()) || "from".equals(a.prep()))) {
                Cand b = out.get(i + 1);
                String mid = c.text.substring(a.e(), b.s()).toLowerCase(Locale.ROOT).replaceAll("[,\\s]+", " ").strip();
                if ("between".equals(a.prep()) && mid.equals("and")
                        || "from".equals(a.prep()) && (mid.equals("to") || mid.equals("until") || mid.equals("through"))) {
                    merged.add(new Cand(a.s(), b.e(), Kind.RANGE, a.date(), b.date(), false, a.prep()));
                    i++;
                    continue;
                }
            }
            // "on Saturday night and Sunday morning"
            if (i + 1 < out.size() && a.kind() == Kind.POINT && a.date().day() != 0) {
                Cand b = out.get(i + 1);
                StringBuilder mid = new StringBuilder();
                for (String f : c.text.substring(a.e(), b.s()).toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                    if (!fillers.contains(f)) mid.append(f);
                }
                if ("and".equals(b.prep()) && b.kind() == Kind.POINT && b.date().day() != 0 && mid.toString().equals("and")
                        && before(a.date(), b.date())) {
                    merged.add(new Cand(a.s(), b.e(), Kind.RANGE, a.date(), b.date(), a.statement(), a.prep()));
                    i++;
                    continue;
                }
            }
            if ("and".equals(a.prep()) && a.kind() == null) continue;     // "and 2021" outside a range
            merged.add(a.kind() == null ? new Cand(a.s(), a.e(), Kind.POINT, a.date(), null, a.statement(), a.prep()) : a);
        }
        c.cands = merged;
        c.datesOf = ss;
        return merged;
    }

    /**
     * Adds a date phrase with the role its preposition gives it. A weak one (a year or a month named
     * alone) after "and" stays without a role: it counts only as the end of a range.
     */
    private void add(List<Cand> out, Context c, int ss, int s, int e, PartialDate d, Kind forced, boolean weak) {
        Lead l = lead(c.text, ss, s);
        Kind k = forced != null ? forced : l.kind();
        // "from the May total of 180,641": a date before a noun names it, whatever the preposition
        if (l.article() && (k == Kind.START || k == Kind.END) && !"since".equals(l.prep())) k = Kind.POINT;
        boolean statement = forced == null && (l.statement() || reportingAfter(c.text, e));
        if (k == null && !(weak && "and".equals(l.prep()))) k = Kind.POINT;
        // "since the outbreak was declared on September 22", "since the full-scale invasion in 2022"
        // ("the most since the CDC confirmed 667 in 2014" compares: the date is no start, and dates
        // no other figure of the sentence)
        boolean compare = false;
        int since = k == Kind.POINT || "since".equals(l.prep()) ? sinceBefore(c.text, ss, s) : -1;
        if (since >= 0) {
            compare = superlativeBefore(c.text, ss, since);
            if (!compare && k == Kind.POINT && !statement) k = Kind.START;
            if (compare) k = Kind.POINT;
        }
        out.add(new Cand(s, e, k, d, null, statement, l.prep(), compare));
    }

    /**
     * "in the first 10 days of August", "the first 28 days of July 2024": the month's first days, a
     * range; false when the month [ms, me) of the sentence has no such phrase before it.
     */
    private boolean firstDaysOf(List<Cand> out, Context c, int ss, String sent, int ms, int me, PartialDate month) {
        Matcher first = FIRST_DAYS_OF.matcher(sent.substring(Math.max(0, ms - 40), ms));
        LocalDate last = first.find() ? safeDate(month.year(), month.month(), Integer.parseInt(first.group(1))) : null;
        if (last == null) return false;
        int s = ms - (first.end() - first.start());
        out.add(new Cand(ss + s, ss + me, Kind.RANGE, new PartialDate(month.year(), month.month(), 1), PartialDate.of(last), false,
                lead(c.text, ss, ss + s).prep()));
        return true;
    }

    /**
     * The period that "the same period" before {@code at} (an offset in the sentence) names again: the
     * sentence's date phrase nearest before it, when it names a month or a day; else null.
     */
    private Cand periodNamedAgain(List<Cand> out, String sent, int ss, int at) {
        if (!samePeriod.matcher(sent.substring(Math.max(0, at - 30), at)).find()) return null;
        Cand best = null;
        for (Cand d : out) if (d.e() <= ss + at && (best == null || d.e() > best.e())) best = d;
        return best != null && best.date().month() != 0 ? best : null;
    }

    /** A period moved by n years, as the span [s, e) of the text. */
    private void addMoved(List<Cand> out, Context c, int ss, int s, int e, Cand period, int n) {
        addSpan(out, c, ss, s, e, plusYears(period.date(), n), plusYears(period.end() == null ? period.date() : period.end(), n));
    }

    /** The same day or month n years on (29 February becomes the 28th). */
    private static PartialDate plusYears(PartialDate d, int n) {
        if (d.day() == 0) return new PartialDate(d.year() + n, d.month(), 0);
        return PartialDate.of(d.toLocalDate().plusYears(n));
    }

    /** A span of days named by one phrase ("overnight"), dating the statement when a reporting verb governs it. */
    private void addSpan(List<Cand> out, Context c, int ss, int s, int e, PartialDate a, PartialDate b) {
        Lead l = lead(c.text, ss, s);
        out.add(new Cand(s, e, Kind.RANGE, a, b, l.statement() || reportingAfter(c.text, e), l.prep()));
    }

    /** Where a "since" stands shortly before [.., at) with no clause break between, or -1. */
    private static int sinceBefore(String text, int ss, int at) {
        int from = Math.max(ss, at - 100);
        for (int i = at - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') return -1;
            if ((ch == 's' || ch == 'S') && text.startsWith("ince", i + 1) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + 5 >= text.length() || !Character.isLetter(text.charAt(i + 5)))) {
                return i;
            }
        }
        return -1;
    }

    /** "the" and a superlative in the clause before a "since" at {@code since}: a comparison. */
    private boolean superlativeBefore(String text, int ss, int since) {
        int a = since;
        while (a > ss && !isBoundary(text.charAt(a - 1))) a--;
        String[] ws = text.substring(a, since).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 1; i < ws.length; i++) if (ws[i - 1].equals("the") && superlatives.contains(ws[i])) return true;
        return false;
    }

    /**
     * The preposition before a date at {@code at}, skipping fillers and times ("as of 11:30 p.m. on
     * Monday" is an end), and whether the date follows a reporting verb in the active voice ("said
     * Thursday", "said late on Tuesday"; not "were reported on Monday").
     */
    private Lead lead(String text, int from, int at) {
        int i = at;
        String prep = null;
        Kind kind = null;
        boolean meridiem = false, article = false;
        int content = 0;
        for (int words = 0; words < 10; words++) {
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
            int e = i;
            while (i > from && isWordChar(text.charAt(i - 1))) i--;
            if (i == e) break;
            String w = text.substring(i, e).toLowerCase(Locale.ROOT);
            if (w.endsWith("-")) w = w.substring(0, w.length() - 1);       // "mid-August"
            boolean hour = meridiem && HOUR.matcher(w).matches();         // "5 p.m."
            meridiem = MERIDIEM.matcher(w).matches();
            if (hour || TIME_OF_DAY.matcher(w).matches() || fillers.contains(w)) {
                if (words == 0 && w.equals("the")) article = true;           // "the May total", "the Sunday vote"
                continue;
            }
            String two = previousWord(text, from, i);
            String p = two != null && preps.containsKey(two + " " + w) ? two + " " + w : preps.containsKey(w) ? w : null;
            if (prep == null && content == 0 && p != null) {
                prep = p;
                kind = preps.get(p);
                if (!p.equals("on") && !p.equals("at")) return new Lead(prep, kind, false, article);
                continue;
            }
            // "as of 5:00 AM on Tuesday", "by late on Monday": the outer preposition sets the role
            if (content == 0 && p != null && (preps.get(p) == Kind.START || preps.get(p) == Kind.END)) {
                return new Lead(p, preps.get(p), false, article);
            }
            if (lx.reportingVerbs.contains(w)) return new Lead(prep, kind, two == null || !PASSIVE.contains(two), article);
            // "told reporters on Thursday", "said in a statement on Monday": after "on"/"at", a few words
            // back, up to a figure or another clause ("reported 500 cases on Monday" dates the cases;
            // "the deaths reported so far this year" has no "on")
            if (prep == null || ++content > 4 || clauseWords.contains(w) || Character.isDigit(w.charAt(0))
                    || lx.numberWords.containsKey(w)) break;
        }
        return prep == null ? Lead.NONE : new Lead(prep, kind, false, article);
    }

    /** "the Election Commission on Friday said": a reporting verb right after the date. */
    private boolean reportingAfter(String text, int e) {
        for (int k = 0; k < 2; k++) {
            while (e < text.length() && Character.isWhitespace(text.charAt(e))) e++;
            String w = nextWord(text, e);
            if (w.isEmpty()) return false;
            if (!fillers.contains(w)) return lx.reportingVerbs.contains(w);
            e += w.length();
        }
        return false;
    }

    private static String previousWord(String text, int from, int at) {
        int i = at;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
        int e = i;
        while (i > from && isWordChar(text.charAt(i - 1))) i--;
        return i == e ? null : text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == ':' || ch == '.' || ch == '\'' || ch == '’' || ch == '-';
    }

    /**
     * A weekday name that names a day: not part of a name ("Good Friday", "Bloody Sunday", "the Sunday
     * Times"): a capitalised word before it that is no preposition or filler, or "the" before it and a
     * capitalised word after it, make it a name.
     */
    private boolean isWeekdayDate(String sent, int s, int e) {
        String prev = previousWord(sent, 0, s);
        if (prev != null) {
            int p = s;
            while (p > 0 && Character.isWhitespace(sent.charAt(p - 1))) p--;
            char first = sent.charAt(p - prev.length());
            boolean sentenceStart = p - prev.length() == 0;
            if (Character.isUpperCase(first) && !sentenceStart && !preps.containsKey(prev) && !fillers.contains(prev)
                    && !lx.functionWords.contains(prev)) return false;
            if (prev.equals("the") && e + 1 < sent.length() && Character.isWhitespace(sent.charAt(e)) && Character.isUpperCase(sent.charAt(e + 1))
                    && !lx.months.containsKey(nextWord(sent, e + 1))) return false;
        }
        return true;
    }

    private static String nextWord(String s, int from) {
        int e = from;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(from, e).toLowerCase(Locale.ROOT);
    }

    /** "2023," / "2023." / "2023 when": a year ends its phrase; "2020 people" is a count. */
    private boolean yearEndsPhrase(String sent, int e) {
        if (e >= sent.length()) return true;
        char ch = sent.charAt(e);
        if (ch != ' ') return !(Character.isLetterOrDigit(ch) || ch == '%' || ch == '-' || ch == '–');
        String next = nextWord(sent, e + 1);
        return next.isEmpty() || lx.functionWords.contains(next) || preps.containsKey(next) || Character.isUpperCase(sent.charAt(e + 1));
    }

    /** A year followed by a noun that names a figure ("2022 total", "2023 tally") or by "'s". */
    private boolean namesAFigure(String sent, int e) {
        if (e + 1 < sent.length() && (sent.charAt(e) == '\'' || sent.charAt(e) == '’') && sent.charAt(e + 1) == 's') return true;
        return e + 1 < sent.length() && Character.isWhitespace(sent.charAt(e)) && lx.measureNouns.contains(nextWord(sent, e + 1).toLowerCase(Locale.ROOT));
    }

    /** "of 2025" names a period only after a period noun: "the first 28 weeks of 2025", "the end of 2023". */
    private boolean afterPeriodWord(String sent, int yearStart) {
        int i = sent.lastIndexOf("of", yearStart);
        if (i <= 0) return false;
        String w = previousWord(sent, 0, i);
        return w != null && (periods.contains(w) || lx.timeUnits.contains(w));
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) if (s < t[1] && t[0] < e) return true;
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Tok.isDigit(s.charAt(i))) return true;
        return false;
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
