package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link NumberRule#NAME_IN_ARTICLE}: the numbers an article uses as part of a name, masked wherever
 * that name recurs in the article. A name is one of the lexicon's ("the S&P 500", "Fortune 500
 * companies", "a Boeing 737", "the Magnificent Seven", "calls to 911": lexicon/numbers-names.txt), or
 * one the other name rules find somewhere in the article ("737 Max 9", "Flight 1282", "the Lower 48").
 * Where the name recurs, its number is no figure: the same word before the same number ("the Max 9
 * planes"), or, for a number of three or more digits that is not round, the number alone ("the 737
 * Max", "787 jets" in an article about the Boeing 787). A round number stays a figure apart from its
 * name: "the S&P 500 fell" and "the Dow fell 500 points" in one story.
 */
final class NumberedNames {

    /** A name of the lexicon: its words before and after the number ("S", "&", "P"; none), or a bare number. */
    private record Name(List<String> before, List<String> after, String number) {}

    private final Lexicon lx;
    private final NotFigures not;
    private final List<Name> names = new ArrayList<>();
    /** The chars of the longest number word: a longer word is none. */
    private final int longestNumberWord;
    /** The ASCII letters a number word starts with. */
    private final boolean[] numberWordStarts = new boolean[128];

    NumberedNames(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
        this.longestNumberWord = lx.numberWords.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String k : lx.numberWords.keySet()) if (!k.isEmpty() && k.charAt(0) < 128) numberWordStarts[k.charAt(0)] = true;
        for (String line : Lexicon.lines("numbers-names.txt")) {
            List<Tok> t = Tok.of(line, 0, line.length());
            int at = -1;
            for (int x = 0; x < t.size(); x++) if (t.get(x).text().equals("N")) at = x;
            if (t.size() == 1 && t.get(0).isNum()) {
                names.add(new Name(List.of(), List.of(), line));
            } else if (t.size() >= 2 && at >= 0) {
                names.add(new Name(t.subList(0, at).stream().map(Tok::text).toList(),
                        t.subList(at + 1, t.size()).stream().map(Tok::text).toList(), null));
            } else {
                throw new IllegalStateException("numbers-names.txt: not a name with N: " + line);
            }
        }
    }

    /**
     * The tokens of each line of {@code text} that may hold a number (a digit or a capitalised number word), in text
     * order: a line without one names nothing and refers back to nothing, so it is not tokenised. Read by {@link #mask}
     * and by {@link BackReferences#mask} (a line with a digit is among them). A line that is one sentence of
     * {@code sentences} (the same span) takes that sentence's tokens, read once for both; null: every line is tokenised.
     */
    List<List<Tok>> numberLines(String text, SentenceTokens sentences) {
        List<List<Tok>> lines = new ArrayList<>();
        List<Sentences.Sentence> ss = sentences == null ? List.of() : sentences.sentences();
        int k = 0;   // the first sentence that does not start before the line
        for (int s = 0, e; s < text.length(); s = e + 1) {
            e = text.indexOf('\n', s);
            if (e < 0) e = text.length();
            if (e <= s || !mayHoldNumber(text, s, e)) continue;
            while (k < ss.size() && ss.get(k).start() < s) k++;
            lines.add(k < ss.size() && ss.get(k).start() == s && ss.get(k).end() == e ? sentences.of(k) : Tok.of(text, s, e));
        }
        return lines;
    }

    /** Sets in {@code into} the chars of the numbers that the article's {@link #numberLines} use as names. */
    void mask(List<List<Tok>> lines, BitSet into) {
        Set<String> pairs = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (List<Tok> t : lines) remember(t, pairs, numbers);
        for (List<Tok> t : lines) mask(t, pairs, numbers, into);
    }

    /**
     * Whether text[s, e) may hold a token {@link #number} accepts: a digit, or a capitalised word {@link Tok#of} could
     * cut (a run of letters from a capital, to its end or to a capital inside it) that is a number word.
     */
    private boolean mayHoldNumber(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Tok.isDigit(c)) return true;
            if (!Character.isUpperCase(c)) continue;
            int j = i + 1;
            while (j < e) {
                char d = text.charAt(j);
                if (Character.isLetter(d)) {
                    if (Character.isUpperCase(d) && numberWord(text, i, j)) return true;
                    j++;
                } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < e && Character.isLetter(text.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (numberWord(text, i, j)) return true;
        }
        return false;
    }

    private boolean numberWord(String text, int s, int e) {
        char c = text.charAt(s);
        if (c < 128 && !numberWordStarts[Character.toLowerCase(c)]) return false;   // no number word starts so
        return e - s <= longestNumberWord && lx.numberWords.containsKey(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Remembers the names of a line: the word and the number ("Max 9"), and a distinctive number alone ("737"). */
    private void remember(List<Tok> t, Set<String> pairs, Set<String> numbers) {
        for (int i = 0; i < t.size(); i++) {
            if (!number(t, i)) continue;
            Tok prev = i > 0 ? t.get(i - 1) : null;
            if (lexiconName(t, i) || prev != null && ruleName(t, i)) {
                if (prev != null && prev.isWord()) pairs.add(prev.text() + " " + t.get(i).lower());
                if (distinctive(t.get(i))) numbers.add(t.get(i).text());
            }
        }
    }

    /** Masks the numbers of a line's names. */
    private void mask(List<Tok> t, Set<String> pairs, Set<String> numbers, BitSet into) {
        for (int i = 0; i < t.size(); i++) {
            if (!number(t, i)) continue;
            Tok k = t.get(i);
            Tok prev = i > 0 ? t.get(i - 1) : null;
            boolean pair = prev != null && prev.isWord() && prev.end() < k.start() && pairs.contains(prev.text() + " " + k.lower());
            boolean alone = numbers.contains(k.text()) && (prev == null || prev.end() < k.start() || prev.isWord())
                    && !(i + 1 < t.size() && t.get(i + 1).is("%"));
            if (pair || alone || lexiconName(t, i)) into.set(k.start(), k.end());
        }
    }

    /** A plain integer in digits, not glued to a word before it, or a number word. */
    private boolean number(List<Tok> t, int i) {
        Tok k = t.get(i);
        if (k.isWord()) return k.capitalized() && lx.numberWords.containsKey(k.lower());
        if (!k.isNum() || !allDigits(k.text()) || k.text().startsWith("0")) return false;
        return i == 0 || !t.get(i - 1).isWord() || t.get(i - 1).end() < k.start();
    }

    /** The number at i ends a name of the lexicon ("S&P 500"), or is a number that names a service ("911"). */
    private boolean lexiconName(List<Tok> t, int i) {
        Tok k = t.get(i);
        int past = -1;    // pastTicker(t, i), read at the first name with words before its number: the same for every name
        for (Name n : names) {
            if (n.number() != null) {
                if (k.text().equals(n.number()) && (i == 0 || t.get(i - 1).isWord() || t.get(i - 1).end() < k.start())) return true;
                continue;
            }
            int b = n.before().size(), a = n.after().size();
            if (b > 0 && past < 0) past = pastTicker(t, i);
            int p = b == 0 ? i : past;   // the token after the name's words: "Boeing Co ( BA.N ) 787"
            if (p < b || i + a >= t.size()) continue;
            // a name the number opens ("787 Dreamliners", "the 737 Max") takes a model's number, not a count of the models
            // ("71 Dreamliners", "Two Max 8 planes"), nor one before the name's own number ("grounded 171 Max 9 aircraft")
            if (b == 0 && (!distinctive(k) || i + a + 1 < t.size() && t.get(i + a + 1).isNum())) continue;
            boolean match = b == 0 || t.get(p - 1).end() < t.get(p).start();
            // the last word before the number may be a possessive ("Boeing's 787"), a word after it a plural ("787 Dreamliners")
            for (int x = 0; match && x < b; x++) match = sameWord(t.get(p - b + x).text(), n.before().get(x), x == b - 1 ? POSSESSIVES : NONE);
            for (int x = 0; match && x < a; x++) match = sameWord(t.get(i + 1 + x).text(), n.after().get(x), PLURALS);
            if (match) return true;
        }
        return false;
    }

    /**
     * {@code numbers.name-past-ticker}: the token where a maker's name ends before the number at i, past a wire's ticker in
     * brackets and the company's legal suffix before it ("Boeing Co ( BA.N ) 787": "Co"), or i itself when no ticker stands there.
     */
    private int pastTicker(List<Tok> t, int i) {
        if (i < 5 || StockTickers.tickerAt(t, i - 5) != i) return i;
        int p = i - 5;
        return p > 0 && CompanyNames.isLegalSuffix(t.get(p - 1).text()) ? p - 1 : p;
    }

    private static final List<String> NONE = List.of(), POSSESSIVES = Lexicon.keyedList("/lexicon/name-word-endings.txt", "possessive"),
            PLURALS = Lexicon.keyedList("/lexicon/name-word-endings.txt", "plural");

    /** Whether a word as written is the name's word, or that word with one of the endings. */
    private static boolean sameWord(String written, String word, List<String> endings) {
        if (written.equals(word)) return true;
        for (String e : endings) if (written.length() == word.length() + e.length() && written.startsWith(word) && written.endsWith(e)) return true;
        return false;
    }

    /** The number at i is a name by the other rules: "737 Max 9", "Flight 1282", "the Lower 48". */
    private boolean ruleName(List<Tok> t, int i) {
        Tok k = t.get(i), prev = t.get(i - 1), prev2 = i > 1 ? t.get(i - 2) : null;
        if (!k.isNum() || !prev.isWord()) return false;
        if (lx.designators.contains(prev.lower()) && !prev.is("aged")) return true;
        return not.names.modelName(t, k, prev, prev2, i + 1) || not.names.nameEndingInNumber(t, i, prev, prev2, i + 1);
    }

    /** A number of three or more digits, not round and not a year: "737", "1282", "911". */
    private static boolean distinctive(Tok k) {
        String s = k.text();
        return k.isNum() && s.length() >= 3 && !s.endsWith("0") && !NumberRecognizer.isYearValue(s);
    }
}
