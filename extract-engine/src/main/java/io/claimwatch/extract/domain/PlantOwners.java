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

    /** The owner of the plant whose rate is the figure [figureStart, figureEnd) of the sentence [sentenceStart, sentenceEnd), or "". */
    static String of(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        if (sentenceStart >= sentenceEnd || figureEnd > sentenceEnd || figureStart < sentenceStart) return "";
        // read from the number's end, not the figure's: a figure may hold its unit ("325,000 barrel per day", unit-before-noun)
        int numberEnd = figureStart;
        while (numberEnd < figureEnd && !Character.isWhitespace(text.charAt(numberEnd)) && text.charAt(numberEnd) != '-') numberEnd++;
        int after = rateAfter(text.substring(numberEnd, sentenceEnd).replaceFirst("^-", " "));
        if (after == NONE) return "";
        String lead = TICKER_BEFORE.matcher(text.substring(sentenceStart, figureStart)).replaceFirst("").strip();
        String[] before = lead.split("\\s+");
        if (before.length == 0 || before[0].isEmpty()) return "";
        String last = before[before.length - 1];
        if (after == PLANT && last.equalsIgnoreCase("its")) return subject(text, sentenceStart, figureStart);
        // an owner's "'s" owns a rate of any kind ("Exxon's 8,000 bpd"); a bare name only a plant's
        if (!capitalised(last) || breaks(last) || after != PLANT && !possessive(last)) return "";
        // "Motiva Enterprises 285,000 bpd", "Exxon's 8,000 bpd": the capitalised run right before the figure
        int first = runStart(before, before.length - 1);
        return name(text, before[first]);
    }

    /** Whether the figure [figureStart, figureEnd) is a rate written before a plant's noun ("its 318,000 barrel per day Line 14"). */
    static boolean beforePlant(String text, int figureStart, int figureEnd, int sentenceEnd) {
        if (figureEnd > sentenceEnd || figureStart >= figureEnd) return false;
        int numberEnd = figureStart;
        while (numberEnd < figureEnd && !Character.isWhitespace(text.charAt(numberEnd)) && text.charAt(numberEnd) != '-') numberEnd++;
        return rateAfter(text.substring(numberEnd, sentenceEnd).replaceFirst("^-", " ")) == PLANT;
    }

    /** What follows a figure: no rate; a rate; a rate, then capitalised words or commas, then a plant noun. */
    private static final int NONE = 0, RATE = 1, PLANT = 2;

    /** What the words after a figure are: {@link #NONE}, {@link #RATE} or {@link #PLANT}. */
    private static int rateAfter(String after) {
        String[] ws = after.strip().split("\\s+");
        boolean rate = false, unit = false;
        for (int i = 0; i < ws.length && i < AFTER; i++) {
            String raw = ws[i];
            if (raw.isEmpty()) continue;
            String w = clean(raw).toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            if (raw.startsWith("(") && raw.endsWith(")") && RATES.contains(w)) { rate = true; continue; }   // "(bpd)"
            if (rate && HEADS.contains(w)) return PLANT;
            if (hyphenedRate(w)) { rate = true; continue; }                     // "240,000-cars-a-year"
            if (!rate && RATES.contains(w)) { rate = true; continue; }
            if (!rate && UNITS.contains(w)) { unit = true; continue; }
            if (unit && !rate && (w.equals("per") || w.equals("a")) && i + 1 < ws.length
                    && TIMES.contains(clean(ws[i + 1]).toLowerCase(Locale.ROOT))) { rate = true; i++; continue; }
            if (rate && capitalised(raw) && !raw.endsWith(".") && !raw.endsWith(";") && !raw.endsWith(":")) continue;   // "Port Arthur", "Beaumont, Texas,"
            return rate ? RATE : NONE;
        }
        return rate ? RATE : NONE;
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
        String[] ws = s.split("\\s+");
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
