package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code detection.gallery-title-run}: a photo gallery pasted under an article repeats its title at the head of each
 * caption ("Harbour of Kiel at 150 Cranes and quays The old cranes ...", "Harbour of Kiel at 150 A new terminal In 2010
 * ..."). Three or more paragraphs in a row that open with the same words (four or more, 16 characters or more, and more
 * after them) are the captions of a gallery, page furniture and not the article's prose: {@link Sentences} makes each a
 * SUBHEAD, which carries no claims. Prose paragraphs in a row do not open with the same four words.
 */
final class GalleryCaptions {

    static final int MIN_WORDS = 4;
    static final int MIN_CHARS = 16;
    static final int MIN_RUN = 3;

    private GalleryCaptions() {}

    /** The starts (first non-blank char) of the lines of {@code text} that are captions of a titled gallery. */
    static Set<Integer> lineStarts(String text) {
        List<int[]> lines = new ArrayList<>();     // [start, end) of each non-blank line, trimmed
        for (int s = 0, e; s < text.length(); s = e + 1) {
            e = text.indexOf('\n', s);
            if (e < 0) e = text.length();
            int a = s, b = e;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) lines.add(new int[] {a, b});
        }
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + MIN_RUN <= lines.size(); ) {
            int title = sharedOpening(text, lines.get(i), lines.get(i + 1));
            int j = i + 1;
            if (title > 0) {
                while (j < lines.size() && opensWith(text, lines.get(j), lines.get(i)[0], title)) j++;
            }
            if (title > 0 && j - i >= MIN_RUN) {
                for (int x = i; x < j; x++) out.add(lines.get(x)[0]);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The length of the words two lines open with (up to a space both have, short of either's end), or 0 when too short. */
    private static int sharedOpening(String text, int[] a, int[] b) {
        int n = Math.min(a[1] - a[0], b[1] - b[0]);
        int lastSpace = -1, words = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(a[0] + k);
            if (c != text.charAt(b[0] + k)) break;
            if (c == ' ' && k > 0 && text.charAt(a[0] + k - 1) != ' ') {
                lastSpace = k;
                words++;
            }
        }
        return words >= MIN_WORDS && lastSpace >= MIN_CHARS ? lastSpace + 1 : 0;
    }

    /** Whether the line opens with the {@code len} chars at {@code from} and goes on after them. */
    private static boolean opensWith(String text, int[] line, int from, int len) {
        return line[1] - line[0] > len && text.regionMatches(line[0], text, from, len);
    }
}
