package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the words around a date phrase make of it: the preposition that governs it and so its role
 * (day, start, end), whether a reporting verb makes it the statement's date, whether a "since" before
 * it opens a count up to now or a comparison ("the most since 2014"), whether a weekday is a name
 * ("Good Friday"), and whether a year is a year at all ("2020 ballots").
 */
final class DateRoles {

    /** A time of day: "11:30", "5pm", "p.m."; a bare "5" only before "a.m."/"p.m." (see lead()). */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[ap]\\.?m\\.?)?|\\d{1,2}[ap]\\.?m\\.?|[ap]\\.m\\.?");
    private static final Pattern MERIDIEM = Pattern.compile("[ap]\\.?m\\.?");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}");

    /** The preposition that governs a date, and whether the date follows a reporting verb. */
    record Lead(String prep, TimeResolver.Kind kind, boolean statement, boolean article) {
        static final Lead NONE = new Lead(null, null, false, false);
    }

    private final Lexicon lx;
    private final TimeWords w;

    DateRoles(Lexicon lx, TimeWords w) {
        this.lx = lx;
        this.w = w;
    }

    /**
     * The preposition before a date at {@code at}, skipping fillers and times ("as of 11:30 p.m. on
     * Monday" is an end), and whether the date follows a reporting verb in the active voice ("said
     * Thursday", "said late on Tuesday"; not "were reported on Monday").
     */
    Lead lead(String text, int from, int at) {
        int i = at;
        String prep = null;
        TimeResolver.Kind kind = null;
        boolean meridiem = false, article = false;
        int content = 0, names = 0;
        boolean event = false;
        for (int words = 0; words < 10; words++) {
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
            int e = i;
            while (i > from && isWordChar(text.charAt(i - 1))) i--;
            if (i == e) break;
            String word = text.substring(i, e).toLowerCase(Locale.ROOT);
            if (word.endsWith("-")) word = word.substring(0, word.length() - 1);       // "mid-August"
            if (word.isEmpty()) break;                                       // a dateline's dash: "OSAKA - The city on Monday said"
            boolean hour = meridiem && HOUR.matcher(word).matches();         // "5 p.m."
            meridiem = MERIDIEM.matcher(word).matches();
            if (hour || TIME_OF_DAY.matcher(word).matches() || w.fillers.contains(word)) {
                if (words == 0 && word.equals("the")) article = true;           // "the May total", "the Sunday vote"
                continue;
            }
            String two = previousWord(text, from, i);
            String p = two != null && w.preps.containsKey(two + " " + word) ? two + " " + word : w.preps.containsKey(word) ? word : null;
            // a bare date after a name ("told CNN Tuesday", "said in a post on X Wednesday", "in the Golan
            // Heights Saturday"): the name's preposition, and the reporting verb before it, speak for it
            if (prep == null && content == names && p == null && i > from && Character.isUpperCase(text.charAt(i))) {
                content++;
                names++;
                continue;
            }
            if (prep == null && content == names && p != null) {
                prep = p;
                kind = names > 0 ? TimeResolver.Kind.POINT : w.preps.get(p);     // "from Beijing Tuesday": no start
                if (!w.sayingPreps.contains(p)) return new Lead(prep, kind, false, article);
                continue;
            }
            // "as of 5:00 AM on Tuesday", "by late on Monday": the outer preposition sets the role
            if (content == 0 && p != null && (w.preps.get(p) == TimeResolver.Kind.START || w.preps.get(p) == TimeResolver.Kind.END)) {
                return new Lead(p, w.preps.get(p), false, article);
            }
            // date.event-after-saying: a noun of an event between the verb and the date makes it the event's
            // day, not the statement's ("the spokesman said the blast late on Friday had flattened the market")
            if (lx.reportingVerbs.contains(word)) return new Lead(prep, kind, !event && (two == null || !w.passive.contains(two)), article);
            if (prep != null && (EventKinds.sudden(word) || w.eventNouns.contains(word))) event = true;
            // "told reporters on Thursday", "said in a statement on Monday": after "on"/"at", a few words
            // back, up to a figure or another clause ("reported 500 cases on Monday" dates the cases;
            // "the deaths reported so far this year" has no "on")
            if (prep == null || ++content > 4 || w.clauseWords.contains(word) || Character.isDigit(word.charAt(0))
                    || lx.numberWords.containsKey(word)) break;
        }
        return prep == null ? Lead.NONE : new Lead(prep, kind, false, article);
    }

    /** "the Election Commission on Friday said": a reporting verb right after the date. */
    boolean reportingAfter(String text, int e) {
        for (int k = 0; k < 2; k++) {
            while (e < text.length() && Character.isWhitespace(text.charAt(e))) e++;
            String word = nextWord(text, e);
            if (word.isEmpty()) return false;
            if (!w.fillers.contains(word)) return lx.reportingVerbs.contains(word);
            e += word.length();
        }
        return false;
    }

    /** Where a "since" stands shortly before [.., at) with no clause break between, or -1. */
    int sinceBefore(String text, int ss, int at) {
        return sinceBefore(w, text, ss, at);
    }

    /** {@link #sinceBefore(String, int, int)} with the time words {@code w}. */
    static int sinceBefore(TimeWords w, String text, int ss, int at) {
        int from = Math.max(ss, at - 100);
        for (int i = at - 1; i >= from; i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') return -1;
            if (Character.isLetter(ch) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                String word = nextWord(text, i);
                if (w.sincePreps.contains(word)) return i;
            }
        }
        return -1;
    }

    /**
     * Whether the date at {@code at}, governed by {@code prep} ("from"), is the base a figure is compared
     * with: the word before the preposition is a figure ("up 9% from September", "a drop of 25 percent
     * from the previous year") or a word of comparison ("down from October's £3.6bn"; lexicon BASE).
     */
    boolean comparisonBase(String text, int ss, int at, String prep) {
        int i = at;
        for (int k = 0; k < 4; k++) {        // back over the fillers to the preposition ("from the previous year")
            String word = previousWord(text, ss, i);
            if (word == null) return false;
            i = backOver(text, ss, i);
            if (word.equals(prep)) break;
            if (!w.fillers.contains(word) || k == 3) return false;
        }
        while (i > ss && Character.isWhitespace(text.charAt(i - 1))) i--;
        if (i == ss) return false;
        char before = text.charAt(i - 1);
        if (before == '%' || Character.isDigit(before)) return true;
        String word = previousWord(text, ss, i);
        return word != null && w.baseWords.contains(word);
    }

    /** "the" and a superlative in the clause before a "since" at {@code since}: a comparison. */
    boolean superlativeBefore(String text, int ss, int since) {
        int a = since;
        while (a > ss && !isBoundary(text.charAt(a - 1))) a--;
        String[] ws = WordSplits.NON_LETTERS.split(text.substring(a, since).toLowerCase(Locale.ROOT));
        for (int i = 1; i < ws.length; i++) if (ws[i - 1].equals("the") && w.superlatives.contains(ws[i])) return true;
        return false;
    }

    /**
     * A weekday name that names a day: not part of a name ("Good Friday", "Bloody Sunday", "the Sunday
     * Times"): a word before it that makes it a name (lexicon WEEKDAY_NAME), or "the" before it and a
     * capitalised word after it, make it a name. Another capitalised word before it is a place or a
     * speaker ("in the Golan Heights Saturday", "Trump Tuesday said"): the weekday stays a date.
     */
    boolean isWeekdayDate(String sent, int s, int e) {
        String prev = previousWord(sent, 0, s);
        if (prev == null) return true;
        if (w.weekdayNameWords.contains(prev)) return false;
        // "the Mail on Sunday", "the Independent on Sunday": a capitalised WEEKDAY_NAME word and "on" before it name a paper
        int on = s;
        while (on > 0 && Character.isWhitespace(sent.charAt(on - 1))) on--;
        String paper = prev.equals("on") ? previousWord(sent, 0, on - 2) : null;
        int at = on - 2;
        while (at > 0 && Character.isWhitespace(sent.charAt(at - 1))) at--;
        if (paper != null && w.weekdayNameWords.contains(paper) && Character.isUpperCase(sent.charAt(at - paper.length()))) return false;
        return !(prev.equals("the") && e + 1 < sent.length() && Character.isWhitespace(sent.charAt(e))
                && Character.isUpperCase(sent.charAt(e + 1)) && !lx.months.containsKey(nextWord(sent, e + 1)));
    }

    /** "2023," / "2023." / "2023 when": a year ends its phrase; "2020 people" is a count. */
    boolean yearEndsPhrase(String sent, int e) {
        if (e >= sent.length()) return true;
        char ch = sent.charAt(e);
        if (ch != ' ') return !(Character.isLetterOrDigit(ch) || ch == '%' || ch == '-' || ch == '–');
        String next = nextWord(sent, e + 1);
        return next.isEmpty() || lx.functionWords.contains(next) || w.preps.containsKey(next) || Character.isUpperCase(sent.charAt(e + 1));
    }

    /** A year followed by a noun that names a figure ("2022 total", "2023 tally") or by "'s". */
    boolean namesAFigure(String sent, int e) {
        if (e + 1 < sent.length() && (sent.charAt(e) == '\'' || sent.charAt(e) == '’') && sent.charAt(e + 1) == 's') return true;
        if (e + 1 >= sent.length() || !Character.isWhitespace(sent.charAt(e))) return false;
        String next = nextWord(sent, e + 1);
        return lx.measureNouns.contains(next) || w.statistics.contains(next);   // "the 2022 total", "Total 1986 exports"
    }

    /**
     * "the 2011 earthquake", "the 2011 natural disaster", "a 2010 prisoner swap", "the deadly 2021 floods", "after 2021
     * floods": a year before a noun of an event, after an article (with at most one word between) or a preposition of an
     * event (lexicon ARTICLE; not "since 2021 floods", whose year is a start); the words of a name may stand between, up to
     * three capitalised ("the 1996 Central Park bombing", "the 2004 Summer Olympics Games attack").
     */
    boolean namesAnEvent(String sent, int s, int e) {
        String before = previousWord(sent, 0, s);
        if (before == null) return false;
        boolean opens = w.articles.contains(before);
        if (!opens) {
            int at = backOver(sent, 0, s);
            opens = at > 0 && w.articles.contains(previousWord(sent, 0, at)) && !w.preps.containsKey(before);
        }
        if (!opens) return false;
        int i = e;
        for (int k = 0; k < 4; k++) {
            if (i >= sent.length() || sent.charAt(i) != ' ') return false;
            String next = nextWord(sent, i + 1);
            if (next.isEmpty()) return false;
            if (w.eventNouns.contains(next)) return true;
            // date.named-event-year: past the first word, only the words of a name ("the 1996 Central Park bombing")
            if (k >= 1 && !Character.isUpperCase(sent.charAt(i + 1))) return false;
            i += 1 + next.length();
        }
        return false;
    }

    /**
     * Whether the few words before a date at {@code at} speak of what is to come: a modal or a word of
     * plans ("will", "scheduled"), or an infinitive a few words before ("voted to strike on March 24"; not "rose
     * to 500", not "on its way to doubling in size on Saturday"); a comma
     * ends the search.
     */
    boolean ahead(String text, int from, int at) {
        int i = at;
        String later = null;
        for (int k = 0; k < 8; k++) {
            String word = previousWord(text, from, i);
            if (word == null) return false;
            i = backOver(text, from, i);
            if (w.future.contains(word)) return true;
            if (k < 5 && w.infinitives.contains(word) && later != null && !lx.functionWords.contains(later)
                    && !lx.numberWords.containsKey(later) && Character.isLetter(later.charAt(0)) && !later.endsWith("ing")) return true;
            later = word;
        }
        return false;
    }

    /** {@link #ahead} before the date [s, e), or a word of what is to come among the two after it. */
    boolean aheadAround(String text, int ss, int se, int s, int e) {
        return ahead(text, ss, s) || futureAfter(text, se, e);
    }

    /**
     * A word of what is to come ("will", "expected", "forecast") among the eight words before the date
     * [s, e) or the two after it; unlike {@link #aheadAround}, an infinitive is no plan here ("banks to
     * fail so far this year").
     */
    boolean plannedAround(String text, int ss, int se, int s, int e) {
        int i = s;
        for (int k = 0; k < 8; k++) {
            String word = previousWord(text, ss, i);
            if (word == null) break;
            if (w.future.contains(word)) return true;
            i = backOver(text, ss, i);
        }
        return futureAfter(text, se, e);
    }

    /** A word of what is to come among the two words after {@code e}, within the sentence ending at {@code se}. */
    private boolean futureAfter(String text, int se, int e) {
        int i = e;
        for (int k = 0; k < 2; k++) {
            while (i < se && Character.isWhitespace(text.charAt(i))) i++;
            String word = nextWord(text, i);
            if (word.isEmpty()) return false;
            if (w.future.contains(word)) return true;
            i += word.length();
        }
        return false;
    }

    /** The start of the word that ends (before spaces) at {@code at}. */
    static int backOver(String text, int from, int at) {
        int i = at;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
        while (i > from && isWordChar(text.charAt(i - 1))) i--;
        return i;
    }

    /** A noun of an event among the next {@code n} words after {@code e}: "20-day-old national seamen's strike". */
    boolean eventWithin(String sent, int e, int n) {
        String[] next = WordSplits.NON_LETTERS.split(sent.substring(e).toLowerCase(Locale.ROOT), n + 2);
        for (int i = 0; i < Math.min(n + 1, next.length); i++) if (w.eventNouns.contains(next[i])) return true;
        return false;
    }

    /** A verb in the past right after a year: "in 1999 killed about 2,400 people". */
    boolean verbAfter(String sent, int e) {
        if (e >= sent.length() || sent.charAt(e) != ' ') return false;
        String next = nextWord(sent, e + 1);
        return next.length() > 3 && (next.endsWith("ed") || lx.irregularPast.contains(next));
    }

    /** "of 2025" names a period only after a period noun: "the first 28 weeks of 2025", "the end of 2023". */
    boolean afterPeriodWord(String sent, int yearStart) {
        int i = sent.lastIndexOf("of", yearStart);
        if (i <= 0) return false;
        String prev = previousWord(sent, 0, i);
        return prev != null && (w.periods.contains(prev) || lx.timeUnits.contains(prev));
    }

    static String previousWord(String text, int from, int at) {
        int i = at;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
        int e = i;
        while (i > from && isWordChar(text.charAt(i - 1))) i--;
        return i == e ? null : text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == ':' || ch == '.' || ch == '\'' || ch == '’' || ch == '-';
    }

    static String nextWord(String s, int from) {
        int e = from;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(from, e).toLowerCase(Locale.ROOT);
    }

    static boolean isBoundary(char ch) {
        return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '—' || ch == '–';
    }

    /** "the day before the vote", "the month before they got sick": a relative day or month whose direction word has a word after it. */
    static boolean beforeNoun(String sent, int end, String entry, TimeWords w) {
        int next = end;
        while (next < sent.length() && sent.charAt(next) == ' ') next++;
        return next < sent.length() && Character.isLetterOrDigit(sent.charAt(next))
                && w.directions.containsKey(entry.substring(entry.lastIndexOf(' ') + 1));
    }

    /**
     * {@code frame.announced-by}: whether the date at {@code s} stands right after a reporting verb's participle and the
     * name of its agent ("a rise in benefits announced by Prime Minister Lionel Jospin last week"): the announcement's day.
     */
    boolean announcedBy(String text, int from, int s) {
        int i = s;
        for (int names = 0; names <= 6; names++) {
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
            int e = i;
            i = backOver(text, from, i);
            if (i == e) return false;
            if (Character.isUpperCase(text.charAt(i))) continue;
            if (names == 0 || !text.substring(i, e).equalsIgnoreCase("by")) return false;
            String verb = previousWord(text, from, i);
            return verb != null && lx.reportingVerbs.contains(verb);
        }
        return false;
    }
}
