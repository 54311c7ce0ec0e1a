package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.claimwatch.extract.domain.NameRunWords.breaks;
import static io.claimwatch.extract.domain.NameRunWords.capitalised;
import static io.claimwatch.extract.domain.NameRunWords.clean;
import static io.claimwatch.extract.domain.NameRunWords.possessive;
import static io.claimwatch.extract.domain.NameRunWords.runStart;

/**
 * Rule "plant-owner": a rate written before the noun of a plant ("its 325,000 barrel per day (bpd) Port Arthur
 * refinery", "Motiva Enterprises 285,000 bpd refinery", "Exxon's 349,000 bpd Beaumont, Texas, refinery") is the
 * capacity of one company's plant, and that company is the key's party, so that the capacities of four refineries
 * of one storm never share a group while one refinery told in two stories still does. The rate's words and the plant
 * nouns are those of {@code lexicon/counted-capacity-rates.txt} (counted.rate-capacity); between the rate and the noun
 * stand only capitalised words (the plant's place or name) and commas. The owner is the capitalised name right before
 * the figure ("Motiva Enterprises", "Exxon's": its first word), or, after "its", the name that opens the sentence as
 * its subject ("Valero Energy Corp filed notice ... its 325,000 bpd Port Arthur refinery"), in its normal form
 * (company-party-name, {@link CompanyNames}). "the company's", "its" after a sentence that opens with no name, a
 * share of a region's output ("7% of Gulf output") have no owner.
 */
final class PlantOwners {

    private PlantOwners() {}

    /** Words at most read after the figure before the plant noun. */
    private static final int AFTER = 10;
    /** A ticker in brackets ({@link SubjectCompany#TICKER}) right before the figure: "Exxon Mobil Corp's ( XOM.N ) 502,000". */
    private static final Pattern TICKER_BEFORE = Pattern.compile("(?:" + SubjectCompany.TICKER.pattern() + ")\\s*$");

    static final Set<String> RATES, UNITS, TIMES, HEADS;
    private static final Set<String> DETERMINERS = Lexicon.words("claimant-determiners.txt");
    private static final Set<String> PRONOUNS = Lexicon.words("claimant-pronouns.txt");
    private static final ConceptLexicon NOT_NAMES = ConceptLexicon.load("/keys/not-place-names.txt");

    static {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : Lexicon.lines("counted-capacity-rates.txt")) {
            String[] kv = line.split(":", 2);
            lists.computeIfAbsent(kv[0].strip(), k -> new HashSet<>()).addAll(List.of(kv[1].strip().split("\\s+")));
        }
        RATES = Set.copyOf(lists.getOrDefault("rate", Set.of()));
        UNITS = Set.copyOf(lists.getOrDefault("unit", Set.of()));
        TIMES = Set.copyOf(lists.getOrDefault("time", Set.of()));
        HEADS = Set.copyOf(lists.getOrDefault("head", Set.of()));
    }

    /**
     * The owner of the plant whose rate is the figure [figureStart, figureEnd) of the sentence [sentenceStart, sentenceEnd), or
     * "": the plant itself when a number names it ({@link #designated}).
     */
    static String of(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        if (sentenceStart >= sentenceEnd || figureEnd > sentenceEnd || figureStart < sentenceStart) return "";
        String plant = designated(text, figureStart, figureEnd, sentenceEnd);   // plant-designated: "the 670,000 bpd Line 6A"
        if (!plant.isEmpty()) return plant;
        int after = rateAfter(wordsAfterNumber(text, figureStart, figureEnd, sentenceEnd));
        if (after == NONE) return "";
        String lead = TICKER_BEFORE.matcher(text.substring(sentenceStart, figureStart)).replaceFirst("").strip();
        String[] before = WordSplits.WHITESPACE.split(lead);
        if (before.length == 0 || before[0].isEmpty()) return "";
        String last = before[before.length - 1];
        if (after == PLANT && last.equalsIgnoreCase("its")) return subject(text, sentenceStart, figureStart);
        // an owner's "'s" owns a rate of any kind ("Exxon's 8,000 bpd"); a bare name only a plant's
        if (!capitalised(last) || breaks(last) || after != PLANT && !possessive(last)) return "";
        // "Motiva Enterprises 285,000 bpd", "Exxon's 8,000 bpd": the capitalised run right before the figure
        int first = runStart(before, before.length - 1);
        return name(text, before[first]);
    }

    /**
     * claimant.plant-capacity: "Exxon Mobil Corp said the storm had only a minor impact on its 349,000 bpd Beaumont, Texas,
     * refinery", "Enbridge said ... the 318,000 barrels-per-day Line 14 would resume": a rate written before the noun of a
     * plant that the words name or own is the outlet's description of that plant, no part of the speaker's report. The
     * plant is owned when a possessive ("its", "their", "Exxon's") or a name ("Motiva Enterprises") stands right before the
     * figure, named when "the" does and the plant's name stands between the rate and its noun or is that noun ("Line 14");
     * not "a 437,000 bpd refinery in Rotterdam" (a plant the sentence brings in), nor "the entire 178,500 bpd refinery".
     * The figure [figureStart, figureEnd) of the sentence [sentenceStart, sentenceEnd).
     */
    static boolean describedCapacity(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        if (sentenceStart >= sentenceEnd || figureEnd > sentenceEnd || figureStart < sentenceStart) return false;
        boolean[] named = new boolean[1];
        if (rateAfter(wordsAfterNumber(text, figureStart, figureEnd, sentenceEnd), named) != PLANT) return false;
        String lead = TICKER_BEFORE.matcher(text.substring(sentenceStart, figureStart)).replaceFirst("").strip();
        String[] before = WordSplits.WHITESPACE.split(lead);
        if (before.length < 2 || before[before.length - 1].isEmpty()) return false;     // (a figure that opens the sentence: its subject)
        String last = before[before.length - 1], low = clean(last).toLowerCase(Locale.ROOT);
        if (possessive(last) || OWNERS.contains(low)) return true;
        if (low.equals("the")) return named[0];
        return capitalised(last) && !breaks(last) && !DETERMINERS.contains(low) && !PRONOUNS.contains(low) && !name(text, last).isEmpty();
    }

    /** The possessive pronouns that own a plant: lexicon/claimant-possessives.txt. */
    private static final Set<String> OWNERS = Lexicon.words("claimant-possessives.txt");

    /** Whether the figure [figureStart, figureEnd) is a rate written before a plant's noun ("its 318,000 barrel per day Line 14"). */
    static boolean beforePlant(String text, int figureStart, int figureEnd, int sentenceEnd) {
        if (figureEnd > sentenceEnd || figureStart >= figureEnd) return false;
        return rateAfter(wordsAfterNumber(text, figureStart, figureEnd, sentenceEnd)) == PLANT;
    }

    /**
     * The sentence's words after the figure [figureStart, figureEnd)'s number, read from the number's end, not the
     * figure's: a figure may hold its unit ("325,000 barrel per day", unit-before-noun); a hyphen after it ("325,000-bpd")
     * read as a space.
     */
    private static String wordsAfterNumber(String text, int figureStart, int figureEnd, int sentenceEnd) {
        int numberEnd = figureStart;
        while (numberEnd < figureEnd && !Character.isWhitespace(text.charAt(numberEnd)) && text.charAt(numberEnd) != '-') numberEnd++;
        return numberEnd < sentenceEnd && text.charAt(numberEnd) == '-' ? " " + text.substring(numberEnd + 1, sentenceEnd) : text.substring(numberEnd, sentenceEnd);
    }

    /** What follows a figure: no rate; a rate; a rate, then capitalised words or commas, then a plant noun. */
    private static final int NONE = 0, RATE = 1, PLANT = 2;

    /** A plant's number after its noun: "6A" of "Line 6A", "14" of "Line 14/64" (the first line of a pair run as one). */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}[A-Za-z]?)(?:/\\d{1,3}[A-Za-z]?)?[,.;:)]?");

    /**
     * Rule "plant-designated": a rate written right before a plant noun that a number names ("the 670,000 bpd Line 6A",
     * "Enbridge's 318,000 barrel a day Line 14/64", "the 400,000 bpd Line 61") is that one plant's capacity, keyed by its
     * noun and number ("line 6a", "line 14"), whoever owns it: one company's lines are as many quantities, and a plant told
     * with no number ("The line can handle 670,000 barrels per day") still meets its own. Else "".
     */
    static String designated(String text, int figureStart, int figureEnd, int sentenceEnd) {
        if (figureStart >= sentenceEnd || figureEnd > sentenceEnd) return "";
        String[] ws = WordSplits.WHITESPACE.split(wordsAfterNumber(text, figureStart, figureEnd, sentenceEnd).strip());
        int head = rateAfter(ws, new boolean[1]);
        if (head < 0 || head + 1 >= ws.length) return "";
        java.util.regex.Matcher m = NUMBER.matcher(ws[head + 1]);
        return m.matches() ? clean(ws[head]).toLowerCase(Locale.ROOT) + " " + m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** What the words after a figure are: {@link #NONE}, {@link #RATE} or {@link #PLANT}. */
    private static int rateAfter(String after) {
        return rateAfter(after, new boolean[1]);
    }

    /** {@link #rateAfter(String)}, and in named[0] whether a capitalised word names the plant (before its noun, or the noun itself). */
    private static int rateAfter(String after, boolean[] named) {
        int head = rateAfter(WordSplits.WHITESPACE.split(after.strip()), named);
        return head >= 0 ? PLANT : head == -RATE ? RATE : NONE;
    }

    /**
     * The index of the plant noun among the words after a figure, else -{@link #RATE} (a rate, no plant) or -{@link #PLANT}
     * (no rate); in named[0] whether a capitalised word names the plant.
     */
    private static int rateAfter(String[] ws, boolean[] named) {
        boolean rate = false, unit = false;
        for (int i = 0; i < ws.length && i < AFTER; i++) {
            String raw = ws[i];
            if (raw.isEmpty()) continue;
            String w = clean(raw).toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            if (raw.startsWith("(") && raw.endsWith(")") && RATES.contains(w)) { rate = true; continue; }   // "(bpd)"
            if (rate && HEADS.contains(w)) {
                named[0] |= capitalised(raw);
                return i;
            }
            if (hyphenedRate(w)) { rate = true; continue; }                     // "240,000-cars-a-year"
            if (!rate && RATES.contains(w)) { rate = true; continue; }
            if (!rate && UNITS.contains(w)) { unit = true; continue; }
            if (unit && !rate && (w.equals("per") || w.equals("a")) && i + 1 < ws.length
                    && TIMES.contains(clean(ws[i + 1]).toLowerCase(Locale.ROOT))) { rate = true; i++; continue; }
            if (rate && capitalised(raw) && !raw.endsWith(".") && !raw.endsWith(";") && !raw.endsWith(":")) {   // "Port Arthur", "Beaumont, Texas,"
                named[0] = true;
                continue;
            }
            return rate ? -RATE : -PLANT;
        }
        return rate ? -RATE : -PLANT;
    }

    /** "barrel-per-day", "tonne-a-year" (a leading number or scale word dropped). */
    private static boolean hyphenedRate(String w) {
        String[] parts = w.split("-");
        int n = parts.length;
        return n >= 3 && UNITS.contains(parts[n - 3]) && (parts[n - 2].equals("per") || parts[n - 2].equals("a")) && TIMES.contains(parts[n - 1]);
    }

    /**
     * The capitalised name that opens the sentence as its subject (a lower-case word follows it), or "": past a dateline
     * that opens it ("HOUSTON (Reuters) - ", {@link DatelineOpening}), tickers in brackets left out.
     */
    private static String subject(String text, int sentenceStart, int figureStart) {
        List<Tok> t = Tok.of(text, sentenceStart, figureStart);
        int from = sentenceStart;
        for (int d = 1; d < t.size() && d <= 16; d++) {
            if (DatelineOpening.endsAt(t, d, Lexicon.get())) {
                from = t.get(d).end();
                break;
            }
        }
        String s = SubjectCompany.TICKER.matcher(text.substring(from, figureStart)).replaceAll(" ").strip();
        String[] ws = WordSplits.WHITESPACE.split(s);
        int i = 0;
        while (i < ws.length && capitalised(ws[i]) && !breaks(ws[i]) && !possessive(ws[i])) i++;
        if (i == 0 || i >= ws.length || capitalised(ws[i]) || !Character.isLetter(ws[i].charAt(0))) return "";
        String first = clean(ws[0]).toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(first) || PRONOUNS.contains(first)) return "";
        return name(text, ws[0]);
    }

    /** The normal form of a name's first word, or "" for a month, weekday or a lone common word. */
    private static String name(String text, String word) {
        String w = clean(word);
        if (w.isEmpty() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) return "";
        String l = w.toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(l) || PRONOUNS.contains(l)) return "";
        return CompanyNames.normal(text, w);
    }
}
