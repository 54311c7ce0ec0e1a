package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The shape of a text's lines, for {@link Sentences}: hard-wrapped wire copy (every line under a fixed width, a
 * sentence broken over several lines) against text that keeps one paragraph a line, and in the latter, the line
 * without a final stop that is still a sentence of the story.
 */
final class ParagraphLines {

    /** Wire copy is wrapped at 60-80 columns; a text with a longer line keeps its paragraphs on single lines. */
    static final int WRAP_WIDTH = 100;
    /** Section titles, teasers and furniture are short; a sentence line without its stop has this many words and more. */
    static final int SENTENCE_WORDS = 10;

    private static final Set<String> FINITE = Lexicon.words("line-finite-verbs.txt");
    private static final Set<String> FURNITURE = Lexicon.words("line-furniture-openers.txt");

    private ParagraphLines() {}

    /**
     * {@code detection.paragraph-lines}: a text is hard-wrapped when none of its lines is longer than {@link #WRAP_WIDTH}
     * characters (wire copy at 65 columns). A text with longer lines keeps one paragraph a line, and a line of it that
     * ends without a stop ("Shares of the bank fell four per cent in early trading") is a paragraph of its own, never
     * the first piece of a sentence wrapped onto the next line.
     */
    static boolean hardWrapped(String text) {
        int from = 0, n = text.length();
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            if (strippedLength(text, from, end) > WRAP_WIDTH) return false;
            if (nl < 0) break;
            from = nl + 1;
        }
        return true;
    }

    private static int strippedLength(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e - s;
    }

    /**
     * {@code detection.unstopped-sentence-line}: in a text of one paragraph a line, a line after the story began that
     * has no final stop is a sentence of the story when it reads as one: ten words or more, opening with a capital
     * letter or a figure, a finite verb ("fell", "has", "says", a verb ending in -s after a name: "The bank holds
     * accounts for 12 million savers"), and none of furniture's marks (a link, a handle, a markdown heading, a caption
     * or credit word first: "Image caption ...", "Related: ..."). Section titles and teasers stay subheads.
     */
    static boolean sentenceLine(Lexicon lx, String text, int s, int e) {
        char first = text.charAt(s);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        String line = text.substring(s, e);
        if (line.contains("://") || line.contains("www.") || line.contains("@") || line.contains(" | ")) return false;
        String[] words = line.split("\\s+");
        if (words.length < SENTENCE_WORDS) return false;
        if (FURNITURE.contains(bare(words[0]).toLowerCase(Locale.ROOT)) || words[0].endsWith(":")) return false;
        if (words[0].chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && words[0].length() > 3) return false;   // "GETTY ..."
        for (int i = 1; i < words.length; i++) {
            String w = bare(words[i]);
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) continue;
            if (FINITE.contains(w) || lx.irregularPast.contains(w) && !w.endsWith("en") || w.length() >= 5 && w.endsWith("ed")) return true;
            String before = bare(words[i - 1]);
            if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                    && !words[i - 1].endsWith(",")) return true;
        }
        return false;
    }

    private static String bare(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
        return w.substring(a, b);
    }
}
