package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of kinds of event ({@code keys/causes.txt}) that an article writes as part of a name, which names no event
 * ({@code keys/kind-name-cues.txt}):
 * <ul>
 * <li>kind.person-name: "Attorney Harold J. Storm said ..." and "Storm, who represents the families" tell of a lawyer, not
 * of weather. The word is a person's name where it stands after an initial ("Harold J. Storm") or a title ("Ms. Storm"), or
 * right before a verb of saying ("Storm said") or ", who"; so too a work's title in quotation marks ("the film “Fire
 * Island”"). An article that writes the word so and never in lower case ("the storm") names no event with it anywhere
 * it writes it with a capital, its headline included.</li>
 * <li>kind.institution-name: "the National Flood Insurance Office", "the Bureau of Fire Services": the word before a
 * capitalised noun of a body ("Office", "Control", "Center") is part of that body's name, there only.</li>
 * </ul>
 */
final class KindNames {

    private static final ConceptLexicon CUES = ConceptLexicon.load("/keys/kind-name-cues.txt");
    private static final String OPENING_QUOTES = "\"“‘'`";
    private static final String CLOSING_QUOTES = "\"”’':";

    private KindNames() {}

    /** Where the words of kinds of event that the text writes as names start: none of them names an event. */
    static Set<Integer> of(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int a = LetterWords.next(text, 0, text.length()); a >= 0; ) {
            int e = LetterWords.end(text, a, text.length());
            int w = e;
            while (w > a + 1 && (text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '’')) w--;   // "Wars''": the word, not the quote
            spans.add(new int[] {a, w});
            a = LetterWords.next(text, e, text.length());
        }
        Set<Integer> out = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Integer> capitalised = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int a = spans.get(k)[0], e = spans.get(k)[1];
            if (Character.isLowerCase(text.charAt(a))) continue;   // read below, and only when a word is written as a name
            String w = word(text, a, e);
            if (WordForms.first(EventKinds.CAUSES, List.of(w)) == null) continue;
            if (e - a < 2 || !Character.isLowerCase(text.charAt(a + 1))) continue;   // "STORM": a shouted headline, no name
            capitalised.add(k);
            if (k > 0 && nameBefore(text, spans.get(k - 1), a) || k + 1 < spans.size() && sayingAfter(text, e, spans.get(k + 1))
                    || quotedTitle(text, spans, k)) {
                names.add(w);
            } else if (k + 1 < spans.size() && body(text, e, spans.get(k + 1))) {
                out.add(a);
            }
        }
        if (names.isEmpty()) return out;
        // a name the article also writes in lower case ("the storm") names the event there too: no name (every name is a kind's)
        for (int[] span : spans) if (Character.isLowerCase(text.charAt(span[0]))) names.remove(word(text, span[0], span[1]));
        for (int k : capitalised) if (names.contains(word(text, spans.get(k)[0], spans.get(k)[1]))) out.add(spans.get(k)[0]);
        return out;
    }

    /** The word [a, e) as {@link FrameReader#words} gives it: lower case, without a possessive "'s". */
    static String word(String text, int a, int e) {
        String w = text.substring(a, e).toLowerCase(Locale.ROOT);
        return w.indexOf('’') < 0 && w.indexOf('\'') < 0 ? w : w.replace("’s", "").replace("'s", "");
    }

    /** An initial ("J.") or a title ("Ms.", "Mr") right before {@code at}, only a dot and spaces between. */
    private static boolean nameBefore(String text, int[] prev, int at) {
        String between = text.substring(prev[1], at);
        if (!between.isBlank() && !between.strip().equals(".")) return false;
        // an initial, not the last letter of initials ("U.S. Storm Prediction Center")
        boolean initial = prev[1] - prev[0] == 1 && Character.isUpperCase(text.charAt(prev[0])) && between.strip().equals(".")
                && (prev[0] == 0 || text.charAt(prev[0] - 1) != '.');
        return initial || Character.isUpperCase(text.charAt(prev[0])) && "title".equals(CUES.first(List.of(word(text, prev[0], prev[1]))));
    }

    /** A verb of saying right after the word ("Storm said"), or a comma and a relative pronoun of a person ("Storm, who"). */
    private static boolean sayingAfter(String text, int e, int[] next) {
        String between = text.substring(e, next[0]);
        if (!between.isBlank() && !between.strip().equals(",")) return false;
        String cue = CUES.first(List.of(word(text, next[0], next[1])));
        return between.strip().isEmpty() ? "saying".equals(cue) : "relative".equals(cue);
    }

    /** A capitalised noun of a body right after the word, only a space between ("Flood Control", "Fire Department"). */
    private static boolean body(String text, int e, int[] next) {
        return text.substring(e, next[0]).equals(" ") && Character.isUpperCase(text.charAt(next[0]))
                && "body".equals(CUES.first(List.of(word(text, next[0], next[1]))));
    }

    /**
     * Word {@code k} is in a run of capitalised words opened and closed by quotation marks (or a colon: "“Fire Island:
     * The Return”"): a work's title.
     */
    private static boolean quotedTitle(String text, List<int[]> spans, int k) {
        int first = k, last = k;
        while (first > 0 && capitalisedNext(text, spans.get(first - 1), spans.get(first))) first--;
        while (last + 1 < spans.size() && capitalisedNext(text, spans.get(last), spans.get(last + 1))) last++;
        int open = spans.get(first)[0], close = spans.get(last)[1];
        return open > 0 && OPENING_QUOTES.indexOf(text.charAt(open - 1)) >= 0
                && close < text.length() && CLOSING_QUOTES.indexOf(text.charAt(close)) >= 0
                && (text.charAt(close) != '\'' || close + 1 < text.length() && text.charAt(close + 1) == '\'');   // '' closes, ' alone may be a possessive
    }

    /** Whether {@code b} follows {@code a} after one space and both start with a capital. */
    private static boolean capitalisedNext(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ' && Character.isUpperCase(text.charAt(a[0])) && Character.isUpperCase(text.charAt(b[0]));
    }
}
