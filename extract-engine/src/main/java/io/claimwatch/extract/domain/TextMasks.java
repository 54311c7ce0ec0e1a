package io.claimwatch.extract.domain;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chars of a text where no figure is read: URLs, e-mail addresses, handles, hashtags,
 * "site.com/path", phone numbers and stock codes in brackets or after a name (the recognition rule {@link NumberRule#MASKED_TEXT}).
 */
final class TextMasks {

    private static final Pattern PHONES = Pattern.compile(
            "\\+\\d[\\d ()./-]{6,}\\d"
                    + "|\\(\\d{3}\\)\\s?\\d{3}[-.\\s]\\d{4}"
                    + "|(?<!\\d)\\d{3}[-.]\\d{3}[-.]\\d{4}(?!\\d)"
                    // a national number with its trunk zero, in groups of digits: "call 0161 496 0732" (numbers.trunk-zero-phone)
                    + "|(?<![\\d.,])0\\d{2,4}(?: \\d{3,4}){1,2}(?![\\d.,]\\d)");

    /** Chars of the text inside URLs, e-mail addresses, handles, hashtags and phone numbers. */
    static BitSet of(String text) {
        BitSet b = new BitSet(text.length());
        char[] a = text.toCharArray();          // one pass over an array: charAt on a UTF-16 string costs more
        int n = a.length;
        // a chunk (between whitespace) is looked at only when it has '@', '/', or starts with '#'
        int s = -1;
        boolean interesting = false;
        for (int i = 0; i <= n; i++) {
            boolean ws = i == n || Character.isWhitespace(a[i]);
            if (ws) {
                if (s >= 0 && interesting && isMaskedChunk(text, s, i)) b.set(s, i);
                s = -1;
                interesting = false;
                continue;
            }
            char c = a[i];
            if (s < 0) s = i;
            if (c == '@' || c == '/' || c == '#') interesting = true;
        }
        // phone numbers start with "+", "(" or a digit: try the pattern only there (a scan of every
        // position costs more than the rest of the stage)
        Matcher m = null;
        for (int k = 0; k < n; k++) {
            // what each alternative starts with: "+d", "(ddd)", "ddd-" or "ddd." after no digit, or "0dd" and a space
            char c = a[k];
            if (c == '+' ? !digitAt(a, k + 1)
                    : c == '(' ? !(digitAt(a, k + 1) && digitAt(a, k + 2) && digitAt(a, k + 3) && k + 4 < n && a[k + 4] == ')')
                    : !(digitAt(a, k) && (k == 0 || !digitAt(a, k - 1)) && digitAt(a, k + 1) && digitAt(a, k + 2)
                            && k + 3 < n && (a[k + 3] == '-' || a[k + 3] == '.' || a[k] == '0' && trunkGroup(a, k)))) continue;
            if (m == null) m = PHONES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(k, Math.min(n, k + 64));
            if (m.lookingAt()) {
                b.set(m.start(), m.end());
                k = m.end() - 1;
            }
        }
        localPhones(text, a, b);
        stockCodes(a, b);
        exchangeRates(text, a, b);
        return b;
    }

    /** "$1 = 0.7508 euro", "(1 euro = $1.3215)": one unit of a currency told in another. */
    private static final Pattern EXCHANGE_RATE = Pattern.compile(
            "(?:(?:US|A|C|NZ|HK)?[$€£¥]\\s?1|\\b1\\s\\p{L}{3,10})\\s?=\\s?(?:(?:US|A|C|NZ|HK)?[$€£¥]\\s?)?\\d[\\d,]*(?:\\.\\d+)?");

    /**
     * {@code numbers.exchange-rate}: a wire's note of the rate it converted at, "($1 = 0.7508 euro)", "$1 = 0.9752 Australian
     * dollars", "(1 euro = $1.3215)": a unit of one currency equal to an amount of another is the rate, not a figure of the story.
     */
    private static void exchangeRates(String text, char[] a, BitSet b) {
        Matcher m = null;
        for (int k = 0; k < a.length; k++) {
            if (a[k] != '=') continue;
            if (m == null) m = EXCHANGE_RATE.matcher(text);
            m.region(Math.max(0, k - 16), Math.min(a.length, k + 24));
            while (m.find()) {
                if (m.start() <= k && m.end() > k) b.set(m.start(), m.end());
            }
        }
    }

    /**
     * {@code numbers.stock-code}: a wire's exchange code in brackets, "Honda Motor Co ( 7267.T )", "(0700.HK, 005930.KS)":
     * one to six digits, a dot and one to three capital letters, with a bracket or a comma of the list right before
     * or after (spaces between). A figure never ends in capitals glued after its point.
     */
    private static void stockCodes(char[] a, BitSet b) {
        int n = a.length;
        for (int k = 0; k + 2 < n; k++) {
            if (a[k] != '.' || !digitAt(a, k - 1) || !(a[k + 1] >= 'A' && a[k + 1] <= 'Z')) continue;
            int s = k - 1;
            while (s > 0 && digitAt(a, s - 1)) s--;
            int e = k + 1;
            while (e < n && a[e] >= 'A' && a[e] <= 'Z') e++;
            if (k - s > 6 || e - k - 1 > 3 || s > 0 && Character.isLetterOrDigit(a[s - 1]) || e < n && Character.isLetterOrDigit(a[e])) continue;
            if (listMark(a, s - 1, -1) || listMark(a, e, 1) || afterName(a, s - 1)) b.set(s, e);
            k = e;
        }
    }

    /**
     * {@code numbers.stock-code-after-name}: "Japan Airlines Corp 9205.T said", "Honda unit Yutaka Giken 7229.Q.": the code
     * right after a capitalised word (spaces between), the company's name, is one without a bracket.
     */
    private static boolean afterName(char[] a, int i) {
        if (i < 0 || a[i] != ' ') return false;
        while (i >= 0 && a[i] == ' ') i--;
        if (i >= 0 && a[i] == '.') i--;                                                          // "Corp. 9205.T"
        if (i >= 2 && a[i] == 's' && (a[i - 1] == '\'' || a[i - 1] == '’')) i -= 2;            // "PetroChina's 601857.HK"
        int e = i;
        while (i >= 0 && Character.isLetter(a[i])) i--;
        return e > i && Character.isUpperCase(a[i + 1]) && (i < 0 || a[i] == ' ' || a[i] == '(' || a[i] == '"');
    }

    /** Whether the first char that is not a space from {@code i} in direction {@code step} is a bracket or a comma. */
    private static boolean listMark(char[] a, int i, int step) {
        while (i >= 0 && i < a.length && a[i] == ' ') i += step;
        return i >= 0 && i < a.length && (a[i] == '(' || a[i] == ')' || a[i] == ',');
    }

    /** "call", "reached", "phone": a word that makes a local number after it a phone number (numbers-phone-words.txt). */
    private static final java.util.Set<String> PHONE_WORDS = java.util.Set.copyOf(Lexicon.lines("numbers-phone-words.txt"));
    /** The words that may stand right before a local phone number: "call police at 555-0142", "phone 555-0142". */
    private static final java.util.Set<String> PHONE_LEADS = Lexicon.words("numbers-phone-leads.txt");

    /**
     * {@code numbers.local-phone}: "call police at 555-0142", "Crime Stoppers at 555-0100 or", "can be reached at 412 555
     * 0142": seven digits written 3-4 with a hyphen, or ten written 3 3 4 with spaces, after "at", "on", "or" or a word of
     * numbers-phone-words.txt, with such a word among the twelve before, are a phone number; not "rose 250-1000 points"
     * nor "called for 500-1000 more troops" (no lead word right before).
     */
    private static void localPhones(String text, char[] a, BitSet b) {
        int n = a.length;
        for (int k = 0; k + 7 < n; k++) {
            if (!digitAt(a, k) || k > 0 && (digitAt(a, k - 1) || a[k - 1] == '-' || a[k - 1] == '.' || a[k - 1] == ',' || a[k - 1] == '$')) continue;
            if (!digitAt(a, k + 1) || !digitAt(a, k + 2) || a[k + 3] != '-' && a[k + 3] != ' ') continue;
            int e = -1;
            if (a[k + 3] == '-' && digitsAt(a, k + 4, 4)) e = k + 8;
            else if (a[k + 3] == ' ' && digitsAt(a, k + 4, 3) && k + 7 < n && a[k + 7] == ' ' && digitsAt(a, k + 8, 4)) e = k + 12;
            if (e < 0 || e < n && (digitAt(a, e) || (a[e] == '-' || a[e] == '.' || a[e] == ',') && digitAt(a, e + 1))) continue;
            if (b.get(k) || !phoneContext(text, k)) continue;
            b.set(k, e);
            k = e;
        }
    }

    private static boolean digitsAt(char[] a, int from, int count) {
        for (int i = from; i < from + count; i++) if (!digitAt(a, i)) return false;
        return true;
    }

    /** A word of numbers-phone-words.txt among the twelve words before {@code k}, and a lead word or such a word right before. */
    private static boolean phoneContext(String text, int k) {
        String before = text.substring(Math.max(0, k - 120), k).toLowerCase(java.util.Locale.ROOT);
        String[] words = before.split("[^\\p{L}]+");
        int last = words.length - 1;
        while (last >= 0 && words[last].isEmpty()) last--;
        if (last < 0 || !PHONE_LEADS.contains(words[last]) && !PHONE_WORDS.contains(words[last]) && !before.stripTrailing().endsWith(":")) return false;
        for (int w = last; w >= Math.max(0, last - 12); w--) if (PHONE_WORDS.contains(words[w])) return true;
        return false;
    }

    /** "0dd", "0ddd" or "0dddd" at k and a space after it: the first group of a national number. */
    private static boolean trunkGroup(char[] a, int k) {
        int e = k;
        while (e < a.length && a[e] >= '0' && a[e] <= '9') e++;
        return e - k >= 3 && e - k <= 5 && e < a.length && a[e] == ' ';
    }

    private static boolean digitAt(char[] a, int i) {
        return i < a.length && a[i] >= '0' && a[i] <= '9';
    }

    /** URLs, e-mail addresses, handles, hashtags, "site.com/path". */
    private static boolean isMaskedChunk(String text, int s, int e) {
        char c = text.charAt(s);
        if (c == '(' && s + 1 < e) c = text.charAt(++s);
        if ((c == '@' || c == '#') && s + 1 < e && Character.isLetterOrDigit(text.charAt(s + 1))) return true;
        boolean at = false, slash = false, dot = false;
        for (int k = s; k < e; k++) {
            char x = text.charAt(k);
            if (x == '@') at = true;
            else if (x == '/') slash = true;
            else if (x == '.') dot = true;
        }
        if (!at && !slash) return false;
        String chunk = text.substring(s, e);
        if (chunk.contains("://") || chunk.startsWith("www.")) return true;
        if (at && dot && chunk.indexOf('@') > 0) return true;                       // e-mail
        return slash && dot && domainPath(chunk);
    }

    /**
     * Whether a chunk starts with a host and a path, "bbc.co.uk/news...": labels of [A-Za-z0-9_-]
     * joined by dots, the last of 2 to 6 lower-case letters, then '/'. A scan, not a regex: a repeated
     * group overflowed the stack on a chunk of 10,000 labels.
     */
    static boolean domainPath(String chunk) {
        int n = chunk.length(), labels = 0, labelStart = 0;
        for (int i = 0; i < n; i++) {
            char c = chunk.charAt(i);
            if (c == '.' || c == '/') {
                if (i == labelStart) return false;                  // an empty label
                labels++;
                if (c == '/') return labels >= 2 && tld(chunk, labelStart, i);
                labelStart = i + 1;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return false;
            }
        }
        return false;
    }

    private static boolean tld(String chunk, int from, int to) {
        if (to - from < 2 || to - from > 6) return false;
        for (int i = from; i < to; i++) if (chunk.charAt(i) < 'a' || chunk.charAt(i) > 'z') return false;
        return true;
    }

    private TextMasks() { }
}
