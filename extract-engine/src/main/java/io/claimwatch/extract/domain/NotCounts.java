package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers that say what a thing is or where it ranks, not how many there are: a figure joined to a word that
 * names a kind ({@link NumberRule#KIND_COMPOUND}: "a two-bit outfit", "a five-point plan", "a 23-page report"),
 * the size of a ranking ({@link NumberRule#RANKING}: "the world's 500 largest companies", "the top 10 metro
 * areas"), and the two numbers of a rate ({@link NumberRule#RATIO}: "four in ten leaders", "1 in every 13
 * bridges", "eight out of 10 voters"), a number in a fixed phrase ({@link NumberRule#IDIOM}: "knocked for six", "snapped in
 * two"), the base a rate is taken over ({@link NumberRule#RATE_BASE}: "per 100,000 people"), a number word that ends
 * a name ({@link NumberRule#NAME_IN_WORDS}: "the Guildford Four"), one that closes a title in quotes
 * ({@link NumberRule#TITLE_IN_QUOTES}: "“Inside Out 2”") and a calibre ({@link NumberRule#CALIBRE}: "9 mm shells").
 */
final class NotCounts {

    private final Lexicon lx;
    private final NotFigures not;
    /** The kind words, each with the nouns one of which must follow it within three words (none: any). */
    private final Map<String, Set<String>> kindWords = new HashMap<>();
    private final Set<String> superlatives;
    /** Fixed phrases that hold a number word and count nothing, each as its lower-case words. */
    private final List<String[]> idioms;
    /** Ammunition and weapons, whose measure before them is their calibre. */
    private final Set<String> calibreNouns;
    /** "innocent", "focused": after "100%", a degree ({@link NumberRule#INTENSIFIER}). */
    private final Set<String> intensifiedWords;
    /** "him", "them": before "100%", a degree ({@link NumberRule#INTENSIFIER}). */
    private final Set<String> intensifiedObjects;

    NotCounts(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
        for (String line : Lexicon.lines("numbers-kind-compounds.txt")) {
            String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
            kindWords.put(w[0], Set.of(w).stream().filter(x -> !x.equals(w[0])).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        this.superlatives = Set.copyOf(Lexicon.lines("numbers-superlatives.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.idioms = Lexicon.lines("numbers-idioms.txt").stream().map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        this.calibreNouns = Set.copyOf(Lexicon.lines("numbers-calibre-nouns.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.intensifiedWords = Set.copyOf(Lexicon.lines("numbers-intensified-words.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.intensifiedObjects = Set.copyOf(Lexicon.lines("numbers-intensified-objects.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether the figure {@code m} is no count by one of these rules. */
    boolean drops(List<Tok> t, Mention m) {
        int k = lastNumeral(t, m);
        return k >= 0 && (kindCompound(t, k) || ranking(t, k) || ratio(t, k) || idiom(t, k) || nameInWords(t, k) || rateBase(t, m) || titleInQuotes(t, k)
                || calibre(t, m) || intensifier(t, m));
    }

    /**
     * {@link NumberRule#INTENSIFIER}: "you were 100% innocent", "to be 100 percent focused", "the report cleared him 100%": a full
     * percentage right before an adjective of numbers-intensified-words.txt or right after an object pronoun of
     * numbers-intensified-objects.txt that ends its clause says how fully, no share ("a 100% expectation", "overruns of more
     * than 100%", "grant them 100 pct now" stay).
     */
    private boolean intensifier(List<Tok> t, Mention m) {
        if (!m.unit.equals("%") || m.value.compareTo(java.math.BigDecimal.valueOf(100)) != 0) return false;
        if (m.tokEnd < t.size() && intensifiedWords.contains(t.get(m.tokEnd).lower())) return true;
        // after its object, only at the clause's end: "grant them 100 pct now" gives them a share
        return m.tokStart > 0 && intensifiedObjects.contains(t.get(m.tokStart - 1).lower())
                && (m.tokEnd >= t.size() || CLAUSE_END.contains(t.get(m.tokEnd).text()));
    }

    /** Punctuation that ends a clause. */
    private static final Set<String> CLAUSE_END = Set.of(".", ",", ";", ":", "!", "?", ")", "\"", "”", "’");

    /**
     * {@link NumberRule#CALIBRE}: "9 mm shells were collected", "a 155mm artillery shell", "a .50 caliber rifle": a measure in
     * millimetres or calibres right before a word of numbers-calibre-nouns.txt (within two words) is the calibre, the kind
     * of round or gun, not a count nor a size told.
     */
    private boolean calibre(List<Tok> t, Mention m) {
        int x = m.tokEnd;
        if (!m.unit.equals("mm")) {
            if (x < t.size() && t.get(x).is("-")) x++;
            if (x >= t.size() || !t.get(x).is("caliber") && !t.get(x).is("calibre")) return false;
            x++;
        }
        for (int y = x; y < Math.min(t.size(), x + 2); y++) if (calibreNouns.contains(t.get(y).lower())) return true;
        return false;
    }

    /**
     * {@link NumberRule#RATE_BASE}: "0.46 homicides per 100,000 people", "the rate for every 1,000 births", "two of every three
     * citizens": the number a rate is taken over is its base, not a count; the rate's own figure is the claim.
     */
    private boolean rateBase(List<Tok> t, Mention m) {
        int x = m.tokStart - 1;
        return x >= 0 && (t.get(x).is("per") || x >= 1 && t.get(x).is("every") && (t.get(x - 1).is("for")
                || x >= 2 && t.get(x - 1).is("of") && numeral(t.get(x - 2))));   // "two of every three citizens"
    }

    /**
     * {@link NumberRule#TITLE_IN_QUOTES}: "“Inside Out 2”", "‘Despicable Me 4,’", "the musical “Nine”": a number that
     * closes a quotation in title case (every word capitalised but short function words, the first one too) ends the
     * title of a work, not a count. A quotation of speech has words in lower case: "“We lost 12,” he said".
     */
    private boolean titleInQuotes(List<Tok> t, int k) {
        Tok n = t.get(k);
        if (n.isWord() && !n.capitalized()) return false;
        int after = k + 1;
        if (after < t.size() && (t.get(after).is(",") || t.get(after).is(".")) && t.get(after).start() == n.end()) after++;
        if (after >= t.size() || !QUOTE_MARKS.contains(t.get(after).text()) || t.get(after).start() != t.get(after - 1).end()) return false;
        for (int x = k - 1; x >= Math.max(0, k - 8); x--) {
            Tok w = t.get(x);
            if (QUOTE_MARKS.contains(w.text())) {
                return x + 1 < t.size() && t.get(x + 1).start() == w.end() && (x + 1 == k || t.get(x + 1).capitalized());
            }
            if (w.isWord() ? !w.capitalized() && (w.text().length() > 3 || !lx.functionWords.contains(w.lower()))
                    : !w.is(":") && !w.is("&") && !w.is(",")) return false;
        }
        return false;
    }

    /** Quotation marks, straight and curly, opening or closing. */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "“", "”", "‘", "’");

    /**
     * {@link NumberRule#NAME_IN_WORDS}: "the Guildford Four", "after World War Two": a number word written with a capital
     * right after a capitalised word inside a sentence of running text (not its first word, nor a headline in title case
     * or in capitals) ends a name.
     */
    private boolean nameInWords(List<Tok> t, int k) {
        Tok n = t.get(k);
        if (!n.isWord() || k == 0 || !n.capitalized() || n.text().length() < 3 || !n.text().substring(1).equals(n.lower().substring(1))) {
            return false;
        }
        Tok prev = t.get(k - 1);
        // not after a dateline in capitals: "LOS ANGELES Two bodies were found"
        return prev.isWord() && prev.capitalized() && !prev.text().equals(prev.text().toUpperCase(java.util.Locale.ROOT))
                && prev.end() < n.start() && !not.names.titleCase(t);
    }

    /** The token of the figure's own numeral (digits or a number word), the last of the mention's. */
    private int lastNumeral(List<Tok> t, Mention m) {
        for (int x = Math.min(m.tokEnd, t.size()) - 1; x >= m.tokStart; x--) {
            if (numeral(t.get(x))) return x;
        }
        return -1;
    }

    private boolean numeral(Tok w) {
        if (w.isNum()) return true;
        return w.isWord() && lx.numberWords.containsKey(w.lower().split("-")[0]);
    }

    /** {@link NumberRule#KIND_COMPOUND}: "two-bit", "a 23-page report", "a two tier system", "3-D", "a five-point plan". */
    private boolean kindCompound(List<Tok> t, int k) {
        Tok n = t.get(k);
        String tail = null;
        int after;
        int dash = n.isWord() ? n.lower().lastIndexOf('-') : -1;
        if (dash > 0) {
            tail = n.lower().substring(dash + 1);
            after = k + 1;
        } else if (k + 2 < t.size() && (t.get(k + 1).is("-") || t.get(k + 1).is("‑")) && t.get(k + 1).start() == n.end()
                && t.get(k + 2).isWord() && t.get(k + 2).start() == t.get(k + 1).end()) {
            tail = t.get(k + 2).lower();
            after = k + 3;
        } else if (k + 1 < t.size() && t.get(k + 1).isWord()) {
            tail = t.get(k + 1).lower();
            after = k + 2;
        } else {
            return false;
        }
        // "a three-cornered fight", "a 3-wheeled cart": joined by a hyphen to an adjective in -ed, it names a kind
        if (after == k + 1 && dash > 0 || after == k + 3) {
            if (tail.length() > 4 && tail.endsWith("ed") && !lx.numberWords.containsKey(tail)) return true;   // not "two-hundred"
        }
        Set<String> heads = kindWords.get(tail);
        if (heads == null) return false;
        if (heads.isEmpty()) return true;
        for (int x = after; x < Math.min(t.size(), after + 3); x++) if (heads.contains(t.get(x).lower())) return true;
        return false;
    }

    /**
     * {@link NumberRule#RANKING}: "the world's 500 largest companies", "the state's top 13", "the largest 10 fires", and
     * "eight of the world's 14 highest mountains" (a part of a ranking).
     */
    private boolean ranking(List<Tok> t, int k) {
        Tok prev = k > 0 ? t.get(k - 1) : null, prev2 = k > 1 ? t.get(k - 2) : null;
        Tok next = k + 1 < t.size() ? t.get(k + 1) : null;
        if (prev != null && world(prev) && next != null && superlatives.contains(next.lower())) return true;
        // "the FBI's 10 most-wanted fugitives", "the agency's 10 Most Wanted list": a named list's size
        if (prev != null && possessive(prev) && next != null && mostWanted(t, k + 1)) return true;
        if (prev != null && prev.is("top") && prev2 != null && (prev2.is("the") || possessive(prev2))) return true;
        if (prev != null && superlatives.contains(prev.lower()) && !prev.is("most") && prev2 != null && prev2.is("the")) return true;
        // "eight of the world's 14 highest": a part of a ranking
        return k + 5 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).is("the") && world(t.get(k + 3))
                && numeral(t.get(k + 4)) && superlatives.contains(t.get(k + 5).lower());
    }

    /** "most-wanted" or "most wanted" at token {@code x}. */
    private static boolean mostWanted(List<Tok> t, int x) {
        if (t.get(x).is("most-wanted")) return true;
        if (!t.get(x).is("most")) return false;
        int y = x + 1 < t.size() && t.get(x + 1).is("-") ? x + 2 : x + 1;
        return y < t.size() && t.get(y).is("wanted");
    }

    private static boolean world(Tok w) {
        return w.is("world's") || w.is("world’s");
    }

    private static boolean possessive(Tok w) {
        return w.isWord() && (w.lower().endsWith("'s") || w.lower().endsWith("’s"));
    }

    /**
     * {@link NumberRule#RATIO}: "four in ten business leaders", "1 in every 13 bridges": both numbers of a rate; and "eight out
     * of 10 voters": "out of" ten is a rate ("24 out of 25 proposals" is a count), and so is the base of a hundred or a
     * thousand, whose first figure counts as a share per hundred would (number.rate-per-hundred: "two out of every 100 claims
     * fail" counts two claims).
     */
    private boolean ratio(List<Tok> t, int k) {
        if (OddsOfOutcome.opensOdds(t, k)) return false;                      // "a 1 in 4 chance" (ODDS_OF_OUTCOME)
        if (outOf(t, k + 1) >= 0 && rateNumber(t.get(k)) && baseTen(t.get(outOf(t, k + 1)))) return true;
        for (int y = k - 3; y >= Math.max(0, k - 4); y--) {
            if (outOf(t, y + 1) == k && rateNumber(t.get(y)) && baseOfTen(t.get(k))) return true;
        }
        int x = k + 1;
        if (x < t.size() && t.get(x).is("in")) {
            x++;
            if (x < t.size() && t.get(x).is("every")) x++;
            if (x < t.size() && rateNumber(t.get(x)) && !spanOfTime(t, x + 1)) return true;
        }
        x = k - 1;
        if (x >= 0 && t.get(x).is("every")) x--;
        return x >= 1 && t.get(x).is("in") && rateNumber(t.get(k)) && rateNumber(t.get(x - 1)) && !spanOfTime(t, k + 1);
    }

    /** "close 12 in 18 months": a time unit after the second number makes it a span the first was counted in, no rate's base. */
    private boolean spanOfTime(List<Tok> t, int x) {
        return x < t.size() && lx.timeUnits.contains(t.get(x).lower()) && !t.get(x).is("times");
    }

    /** The token after "out of" (and "every") that starts at {@code x}, or -1. */
    private static int outOf(List<Tok> t, int x) {
        if (x + 2 >= t.size() || !t.get(x).is("out") || !t.get(x + 1).is("of")) return -1;
        return t.get(x + 2).is("every") ? (x + 3 < t.size() ? x + 3 : -1) : x + 2;
    }

    /** 10 or "ten": a base whose rate is a pollster's figure of speech ("eight out of 10 voters"), no count. */
    private static boolean baseTen(Tok w) {
        return w.is("10") || w.is("ten");
    }

    /** 10, 100, 1,000, "ten", "hundred": the base of a rate. */
    private static boolean baseOfTen(Tok w) {
        return w.is("10") || w.is("100") || w.is("1,000") || w.is("1000") || w.is("ten") || w.is("hundred");
    }

    /**
     * {@link NumberRule#IDIOM}: a number word inside a fixed phrase of numbers-idioms.txt ("their savings were knocked for
     * six", "the hull snapped in two", "there are no two ways about it", "learned a thing or two", "we are one body") counts
     * nothing.
     */
    private boolean idiom(List<Tok> t, int k) {
        String w = t.get(k).lower();
        for (String[] p : idioms) {
            for (int i = 0; i < p.length; i++) {
                if (!(p[i].equals(w) || p[i].equals(ANY_NUMBER)) || k - i < 0 || k - i + p.length > t.size()) continue;
                boolean all = true;
                for (int j = 0; j < p.length && all; j++) {
                    Tok x = t.get(k - i + j);
                    all = j == i || x.lower().equals(p[j]) || p[j].equals(ANY_WORD) && x.isWord();
                }
                if (all) return true;
            }
        }
        return false;
    }

    /** The slot of an idiom's line that any number fills: "N steps back". */
    private static final String ANY_NUMBER = "n";
    /** The slot of an idiom's line that any word fills: "a * or two". */
    private static final String ANY_WORD = "*";

    /** A number that may be a term of a rate: a number word, or digits that are no year ("75 in 2017" is no rate). */
    private boolean rateNumber(Tok w) {
        if (w.isWord()) return lx.numberWords.containsKey(w.lower()) && lx.numberWords.get(w.lower())[1] < 2;
        return w.isNum() && !NumberRecognizer.isYearValue(w.text());
    }
}
