package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the time stage and the patterns built from them, all from lexicon files: month names
 * ({@code lexicon/months.txt}), weekday names ({@code lexicon/weekdays.txt}) and the words around
 * dates ({@code lexicon/time-words.txt}: prepositions and their roles, fillers, relative days, months
 * and years, conjunctions, ordinals, units of a span). No rule names a word inline.
 */
final class TimeWords {

    /** A month's name or abbreviation as written ("September", "Sept.", "Sep"). */
    final String monthName;
    /** Weekday names as written, capitalised or not ("Monday", "monday": wire copy is often lower case). */
    final String weekdayName;
    /** "August 6, 2024" / "August 6" / "6 August 2024" / "August 2024" / "2024-08-06". */
    final Pattern date;
    /** The chars a match of {@link #date} begins with: a month's initial or a digit. */
    final String dateFirsts;
    /** The first letters of the months' names: where {@link #date} and {@link #monthAlone} can begin with a letter. */
    final NameStarts monthStarts;
    /** The first letters of the weekdays' names: where {@link #weekday} can begin. */
    final NameStarts weekdayStarts;
    /** A weekday, and "'s" after it. */
    final Pattern weekday;
    /** The chars a match of {@link #weekday} can begin with (a weekday's initial, in either case). */
    final String weekdayFirsts;
    /** A month named alone: "in March", "since January", "in mid-August" (not "March 5", not "March 2024"). */
    final Pattern monthAlone;
    /** The chars a match of {@link #monthAlone} begins with. */
    final String monthFirsts;
    /** "25-27 June", "June 25-27, 2018": a range of days of one month. */
    final Pattern dayRange;
    /** "from July 7 to 13", "between July 7 and 13, 2024": two days of one month joined by words (lexicon DAYS_FROM, DAYS_TO). */
    final Pattern wordedDayRange;
    /** The chars a match of {@link #wordedDayRange} begins with: a DAYS_FROM word's first, in either case. */
    final String wordedDayRangeFirsts;
    /** A year named as a deadline or target, which says nothing of when the text was written: "by 2030". */
    final Pattern deadlineBefore;
    /** "last " right before a weekday or a month: the one before the latest. */
    final Pattern previousBefore;
    /** "a day after", "two weeks before": an offset from a date named before it. */
    final Pattern offset;
    /** "the first 10 days of ", "the first two months of " before a period. */
    final Pattern firstOf;
    /** "the seventh day of", "the 20th day of": a day counted from the start of an event. */
    final Pattern nthDay;
    /** The chars a match of {@link #nthDay} begins with ("the", in any case). */
    final String nthDayFirsts = "tT";
    /** "20-day-old", "three-week-old": an event's age. */
    final Pattern age;
    /** "the 2011 earthquake", "the 1999 natural disaster": nouns of events a year before them dates. */
    final Set<String> eventNouns = new HashSet<>();
    final Set<String> articles = new HashSet<>();                  // "a 2010 prisoner swap", "after 2021 floods": a year after it names the event

    final Map<String, TimeResolver.Kind> preps = new HashMap<>();   // "since" -> START, "between"/"and" -> null
    final Set<String> rangeOpeners = new HashSet<>();               // "between"
    final Set<String> rangeJoiners = new HashSet<>();               // "and"
    private final Set<String> daysFrom = new HashSet<>();            // "from", "between" before "July 7 to 13"
    private final Set<String> daysTo = new HashSet<>();              // "to", "and" in "July 7 to 13"
    final Set<String> sincePreps = new HashSet<>();                 // "since": a start that counts up to now
    final Set<String> sayingPreps = new HashSet<>();                // "on", "at": a reporting verb may stand before
    final Set<String> fillers = new HashSet<>();
    final Set<String> periods = new HashSet<>();
    final Map<String, String[]> days = new HashMap<>();            // "yesterday" -> {-1}, "overnight" -> {-1, 0}
    final Map<String, Integer> years = new HashMap<>();            // "last year" -> -1
    final Map<String, Integer> months = new HashMap<>();           // "last month" -> -1
    final Set<String> breaks = new HashSet<>();
    final Set<String> same = new HashSet<>();
    final Set<String> superlatives = new HashSet<>();
    final Set<String> clauseWords = new HashSet<>();
    final Set<String> passive = new HashSet<>();                   // "were reported": auxiliaries of the passive
    final Map<String, Integer> ordinals = new HashMap<>();         // "seventh" -> 7
    final Map<String, Integer> spanDays = new HashMap<>();         // "week" -> 7; a month is "MONTH"
    final Set<String> spanMonths = new HashSet<>();                // "month", "months"
    final Map<String, Integer> directions = new HashMap<>();       // "after" -> 1, "before" -> -1
    final Set<String> previous = new HashSet<>();                  // "last"
    final Set<String> firstWords = new HashSet<>();                // "first"
    final Set<String> ageWords = new HashSet<>();                  // "old"
    final Set<String> relatives = new HashSet<>();                 // "which": a phrase about another thing
    final Set<String> future = new HashSet<>();                    // "will", "scheduled": what is to come
    final Set<String> fiscal = new HashSet<>();                    // "fiscal" 2003: an accounting year, no year so far
    final Set<String> infinitives = new HashSet<>();               // "to" before a verb
    final Set<String> compared = new HashSet<>();                  // "versus", "down from": a figure compared with
    final Pattern comparedFigure;
    final Set<String> baseWords = new HashSet<>();                 // "up", "percent" before "from": a base compared with
    final Set<String> perfect = new HashSet<>();                   // "has", "had": a count run up to a day
    final Set<String> pastPerfect = new HashSet<>(), pastState = new HashSet<>();   // "had" (DayBefore), not before "been"
    final Set<String> moments = new HashSet<>();                   // "as of", "by": the moment a figure was taken
    final Set<String> whenWords = new HashSet<>();                 // "when": a clause dated by the date before it
    final Set<String> localTimes = new HashSet<>();                // "local time": "Friday morning local time"
    final Set<String> weekdayNameWords = new HashSet<>();          // "good": "Good Friday" is a name, no date
    final Map<String, Integer> numberWords = new HashMap<>();      // "seven" -> 7, "a" -> 1
    final Set<String> recent = new HashSet<>();                    // "past": "the past two weeks" ends at publication
    final Map<String, Integer> recentYears = new HashMap<>();      // "years" 1, "decade" 10: "the past five years", in months to publication's
    final Set<String> hourUnits = new HashSet<>();                 // "hours": "the past 24 hours"
    final Map<String, Integer> anchored = new HashMap<>();         // "the previous day" -> -1: from the day named before it
    final Set<String> datedRelatives = new HashSet<>();            // "which": a clause right after a date about the dated event
    final Set<String> anchoredYears = new HashSet<>();             // "the previous year": the one before the year named before it
    final Set<String> statistics = new HashSet<>();                // "exports": "1986 exports" are that year's
    final Set<String> markets = new HashSet<>();                   // "shares", "dollar": a market's price or move
    final Set<String> traded = new HashSet<>();                    // "closed", "trading": a market's day of trading
    final Set<String> elections = new HashSet<>();                 // "election", "vote": what a day's possessive names
    final Set<String> votes = new HashSet<>();                     // "votes", "ballots", "tallies": what a vote counts
    final Set<String> opinion = new HashSet<>();                   // "poll", "survey": an opinion survey's figures
    final Set<String> present = new HashSet<>();                   // "are": a verb of the present
    final Set<String> soFar = new HashSet<>();                     // "so far": a count up to the day of the report
    final Map<String, Integer> yearParts = new HashMap<>();        // "quarter" -> 3: a part of a year, in months
    final Set<String> lastParts = new HashSet<>();                 // "final": the last part of a year
    final Map<String, Integer> partLetters = new HashMap<>();      // "q" -> 3: "Q3"
    final Map<String, Integer> anchoredMonths = new HashMap<>();   // "the month before" -> -1: from the month named before it
    final Map<String, Integer> seasons = new HashMap<>();          // "summer" -> 6: a season's first month
    private final Set<String> seasonWhich = new HashSet<>();       // "last": the latest season over ("last summer")

    private final Set<String> periodTo = new HashSet<>();           // "to": "the three months to September"

    private final Map<String, Integer> weekdayNumbers;

    final Pattern relativeDay;
    /** The last words of DAY's entries, {@link #season}'s seasons and {@link #recentSpan}'s RECENT: a gate before each ({@link #lastWords}). */
    final List<String> relativeDayWords, seasonWords, recentWords;
    final Pattern relativeYear;
    final Pattern relativeMonth;
    /** "last summer", "the summer of 2004", "autumn 2004". */
    final Pattern season;
    final Pattern samePeriod;
    final Pattern breakWord;
    /** A relative word ("where", "which"). */
    final Pattern relativeWord;
    /** "and" and the word after it: a second verb joined ("and deployed"). */
    final Pattern joinedVerb;
    /** Right after a weekday, up to two words before LOCAL ("Friday morning local time"): the day where it happened. */
    final Pattern localTimeAfter;
    /** "the year" after "the first two months of": the reference year. */
    final Pattern theYear;
    /** "the past two weeks", "the last 24 hours", "the past week": a span ending at publication (count, unit). */
    final Pattern recentSpan;
    /** "the previous day", "the following day": a day relative to the day named before it. */
    final Pattern anchoredDay;
    /** "so far", "to date" (SO_FAR), a word of its own. */
    final Pattern soFarWords;
    /** "has since killed": a perfect with "since" as an adverb, counting from a date named before. */
    final Pattern sinceAdverb;
    /** "the third quarter", "the second half of the year", "the final quarter of 2004" (ord, part, year, rel). */
    final Pattern yearPart;
    /** "the last three months of 2004" (n, year, rel). */
    final Pattern lastMonthsOf;
    /** "the three months to September", "the year to November 2004" (n, unit, m, y). */
    final Pattern monthsTo;
    /** "Q3", "H1 2005" (l, k, y). */
    final Pattern partLetter;
    /** The letters a {@link #partLetter} begins with: where it is tried. */
    final String partLetterFirsts;
    /** "the week ending ", "the seven days to ": a span of days up to the day named next (count, unit). */
    final Pattern spanTo;

    TimeWords(Lexicon lx) {
        Set<String> deadlines = new HashSet<>(), currentYear = new HashSet<>();
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
                case "PASSIVE" -> passive.add(w);
                case "DEADLINE" -> deadlines.add(w);
                case "ORDINAL" -> ordinals.put(w, Integer.parseInt(f[2]));
                case "COUNT" -> numberWords.put(w, Integer.parseInt(f[2]));
                case "SPAN" -> {
                    if (f[2].equals("MONTH")) spanMonths.add(w);
                    else spanDays.put(w, Integer.parseInt(f[2]));
                }
                case "DIRECTION" -> directions.put(w, Integer.parseInt(f[2]));
                case "PREVIOUS" -> previous.add(w);
                case "FIRST" -> firstWords.add(w);
                case "AGE" -> ageWords.add(w);
                case "EVENT" -> eventNouns.add(w);
                case "ARTICLE" -> articles.add(w);
                case "RELATIVE" -> relatives.add(w);
                case "WHEN" -> whenWords.add(w);
                case "FUTURE" -> future.add(w);
                case "FISCAL" -> fiscal.add(w);
                case "THE_YEAR" -> currentYear.add(w);
                case "INFINITIVE" -> infinitives.add(w);
                case "COMPARED" -> compared.add(w);
                case "BASE" -> baseWords.add(w);
                case "PERFECT" -> perfect.add(w);
                case "PAST_PERFECT" -> pastPerfect.add(w);
                case "PAST_STATE" -> pastState.add(w);
                case "MOMENT" -> moments.add(w);
                case "WEEKDAY_NAME" -> weekdayNameWords.add(w);
                case "RECENT" -> recent.add(w);
                case "RECENT_YEARS" -> recentYears.put(w, f.length > 2 ? Integer.parseInt(f[2]) : 1);
                case "HOURS" -> hourUnits.add(w);
                case "ANCHORED" -> anchored.put(w, Integer.parseInt(f[2]));
                case "DATED_RELATIVE" -> datedRelatives.add(w);
                case "STATISTIC" -> statistics.add(w);
                case "MARKET" -> markets.add(w);
                case "TRADED" -> traded.add(w);
                case "ELECTION" -> elections.add(w);
                case "VOTES" -> votes.add(w);
                case "OPINION" -> opinion.add(w);
                case "PRESENT" -> present.add(w);
                case "SO_FAR" -> soFar.add(w);
                case "ANCHORED_YEAR" -> anchoredYears.add(w);
                case "ANCHORED_MONTH" -> anchoredMonths.put(w, Integer.parseInt(f[2]));
                case "YEAR_PART" -> yearParts.put(w, Integer.parseInt(f[2]));
                case "LAST_PART" -> lastParts.add(w);
                case "PART_LETTER" -> partLetters.put(w, Integer.parseInt(f[2]));
                case "PERIOD_TO" -> periodTo.add(w);
                case "SEASON" -> seasons.put(w, Integer.parseInt(f[2]));
                case "SEASON_WHICH" -> seasonWhich.add(w);
                case "LOCAL" -> localTimes.add(w);
                case "SINCE" -> sincePreps.add(w);
                case "BETWEEN" -> {
                    preps.put(w, null);
                    rangeOpeners.add(w);
                }
                case "DAYS_FROM" -> daysFrom.add(w);
                case "DAYS_TO" -> daysTo.add(w);
                case "AND" -> {
                    preps.put(w, null);
                    rangeJoiners.add(w);
                }
                default -> {
                    preps.put(w, TimeResolver.Kind.valueOf(f[1]));
                    if (f.length > 2 && f[2].equals("said")) sayingPreps.add(w);
                }
            }
        }
        lx.numberWords.forEach((w, v) -> {
            if (v[1] == 0 && v[0] > 0 && v[0] < 20) numberWords.putIfAbsent(w, (int) v[0]);
        });
        weekdayNumbers = lx.weekdays;
        monthName = Lexicon.capitalised(lx.months.keySet()) + "\\.?";
        weekdayName = eitherFirstCase(lx.weekdays.keySet());
        date = Pattern.compile(
                "\\b(?<m1>" + monthName + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>(?:19|20)\\d{2})\\b)?"
                        + "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + monthName + ")(?:,?\\s+(?<y2>(?:19|20)\\d{2})\\b)?"
                        + "|\\b(?<m3>" + monthName + ")\\s+(?<y3>(?:19|20)\\d{2})\\b"
                        + "|\\b(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})\\b");
        monthFirsts = Lexicon.initials(lx.months.keySet());
        dateFirsts = monthFirsts + "0123456789";
        monthStarts = NameStarts.of(lx.months.keySet());
        weekdayStarts = NameStarts.of(lx.weekdays.keySet());
        weekday = Pattern.compile("\\b(" + weekdayName + ")\\b(['’]s\\b)?");
        String weekdayInitials = Lexicon.initials(lx.weekdays.keySet());
        weekdayFirsts = weekdayInitials + weekdayInitials.toLowerCase(Locale.ROOT);   // either case: a superset of what weekday matches
        Set<String> abbreviations = new HashSet<>(lx.months.keySet());
        abbreviations.removeAll(Lexicon.fullNames(lx.months));
        monthAlone = Pattern.compile("(?<![\\p{L}\\d])(" + Lexicon.capitalised(Lexicon.fullNames(lx.months)) + "|"
                + Lexicon.capitalised(abbreviations) + "\\.)(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)");
        dayRange = Pattern.compile(
                "\\b(?<a1>\\d{1,2})\\s*[-–]\\s*(?<b1>\\d{1,2})\\s+(?<m1>" + monthName + ")(?:,?\\s+(?<y1>(?:19|20)\\d{2})\\b)?"
                        + "|\\b(?<m2>" + monthName + ")\\s+(?<a2>\\d{1,2})\\s*[-–]\\s*(?<b2>\\d{1,2})\\b(?:,?\\s+(?<y2>(?:19|20)\\d{2})\\b)?");
        wordedDayRange = Pattern.compile("(?i:\\b" + words(daysFrom) + ")\\s+(?<m>" + monthName + ")\\s+(?<a>\\d{1,2})(?:st|nd|rd|th)?\\s+"
                + "(?i:" + words(daysTo) + ")\\s+(?<b>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d|\\s*%)(?:,?\\s+(?<y>(?:19|20)\\d{2})\\b)?");
        String fromInitials = Lexicon.initials(daysFrom);
        wordedDayRangeFirsts = fromInitials + fromInitials.toLowerCase(Locale.ROOT);
        deadlineBefore = Pattern.compile("(?i)\\b" + words(deadlines) + "\\s+$");
        previousBefore = Pattern.compile("(?i)\\b" + words(previous) + "\\s+$");
        String count = "(" + words(numberWords.keySet()) + "|\\d{1,2})";
        Set<String> units = new HashSet<>(spanDays.keySet());
        units.addAll(spanMonths);
        offset = Pattern.compile("(?i)\\b" + count + "\\s+(" + words(spanDays.keySet()) + ")\\s+(" + words(directions.keySet()) + ")\\b");
        firstOf = Pattern.compile("(?i)\\bthe\\s+" + words(firstWords) + "\\s+" + count + "\\s+(" + words(units) + ")\\s+of\\s+$");
        nthDay = Pattern.compile("(?i)\\bthe\\s+(" + words(ordinals.keySet()) + "|\\d{1,3}(?:st|nd|rd|th))\\s+("
                + words(spanDays.keySet()) + ")\\s+of\\b");
        age = Pattern.compile("(?i)\\b" + count + "[-\\s](" + words(spanDays.keySet()) + ")[-\\s]" + words(ageWords) + "\\b");
        Set<String> recentUnits = new HashSet<>(units);
        recentUnits.addAll(hourUnits);
        recentUnits.addAll(recentYears.keySet());
        recentSpan = Pattern.compile("(?i)\\bthe\\s+(" + words(recent) + ")\\s+(?:" + count + "\\s+)?(" + words(recentUnits) + ")\\b(?!\\s+of\\b)");
        anchoredDay = alternation(anchored.keySet());
        soFarWords = Pattern.compile("(?i)(?<![\\p{L}-])" + words(soFar) + "(?![\\p{L}-])");
        sinceAdverb = Pattern.compile("(?i)\\b" + words(perfect) + "\\s+" + words(sincePreps) + "\\s+\\p{L}+");
        Set<String> partOrdinals = new HashSet<>(ordinals.keySet());
        partOrdinals.addAll(lastParts);
        Set<String> yearWords = new HashSet<>(years.keySet());
        yearWords.addAll(currentYear);
        String ofYear = "(?:\\s+of\\s+(?:(?<year>(?:19|20)\\d{2})\\b|(?<rel>" + words(yearWords) + ")\\b))";
        Set<String> parts = new HashSet<>(yearParts.keySet());
        parts.removeIf(p -> yearParts.get(p) >= 12);
        yearPart = Pattern.compile("(?i)\\bthe\\s+(?<ord>" + words(partOrdinals) + ")[\\s-]+(?<part>" + words(parts) + ")\\b" + ofYear + "?");
        lastMonthsOf = Pattern.compile("(?i)\\bthe\\s+" + words(lastParts) + "\\s+(?<n>" + words(numberWords.keySet()) + "|\\d{1,2})\\s+"
                + words(spanMonths) + ofYear);
        monthsTo = Pattern.compile("(?i:\\bthe\\s+(?:(?<n>" + words(numberWords.keySet()) + "|\\d{1,2})\\s+(?<unit>" + words(spanMonths)
                + ")|(?<part>" + words(yearParts.keySet()) + "))\\s+" + words(periodTo) + "\\s+)(?<m>" + monthName + ")(?:,?\\s+(?<y>(?:19|20)\\d{2})\\b)?(?![\\p{L}\\d])");
        spanTo = Pattern.compile("(?i)\\bthe\\s+(?:" + count + "\\s+)?(" + words(spanDays.keySet()) + ")\\s+" + words(periodTo) + "\\s+(?:on\\s+)?");
        StringBuilder letters = new StringBuilder();
        for (String l : partLetters.keySet()) letters.append(l.toUpperCase(Locale.ROOT));
        partLetterFirsts = letters.toString();
        partLetter = Pattern.compile("\\b(?<l>[" + letters + "])(?<k>[1-4])(?:\\s+(?<y>(?:19|20)\\d{2}))?\\b");
        relativeDay = alternation(days.keySet());
        relativeDayWords = lastWords(days.keySet());
        seasonWords = lastWords(seasons.keySet());
        recentWords = lastWords(recent);
        relativeYear = Pattern.compile("(?<!\\bthe\\s)" + alternation(years.keySet()).pattern(), Pattern.CASE_INSENSITIVE);   // "in the last year" is a span
        Set<String> monthWords = new HashSet<>(months.keySet());
        monthWords.addAll(anchoredMonths.keySet());
        relativeMonth = alternation(monthWords);
        season = Pattern.compile("(?i)\\b(?:(?<which>" + words(seasonWhich) + ")\\s+(?<s>" + words(seasons.keySet())
                + ")|(?<s2>" + words(seasons.keySet()) + ")\\s+(?:of\\s+)?(?<y>(?:19|20)\\d{2}))\\b");
        samePeriod = Pattern.compile(alternation(same).pattern() + "\\s*(?:(?:of|in)\\s+)?$", Pattern.CASE_INSENSITIVE);
        breakWord = alternation(breaks);
        theYear = alternation(currentYear);
        relativeWord = alternation(relatives);
        comparedFigure = Pattern.compile("(?i)(?<![\\p{L}])" + words(compared) + "\\s+(?:\\S+\\s+){0,2}?[$£€]?\\d");
        localTimeAfter = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:\\p{L}+\\s+){0,2}?" + words(localTimes) + "\\b");
        joinedVerb = Pattern.compile("\\b" + words(rangeJoiners) + "\\s+(\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);
    }

    /** "(?:a|b|c)", longest first, each quoted. */
    static String words(Collection<String> ws) {
        List<String> l = new ArrayList<>(ws);
        l.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < l.size(); i++) {
            // the words of an entry apart by any white space: wire copy breaks lines inside a phrase ("so far this\nyear")
            sb.append(i == 0 ? "" : "|");
            String[] parts = l.get(i).split(" ", -1);
            for (int k = 0; k < parts.length; k++) sb.append(k == 0 ? "" : "\\s+").append(parts[k].isEmpty() ? "" : Pattern.quote(parts[k]));
        }
        return sb.append(')').toString();
    }

    /**
     * The last word of each entry, lower case, without repeats: a match of {@link #words} of the entries, in any case,
     * holds one of them as it is written in a text lower-cased (its words are quoted, apart by white space only).
     */
    static List<String> lastWords(Collection<String> ws) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : ws) out.add(w.substring(w.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        out.remove("");
        return List.copyOf(out);
    }

    /** A phrase as matched, in the form of its lexicon entry: lower case, one space between words. */
    static String entry(String matched) {
        return WordSplits.WHITESPACE.matcher(matched.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** "(?:[Mm]onday|...)": names with their first letter in either case, longest first. */
    private static String eitherFirstCase(Collection<String> names) {
        List<String> l = new ArrayList<>(names);
        l.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < l.size(); i++) {
            String n = l.get(i);
            sb.append(i == 0 ? "" : "|").append('[').append(Character.toUpperCase(n.charAt(0))).append(Character.toLowerCase(n.charAt(0)))
                    .append(']').append(Pattern.quote(n.substring(1)));
        }
        return sb.append(')').toString();
    }

    static Pattern alternation(Set<String> ws) {
        return Pattern.compile("\\b" + words(ws) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The ISO number of a weekday's name ("Monday" 1). */
    int weekdayOf(String name) {
        return weekdayNumbers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A count written as a word or in digits ("seven", "7", "a"), or -1. */
    int count(String w) {
        Integer n = numberWords.get(w.toLowerCase(Locale.ROOT));
        if (n != null) return n;
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An ordinal written as a word or with its suffix ("seventh", "7th"), or -1. */
    int ordinal(String w) {
        Integer n = ordinals.get(w.toLowerCase(Locale.ROOT));
        if (n != null) return n;
        String digits = w.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }
}
