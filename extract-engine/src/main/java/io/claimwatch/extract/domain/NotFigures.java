package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tests that drop a number that is not a figure: a time or a duration, a day of a month, a year,
 * a designator ("Flight 17"), a name that ends in a number ("the Lower 48", "Boeing 737"); ages are
 * {@link Ages}'. Each is a rule of {@link NumberRule}.
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

    /** "to", "and", "through" between two days of one month in words (lexicon/time-words.txt DAYS_TO). */
    private final Set<String> daysTo;

    NotFigures(Lexicon lx) {
        this.lx = lx;
        this.daysTo = timeWords(lx, "DAYS_TO");
        this.ages = new Ages(lx, this);
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
    private static final Set<String> MORE = Set.of("more", "additional", "extra", "further");

    /**
     * {@link NumberRule#TIME_OR_DURATION}: "9 a.m.", "10 days", "three years"; also the first of a list of ages, and a
     * figure whose hyphen hangs before a time unit at the end of its list ("8-, 12- and 14-year-old").
     */
    boolean isTimeOrDuration(String text, List<Tok> t, int j, int end) {
        if (AMPM.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()) return true;
        if (j >= t.size()) return false;
        Tok w = t.get(j);
        if (timeZones.contains(w.text())) return true;   // "talks resume at 1000 EST"
        if (w.is("-") && w.start() == end) return suspendedTimeCompound(t, j + 1);
        if (!w.isWord()) return w.is(",") && ageList(t, j);
        if (durationRangeEnd(t, j)) return true;
        if (MORE.contains(w.lower()) && j + 1 < t.size() && lx.timeUnits.contains(t.get(j + 1).lower())) return true;   // "two more days"
        String[] parts = WordSplits.HYPHEN_OR_APOSTROPHE.split(w.lower());
        if (!lx.timeUnits.contains(parts[0])) return ageList(t, j);
        return !comparedPeriods(t, j, parts) && !gerundCompound(t, j, parts);
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
        if (!daysTo.contains(prev.lower()) || !month || !first.isNum() || !first.text().matches("\\d{1,2}")
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
                && t.get(j + 1).isNum() && t.get(j + 1).text().matches("\\d{1,2}") && Integer.parseInt(t.get(j + 1).text()) <= 31
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

    /**
     * {@link NumberRule#DESIGNATOR_LIST}: "Locks 16, 17, 20", "SiriusXM Channels 116, 454, 795", "Landing Zones 1 and 2": each
     * plain integer of a list (commas, "and", "or", "&") after a capitalised designator in the plural (designators.txt, or
     * one with "s" or "es") names a thing of the list. A later item counts what follows it when that is a unit or a plural ("Routes 1 and 20 miles").
     */
    boolean designatedList(List<Tok> t, int i) {
        int x = i;
        while (x > 0) {   // back over the list's joins ("," "&" "and" "or" ", and") to its first number
            Tok p = t.get(x - 1);
            int y = p.is(",") || p.is("&") ? x - 2 : p.is("and") || p.is("or") ? (x >= 3 && t.get(x - 2).is(",") ? x - 3 : x - 2) : -2;
            if (y == -2) break;
            if (y < 0 || !plainInteger(t.get(y))) return false;
            x = y;
        }
        if (x == 0 || !plainInteger(t.get(i)) || !pluralDesignator(t.get(x - 1))) return false;
        Tok next = i + 1 < t.size() ? t.get(i + 1) : null;
        return x == i || next == null || !next.isWord() && !next.is("%") || next.capitalized() || lx.functionWords.contains(next.lower())
                || !pluralOrUnit(next.lower()) && !lx.timeUnits.contains(next.lower()) && !lx.measureNouns.contains(next.lower());
    }

    private static boolean plainInteger(Tok k) {
        if (!k.isNum()) return false;
        for (int c = 0; c < k.text().length(); c++) if (!Character.isDigit(k.text().charAt(c))) return false;
        return true;
    }

    /** "Locks", "Channels", "Zones": a capitalised designator in the plural, not an age ("Ages 18 and 24"). */
    private boolean pluralDesignator(Tok w) {
        String l = w.lower();
        if (!w.capitalized() || !l.endsWith("s") || l.startsWith("age")) return false;
        return lx.designators.contains(l) || lx.designators.contains(l.substring(0, l.length() - 1))
                || l.endsWith("es") && lx.designators.contains(l.substring(0, l.length() - 2));
    }

    /** {@link NumberRule#NAME_ENDING_IN_NUMBER}: "people across the Lower 48 were under heat alerts", "the Fortune 500 and". */
    boolean nameEndingInNumber(List<Tok> t, int i, Tok prev, Tok prev2, int j) {
        Tok k = t.get(i);
        return prev != null && prev2 != null && prev2.is("the") && prev.capitalized() && prev.end() < k.start()
                && !lx.months.containsKey(prev.lower()) && !lx.weekdays.containsKey(prev.lower())
                && !prev.text().endsWith("'s") && !prev.text().endsWith("’s") && !prev.text().endsWith("s")   // "the Democrats 213,"
                && (j >= t.size() || !t.get(j).isWord() && !t.get(j).is("%") || lx.functionWords.contains(t.get(j).lower()))
                || nameRunEndingInNumber(t, i, j);
    }

    /** A number among the eight tokens before token x. */
    private static boolean figureBefore(List<Tok> t, int x) {
        for (int y = x - 1; y >= Math.max(0, x - 8); y--) if (t.get(y).isNum()) return true;
        return false;
    }

    /**
     * {@code numbers.name-run-ending-in-number}: "the ferry Blue Star Line 2", "a tanker, the Sea Pearl 7, and two barges",
     * "shown live on Arena Sports 1.": a run of two to four capitalised words after "the" (or after a lower-case word of
     * function-words.txt, the number then ending its sentence) and the number right after them is a vessel's, channel's or
     * product's name. Not an item of a list of results ("the Centre Party 37, the Greens 12": "the" or a capitalised word after
     * the comma, or a figure before its ", the" or "and the": "the Greens 12 and the Centre Party 37."), nor before a noun.
     */
    private boolean nameRunEndingInNumber(List<Tok> t, int i, int j) {
        // the number's index is passed, never searched for: a search a number is quadratic in a long sentence
        Tok k = t.get(i);
        int x = i - 1, words = 0;
        while (x >= 0 && words < 5 && t.get(x).isWord() && t.get(x).capitalized() && !lx.months.containsKey(t.get(x).lower())
                && !lx.weekdays.containsKey(t.get(x).lower()) && !t.get(x).is("The")) { x--; words++; }
        if (words < 2 || words > 4 || x < 0 || !t.get(x).isWord()) return false;
        String last = t.get(i - 1).text();
        if (last.endsWith("s") || t.get(i - 1).end() >= k.start()) return false;
        Tok before = t.get(x);
        boolean the = before.is("the") || before.is("The");
        // the last of a list of results: "the Greens 12 and the Centre Party 37."
        if (the && x > 0 && (t.get(x - 1).is(",") || t.get(x - 1).is("and")) && figureBefore(t, x - 1)) return false;
        if (!the && (before.capitalized() || !lx.functionWords.contains(before.lower()))) return false;
        Tok next = j < t.size() ? t.get(j) : null;
        if (next == null || next.is(".") && j + 1 == t.size()) return true;
        if (!the) return false;
        if (next.is(",") || next.is("and")) {
            Tok after = j + 1 < t.size() ? t.get(j + 1) : null;
            if (after != null && after.is("and") && j + 2 < t.size()) after = t.get(j + 2);
            return after == null || !after.is("the") && !after.capitalized() && !after.isNum();
        }
        return !next.isWord() && !next.is("%") && !next.is("-") || lx.functionWords.contains(next.lower());
    }

    /**
     * {@link NumberRule#MODEL_NAME}: "a Boeing 737 Max 9", "the US outpost Tower 22", "two 737 Max 8
     * crashes", "Chief Warrant Officer 4 Dana Ruiz": a number that goes on a capitalised word in running text
     * (not a headline in title case, "Storm Kills 43") names a model or a place, unless a lower-case noun
     * follows it ("told CNN 40 people died").
     */
    boolean modelName(List<Tok> t, Tok k, Tok prev, Tok prev2, int j) {
        if (prev == null || !prev.isWord() || !prev.capitalized() || prev.end() < k.start() - 1 || prev2 == null) return false;
        String p = prev.text();
        if (p.endsWith("s") || p.endsWith("'s") || p.endsWith("’s")) return false;   // "the Democrats 213"
        if (lx.months.containsKey(prev.lower()) || lx.weekdays.containsKey(prev.lower())) return false;
        if (prev2.isNum()) return true;                                   // "737 Max 9"
        if (!prev2.isWord() || prev2.capitalized() && titleCase(t)) return false;   // a headline in title case: "Quake Kills 77"
        Tok next = j < t.size() ? t.get(j) : null;
        // after two capitalised words, only a name or a verb goes on: "Officer 4 Dana", "Brigade 604 was"; not a
        // party's result in a list ("the Centre Party 37, the Greens 12")
        if (prev2.capitalized() && (next == null || !next.isWord() || next.is("and") || next.is("or"))) return false;
        return next == null || !next.isWord() && !next.is("%") || next.capitalized() || lx.functionWords.contains(next.lower())
                || modelBeforeNoun(prev, prev2, next, j + 1 < t.size() ? t.get(j + 1) : null);
    }

    /**
     * {@code names.model-before-noun}: "an Orion 4 capsule", "the Vega 12 probes", "NASA Titan 2 rockets": a number on a
     * word in mixed case (a name, not an acronym: "told CNN 40 people died") names a model when the lower-case noun after
     * it is in the singular (a number over one counts no singular noun) or when an article or a capitalised word opens
     * the name. Not before a unit or a number word ("the Alliance 23 pct"), nor a share ("and Iberia 10 out of 40").
     */
    private boolean modelBeforeNoun(Tok prev, Tok prev2, Tok next, Tok after) {
        if (!next.isWord() || next.capitalized()) return false;                               // "leading Lake 48% to 41%"
        if (next.is("and") || next.is("or") || next.is("to")) return false;                  // "won 77 seats, the Liberal 47 and"
        String n = next.lower(), p = prev.text();
        if (lx.unitIndex.word(n) != null || lx.numberWords.containsKey(n) || lx.timeUnits.contains(n) || lx.measureNouns.contains(n)) return false;
        if (p.length() < 3 || p.equals(p.toUpperCase(Locale.ROOT)) || !Character.isLowerCase(p.charAt(p.length() - 1))) return false;
        String b = prev2.lower();
        boolean opened = b.equals("the") || b.equals("a") || b.equals("an")
                || prev2.isWord() && prev2.capitalized() && !lx.functionWords.contains(b);   // not "In Lyon 30 people"
        if (after != null && after.is("of")) return false;                                   // "Iberia 10 out of 40"
        return opened || !pluralOrUnit(n) && !n.endsWith("ed");                            // not "Lyon 30 killed"

    }

    /** Whether the tokens are a headline in title case: no word of four letters or more in lower case but function words. */
    boolean titleCase(List<Tok> t) {
        for (Tok w : t) {
            if (w.isWord() && w.text().length() >= 4 && Character.isLowerCase(w.text().charAt(0)) && !lx.functionWords.contains(w.lower())) return false;
        }
        return true;
    }
}
