package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a sentence: a digit number ("1,150", "2.5"), a word ("twenty-one", "Ukraine’s") or one
 * symbol character. Offsets are into the whole text. A fast rule tokenizer: the OpenNLP tokenizer
 * model runs at under 1 MB/s and splits "1,000-for-1,000" unevenly, so it is not used here.
 */
public record Tok(int start, int end, String text, String lower, Kind kind) {

    public enum Kind { NUM, WORD, SYM }

    public boolean isNum() { return kind == Kind.NUM; }
    public boolean isWord() { return kind == Kind.WORD; }
    public boolean is(String lowerText) { return lower.equals(lowerText); }
    public boolean capitalized() { return kind == Kind.WORD && Character.isUpperCase(text.charAt(0)); }

    /** Tokens of text[from, to). */
    public static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>((to - from) / 5 + 1);     // about a token per five chars of news text
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || isSpaceSeparator(c)) { i++; continue; }   // a no-break space is a space
            int s = i;
            if (isDigit(c)) {
                i++;
                while (i < to && isDigit(text.charAt(i))) i++;
                // thousands separators: ",ddd" groups; or groups after a no-break, thin or plain space
                // ("2 084", as typeset numbers and UN reports write them), only after a lead group of at
                // most three digits (plain spaces: see plainSpaceGroup) and not after a month ("June 3 100
                // people" stays two)
                while (i + 3 < to + 0 && i + 4 <= to
                        && (text.charAt(i) == ',' || isSpaceSeparator(text.charAt(i)) && leadGroupOk(text, s, i)
                            || text.charAt(i) == ' ' && plainSpaceGroup(text, s, i, to) && !afterMonth(text, s))
                        && isDigit(text.charAt(i + 1))
                        && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                        && (i + 4 == to || !isDigit(text.charAt(i + 4)))) {
                    i += 4;
                }
                if (i + 1 < to && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < to && isDigit(text.charAt(i))) i++;
                }
                out.add(tok(text, s, i, Kind.NUM));
            } else if (Character.isUpperCase(c) && initialism(text, i, to) > i) {
                // "U.S.", "U.N.": one word, or the phrase it stands in ("nine U.S. soldiers") ends at its dots
                i = initialism(text, i, to);
                out.add(tok(text, s, i, Kind.WORD));
            } else if (Character.isLetter(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d)) { i++; continue; }
                    if ((d == '-' || d == '\'' || d == '’') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                int amp = ampersandEnd(text, s, i, to);
                if (amp > i) {
                    out.add(tok(text, s, amp, Kind.WORD));
                    i = amp;
                    continue;
                }
                // glued page labels: "NewspaperHundreds" -> "Newspaper" "Hundreds"
                int cut = camelCut(text, s, i);
                if (cut > 0) {
                    out.add(tok(text, s, cut, Kind.WORD));
                    out.add(tok(text, cut, i, Kind.WORD));
                } else {
                    out.add(tok(text, s, i, Kind.WORD));
                }
            } else {
                i++;
                out.add(tok(text, s, i, Kind.SYM));
            }
        }
        return out;
    }

    /** The end of an initialism of two or more capitals, each with its dot ("U.S."), at i; i if none. */
    private static int initialism(String text, int i, int to) {
        int j = i;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)) || Character.isUpperCase(text.charAt(j + 2)))) {
            j += 2;
        }
        return j - i >= 4 ? j : i;
    }

    /**
     * token.ampersand-name: the end of a name of capitals joined by an ampersand with no space ("J&J", "AT&T", "S&P",
     * "P&G", "M&A", "R&D", "AB&C"), its plural and possessive ("Q&As", "J&J's"), where the word at [s, e) is one to four
     * capitals and a capital follows the "&"; e if none. "Johnson & Johnson", with spaces, stays three tokens.
     */
    static int ampersandEnd(String text, int s, int e, int to) {
        if (e - s > 4 || e + 1 >= to || text.charAt(e) != '&' || !Character.isUpperCase(text.charAt(e + 1))) return e;
        for (int k = s; k < e; k++) if (!Character.isUpperCase(text.charAt(k))) return e;
        int j = e + 1;
        while (j < to && j - e <= 5 && Character.isUpperCase(text.charAt(j))) j++;
        if (j - e - 1 > 4) return e;
        if (j < to && text.charAt(j) == 's' && (j + 1 == to || !Character.isLetter(text.charAt(j + 1)))) j++;
        else if (j + 2 <= to && (text.charAt(j) == '\'' || text.charAt(j) == '’') && j + 1 < to && text.charAt(j + 1) == 's'
                && (j + 2 == to || !Character.isLetter(text.charAt(j + 2)))) j += 2;
        else if (j < to && Character.isLetter(text.charAt(j))) return e;
        return j;
    }

    private static Tok tok(String text, int s, int e, Kind k) {
        String t = text.substring(s, e);
        return new Tok(s, e, t, t.toLowerCase(Locale.ROOT), k);
    }

    /**
     * The cut of an "AbcdeFghij" word (two capitalised parts of 3+ letters, no hyphen), or -1; none in a name written
     * so (token.camel-name, {@code lexicon/camel-names.txt}: "BlackBerry", "PayPal", their plurals and possessives).
     */
    private static int camelCut(String text, int s, int e) {
        if (e - s < 6 || !Character.isUpperCase(text.charAt(s))) return -1;
        for (int i = s + 3; i <= e - 3; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) return -1;
            if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                for (int j = s + 1; j < i; j++) if (!Character.isLowerCase(text.charAt(j))) return -1;
                for (int j = i + 1; j < e; j++) if (!Character.isLowerCase(text.charAt(j))) return -1;
                return CamelNames.named(text.substring(s, e)) ? -1 : i;
            }
        }
        return -1;
    }

    /** The names of lexicon/camel-names.txt, loaded on the first glued word (not with the tokenizer's class). */
    private static final class CamelNames {
        private static final java.util.Set<String> NAMES = java.util.Set.copyOf(Lexicon.lines("camel-names.txt"));
        /** A plural's or possessive's ending: "BlackBerrys", "PayPal’s". */
        private static final java.util.regex.Pattern FINAL_S = java.util.regex.Pattern.compile("(?:['’]s|s)$");

        static boolean named(String word) {
            String w = FINAL_S.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
            return NAMES.contains(w) || NAMES.contains(word.toLowerCase(Locale.ROOT));
        }
    }

    /** A no-break, narrow no-break or thin space: how typeset numbers group their thousands. */
    static boolean isSpaceSeparator(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Space-grouped digits need a lead group of one to three digits ("12 500"), then groups of three. */
    private static boolean leadGroupOk(String text, int s, int i) {
        int lead = 0;
        for (int k = s; k < i && isDigit(text.charAt(k)); k++) lead++;
        return lead == i - s ? lead <= 3 : true;
    }

    /** A month name, or its abbreviation, right before the number at s. */
    private static boolean afterMonth(String text, int s) {
        int e = s;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.')) e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return b < e && Lexicon.get().months.containsKey(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /**
     * Groups set off by plain spaces, as agency bulletins write them ("2 084 cases (1 990 confirmed)"):
     * a lead group of one to three digits, not zero-led, not after another figure, and the group of three
     * followed by a word, a bracket or punctuation, never by another digit.
     */
    private static boolean plainSpaceGroup(String text, int s, int i, int to) {
        if (i - s > 3) return i - s >= 7 && text.charAt(i - 4) == ' ';     // "12 345 678": a further group
        if (text.charAt(s) == '0') return false;
        for (int k = s; k < i; k++) if (!isDigit(text.charAt(k))) return false;
        if (s > 0) {
            char b = text.charAt(s - 1);
            if (isDigit(b) || b == '.' || b == ',' || b == ':' || b == '/' || b == '-') return false;
            if (b == ' ' && s > 1 && (isDigit(text.charAt(s - 2)) || text.charAt(s - 2) == ',')) return false;   // "4, 5 and", "12 500"
        }
        int e = i + 4;
        if (e == to) return true;
        char a = text.charAt(e);
        if (a == ' ') return e + 1 < to && Character.isLetter(text.charAt(e + 1));
        return a == ')' || a == ',' || a == ';' || a == '.' && (e + 1 == to || !isDigit(text.charAt(e + 1)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
