package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests that drop a number that is not a figure: a time or a duration, a day of a month, a year,
 * a designator ("Flight 17"); ages are {@link Ages}', a name that ends in a number ("the Lower 48", "Boeing 737")
 * {@link NumbersInNames}'. Each is a rule of {@link NumberRule}.
 */
final class NotFigures {

    private static final Pattern AMPM = Pattern.compile("^\\s?\\(?(?:[ap]\\.\\s?m\\.|[ap]m\\b|[AP]M\\b|h\\b|GMT|UTC)");

    private final Lexicon lx;
    /** "in", "since", "fiscal": before a four-digit number, make it a year. */
    private final Set<String> yearContext = words("year-context");
    /** "the", "these": before a small number, refer back to things already counted. */
    final Set<String> anaphoric = words("anaphoric");
    /** "GMT", "EST": after a number, make it a clock time; as written, upper case. */
    private final Set<String> timeZones = Set.copyOf(Lexicon.lines("numbers-time-zones.txt"));
    /** "second", "eastern": before "half", make it a part of a whole ({@link NumberRule#HALF_AS_PART}). */
    final Set<String> halfParts = words("half-parts");
    /** "definition", "defined": the first number after one states a definition ({@link NumberRule#DEFINITION}). */
    private final Set<String> definitionWords = words("definition-words");
    /** "threshold", "barrier": after a figure, make it a threshold ({@link NumberRule#THRESHOLD}). */
    final Set<String> thresholdNouns = words("threshold-nouns");
    /** "next", "past": after "over the", before a number that ends its clause, make it a span of elided time units. */
    private final Set<String> periodEdges = words("period-edges");
    /** "over", "within": before "the next", "the past" (numbers-period-prepositions.txt). */
    private final Set<String> periodPrepositions = words("period-prepositions");
    /** "st", "th": make digits an ordinal. */
    final Set<String> ordinalSuffixes = words("ordinal-suffixes");
    /** "killed", "injuring": before a lone "one", make it a toll's count ({@link NumberRule#ONE_TOLL_OBJECT}). */
    final Set<String> tollVerbs = words("toll-verbs");
    /** The rules of ages: who is counted by age, and a person's age told. */
    final Ages ages;

    /** "people", "staff": nouns in the plural with no final "s" (lexicon/counted-irregular-plurals.txt). */
    private final Set<String> irregularPlurals = Set.copyOf(Lexicon.lines("counted-irregular-plurals.txt"));

    /** The rules of a number that is part of a name: "Locks 16, 17", "the Lower 48", "a Boeing 737 Max 9". */
    final NumbersInNames names;

    /** "to", "and", "through" between two days of one month in words (lexicon/time-words.txt DAYS_TO). */
    private final Set<String> daysTo;
    /** "local time" (lexicon/time-words.txt LOCAL): after four digits of a 24-hour clock, make them a time of day. */
    private final Set<String> localTimes;

    NotFigures(Lexicon lx) {
        this.lx = lx;
        this.daysTo = timeWords(lx, "DAYS_TO");
        this.localTimes = timeWords(lx, "LOCAL");
        this.ages = new Ages(lx, this);
        this.names = new NumbersInNames(lx, this);
    }

    private static Set<String> timeWords(Lexicon lx, String kind) {
        return Set.copyOf(lx.timeWords.stream().filter(f -> f[1].equals(kind)).map(f -> f[0].toLowerCase(Locale.ROOT)).toList());
    }

    static Set<String> words(String name) {
        return Set.copyOf(Lexicon.lines("numbers-" + name + ".txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    boolean isMonthToken(Tok w) {
        return w.capitalized() && lx.months.containsKey(w.lower()) && w.lower().length() >= 3;
    }

    /** A month's name, or its abbreviation and full stop ("Sept. 15-18"), right before token {@code i}. */
    boolean monthBefore(List<Tok> t, int i) {
        return i >= 1 && isMonthToken(t.get(i - 1)) || i >= 2 && abbreviatedMonthDot(t.get(i - 1), t.get(i - 2));
    }

    /** Whether {@code dot} is the full stop of an abbreviated month glued to it: the "." of "Oct. 9". */
    private boolean abbreviatedMonthDot(Tok dot, Tok before) {
        return dot.is(".") && before != null && before.end() == dot.start() && isMonthToken(before);
    }

    /** "two more days", "four additional weeks": a duration still to come. */
    private static final Set<String> MORE = words("duration-more");

    /**
     * {@link NumberRule#TIME_OR_DURATION}: "9 a.m.", "10 days", "three years"; also the first of a list of ages, and a
     * figure whose hyphen hangs before a time unit at the end of its list ("8-, 12- and 14-year-old").
     */
    boolean isTimeOrDuration(String text, List<Tok> t, int j, int end) {
        if (AMPM.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()) return true;
        if (j >= t.size()) return false;
        Tok w = t.get(j);
        if (timeZones.contains(w.text())) return true;   // "talks resume at 1000 EST"
        if (j + 1 < t.size() && localTimes.contains(w.lower() + " " + t.get(j + 1).lower()) && clockDigits(text, end)) return true;
        if (w.is("-") && w.start() == end) return suspendedTimeCompound(t, j + 1);
        if (!w.isWord()) return w.is(",") && ageList(t, j);
        if (durationRangeEnd(t, j)) return true;
        if (MORE.contains(w.lower()) && j + 1 < t.size() && lx.timeUnits.contains(t.get(j + 1).lower())) return true;   // "two more days"
        String[] parts = WordSplits.HYPHEN_OR_APOSTROPHE.split(w.lower());
        if (!lx.timeUnits.contains(parts[0])) return ageList(t, j);
        return !comparedPeriods(t, j, parts) && !gerundCompound(t, j, parts);
    }

    /**
     * {@link NumberRule#TIME_OR_DURATION}, a 24-hour clock: four digits ending at {@code end}, hours to 23 and minutes to 59,
     * no digit, comma or point before them ("would resume at 2330 local time", "recorded at 1358 local time"): the caller
     * has a word of local time after them.
     */
    private static boolean clockDigits(String text, int end) {
        int b = end - 4;
        if (b < 0) return false;
        for (int i = b; i < end; i++) if (!Character.isDigit(text.charAt(i))) return false;
        if (b > 0 && (Character.isDigit(text.charAt(b - 1)) || text.charAt(b - 1) == ',' || text.charAt(b - 1) == '.')) return false;
        return Integer.parseInt(text.substring(b, b + 2)) <= 23 && Integer.parseInt(text.substring(b + 2, end)) <= 59;
    }

    /**
     * "two day-trading firms", "two day trading offices": a time unit in the singular that opens a compound with a word in
     * "-ing" before a noun in the plural names a kind of the things counted, no duration.
     */
    private boolean gerundCompound(List<Tok> t, int j, String[] parts) {
        int noun = j + 1;
        String gerund = parts.length == 2 ? parts[1] : null;
        if (parts.length == 1 && noun < t.size() && t.get(noun).isWord()) gerund = t.get(noun++).text();
        return gerund != null && gerund.length() > 5 && gerund.endsWith("ing") && noun < t.size() && t.get(noun).isWord()
                && !t.get(noun).capitalized() && !lx.functionWords.contains(t.get(noun).lower()) && pluralOrUnit(t.get(noun).lower())
                && lx.timeUnits.contains(parts[0]) && !parts[0].endsWith("s");
    }

    /** "10 to 14 days", "between four and eight hours", "two or three months": the first end of a range of durations. */
    private boolean durationRangeEnd(List<Tok> t, int j) {
        if (j + 2 >= t.size() || !t.get(j).is("to") && !t.get(j).is("or") && !t.get(j).is("and")) return false;
        Tok n = t.get(j + 1);
        boolean number = n.isNum() && n.text().chars().allMatch(Character::isDigit) || n.isWord() && lx.numberWords.containsKey(n.lower())
                && lx.numberWords.get(n.lower())[1] < 2;
        return number && lx.timeUnits.contains(t.get(j + 2).lower()) && !t.get(j + 2).is("times");
    }

    /**
     * "rose 3 percent year on year", "grew 0.3% month-on-month": the periods a change is measured
     * between, not a duration.
     */
    private static boolean comparedPeriods(List<Tok> t, int j, String[] parts) {
        if (parts.length == 3) return (parts[1].equals("on") || parts[1].equals("over")) && parts[2].equals(parts[0]);
        return j + 2 < t.size() && (t.get(j + 1).is("on") || t.get(j + 1).is("over")) && t.get(j + 2).lower().equals(parts[0]);
    }

    /**
     * "her 8-, 12- and 14-year-old", "10- to 15-minute delays", "a two- or three-week strike": a figure whose hyphen is left hanging shares the unit of
     * the compound that ends its list; a time unit there ("year-old", "minute") makes each an age or a duration.
     */
    private boolean suspendedTimeCompound(List<Tok> t, int k) {
        if (k >= t.size() || !t.get(k).is(",") && !t.get(k).is("and") && !t.get(k).is("or") && !t.get(k).is("to")) return false;
        for (int n = 0; n < 12 && k < t.size(); n++, k++) {
            Tok x = t.get(k);
            if (x.is(",") || x.is("and") || x.is("or") || x.is("to") || x.is("-")) continue;
            if (x.isWord()) {   // in words: "a two- or three-week strike"
                String[] parts = WordSplits.HYPHEN_OR_APOSTROPHE.split(x.lower());
                int p = 0;
                while (p < parts.length && lx.numberWords.containsKey(parts[p])) p++;   // "twenty-five-year"
                if (p == 0) return false;
                if (p < parts.length) return lx.timeUnits.contains(parts[p]);
                continue;
            }
            if (!x.isNum() || k + 2 >= t.size()) return false;
            Tok hyphen = t.get(k + 1), unit = t.get(k + 2);
            if (hyphen.is("-") && hyphen.start() == x.end() && unit.isWord() && unit.start() == hyphen.end()) {
                return lx.timeUnits.contains(WordSplits.HYPHEN_OR_APOSTROPHE.split(unit.lower())[0]);
            }
        }
        return false;
    }

    /** "The victims were 66, 70 and 95 years old": the figure opens a list that ends in an age. */
    private boolean ageList(List<Tok> t, int j) {
        if (!t.get(j).is(",") && !t.get(j).is("and") && !t.get(j).is("or")) return false;
        int k = j;
        for (int n = 0; n < 8 && k < t.size(); n++) {
            Tok x = t.get(k);
            if (x.is(",") || x.is("and") || x.is("or")) { k++; continue; }
            if (!x.isNum()) return false;
            k++;
            if (k + 1 < t.size() && lx.timeUnits.contains(t.get(k).lower()) && (t.get(k + 1).is("old") || t.get(k + 1).is("of"))) {
                return t.get(k + 1).is("old") || k + 2 < t.size() && t.get(k + 2).is("age");
            }
        }
        return false;
    }

    /**
     * {@link NumberRule#DAY_OF_MONTH}: the second day of a range of one month in words, "from July 7 to 13", "between July 7
     * and 13", "on Oct. 3 through 5" (the number at {@code i}, a later day than the first; not before a noun: "between
     * July 7 and 13 people").
     */
    boolean dayRangeEnd(List<Tok> t, int value, int i, int j) {
        if (value < 1 || value > 31 || i < 3) return false;
        Tok prev = t.get(i - 1), first = t.get(i - 2);
        boolean month = isMonthToken(t.get(i - 3)) || i >= 4 && abbreviatedMonthDot(t.get(i - 3), t.get(i - 4));   // "Oct. 3"
        if (!daysTo.contains(prev.lower()) || !month || !first.isNum() || !WordSplits.digits(first.text(), 1, 2)
                || Integer.parseInt(first.text()) >= value) return false;
        return j >= t.size() || !t.get(j).isWord() || !Character.isLowerCase(t.get(j).text().charAt(0))
                || lx.functionWords.contains(t.get(j).lower());
    }

    /** {@link NumberRule#DAY_OF_MONTH}: "May 25", "25 May", "Oct. 9", "4 or 5 April" (a plain integer from 1 to 31). */
    boolean dayOfMonth(List<Tok> t, int value, Tok prev, Tok prev2, int j) {
        return value >= 1 && value <= 31
                && (prev != null && lx.months.containsKey(prev.lower()) && !prev.is("may") || prev != null && prev.is("may") && prev.capitalized()
                    || j < t.size() && t.get(j).isWord() && isMonthToken(t.get(j))
                    || prev != null && abbreviatedMonthDot(prev, prev2)
                    || firstOfDayPair(t, j));
    }

    /** The first day of a pair before its month: "on 4 or 5 April", "from 4 to 7 April", "on 4 and 5 April". */
    private boolean firstOfDayPair(List<Tok> t, int j) {
        return j + 2 < t.size() && (t.get(j).is("or") || t.get(j).is("and") || t.get(j).is("to"))
                && t.get(j + 1).isNum() && WordSplits.digits(t.get(j + 1).text(), 1, 2) && Integer.parseInt(t.get(j + 1).text()) <= 31
                && t.get(j + 2).isWord() && isMonthToken(t.get(j + 2));
    }

    /**
     * {@link NumberRule#YEAR}: a year after a word of time or a month, or before no noun in the plural ("her 2022 loss",
     * "a 2016 report", "the record-breaking 2022 total of 425 deaths"); "for both 2016 and 2017" are years; "2000 people" is
     * a count.
     */
    boolean year(List<Tok> t, Tok prev, int j) {
        boolean yearCtx = prev != null && (yearContext.contains(prev.lower()) || lx.months.containsKey(prev.lower())
                || prev.is(",") || prev.is("’") || prev.is("'"));
        Tok after = j < t.size() ? t.get(j) : null;
        boolean countNext = after != null && after.isWord() && !after.capitalized()
                && !lx.functionWords.contains(after.lower()) && !lx.months.containsKey(after.lower())
                && !lx.measureNouns.contains(after.lower()) && pluralOrUnit(after.lower());
        boolean yearNext = after != null && (after.is("and") || after.is("or")) && j + 1 < t.size()
                && t.get(j + 1).isNum() && NumberRecognizer.isYearValue(t.get(j + 1).text());
        return yearCtx || !countNext || yearNext;
    }

    /** "people", "troops", "km": a noun a figure can count; not "loss", "census", "crisis" (a singular noun after a year). */
    boolean pluralOrUnit(String w) {
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
        return plural || irregularPlurals.contains(w) || lx.unitIndex.word(w) != null;
    }

    /**
     * {@link NumberRule#TIME_OR_DURATION}: "some curbs end after ten years, others over the next five.": a number after "the"
     * and a word of numbers-period-edges.txt ("next", "last", "past"), itself after a preposition of time ("over", "in",
     * "within"), that ends its clause (punctuation or the end follows) is a span of the time units the sentence gave before.
     */
    boolean elidedPeriod(List<Tok> t, Mention m) {
        int i = m.tokStart;
        if (i < 3 || !m.unit.isEmpty() || !t.get(i - 2).is("the") || !periodEdges.contains(t.get(i - 1).lower())
                || !periodPrepositions.contains(t.get(i - 3).lower())) return false;
        return m.tokEnd >= t.size() || CLAUSE_ENDS.contains(t.get(m.tokEnd).text());   // not "the last 200-seat parliament"
    }

    /** Punctuation that ends a clause. */
    static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "?", ")", "\"", "”", "’");

    /**
     * {@link NumberRule#DEFINITION}: "a recession is commonly defined as two consecutive quarters of contraction": the first
     * number within eight words after a word of a definition states the definition.
     */
    boolean defines(List<Tok> t, int i) {
        // "the definition ... of 56 kph (35 mph)": the measure in brackets restates the definition's
        if (i >= 2 && t.get(i - 1).is("(")) {
            for (int x = i - 2; x >= Math.max(0, i - 5); x--) if (t.get(x).isNum()) return defines(t, x);
        }
        for (int x = i - 1; x >= Math.max(0, i - 8); x--) {
            Tok w = t.get(x);
            if (w.isNum() || w.is(".") || w.is(";")) return false;
            if (definitionWords.contains(w.lower())) return true;
        }
        return false;
    }

    /**
     * {@link NumberRule#ODDS}: "a 1-in-1,000-year rainfall", "a one-in-five chance": the first number of odds or of a
     * return period is no count (the number is followed by "-in-", glued).
     */
    static boolean odds(List<Tok> t, int j) {
        if (j + 1 >= t.size() || !t.get(j).is("-") && !t.get(j).is("–") || t.get(j).end() != t.get(j + 1).start()) return false;
        Tok n = t.get(j + 1);
        return n.lower().startsWith("in-") || n.is("in") && j + 2 < t.size() && t.get(j + 2).is("-") && t.get(j + 2).start() == n.end();
    }
}
