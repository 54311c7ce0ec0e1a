package io.claimwatch.extract.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where words a rule took stand in the text, for explanations (never on the extraction's own path). */
final class TextSpans {

    private TextSpans() {}

    /**
     * Where {@code words} (any whitespace between them) stand: in [from, to) nearest {@code near}, else
     * first in [to, onTo) (the pieces of a wrapped sentence), else last before {@code from} (a name a
     * later "he said" refers to); null when nowhere.
     */
    static int[] find(String text, String words, int from, int to, int near, int onTo) {
        String[] ws = WordSplits.WHITESPACE.split(words.strip());
        StringBuilder p = new StringBuilder();
        for (String w : ws) p.append(p.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        Matcher m = Pattern.compile(p.toString()).matcher(text);
        int[] best = null;
        for (m.region(from, to); m.find(); ) {
            if (best == null || Math.abs(m.start() - near) < Math.abs(best[0] - near)) best = new int[] {m.start(), m.end()};
        }
        if (best == null && m.region(to, Math.max(to, onTo)).find()) best = new int[] {m.start(), m.end()};
        if (best == null) best = lastBefore(text, ws, m, from);
        return best;
    }

    /**
     * The last place that ends by {@code from} where the words stand as words ({@code m} their pattern; no letter right
     * before the first nor right after the last), looked for back from {@code from}, not in the text from its start once
     * per claim: the places of the word of the name written least often ({@link NameIndex}, read once per article), the
     * nearest first, each with the words before it read back to where the name would open.
     */
    private static int[] lastBefore(String text, String[] ws, Matcher m, int from) {
        NameIndex index = NameIndex.of(text);
        int anchor = -1;
        int[] places = null;
        for (int i = 0; i < ws.length; i++) {
            String lead = NameIndex.leadingLetters(ws[i]);
            if (lead.isEmpty()) continue;
            int[] starts = index.starts(lead);
            if (places == null || before(starts, from) < before(places, from)) {
                anchor = i;
                places = starts;
            }
        }
        if (places == null) return lastBeforeByScan(text, ws[0], m, from);   // no word opens with a letter ("(AP)")
        for (int k = before(places, from) - 1; k >= 0; k--) {
            int open = opening(text, ws, anchor, places[k]);
            if (open < 0 || open > 0 && Character.isLetter(text.charAt(open - 1)) && Character.isLetter(text.charAt(open))) continue;
            if (!m.region(open, from).lookingAt()) continue;
            int end = m.end();
            if (end < text.length() && Character.isLetter(text.charAt(end)) && Character.isLetter(text.charAt(end - 1))) continue;
            return new int[] {m.start(), end};
        }
        return null;
    }

    /** How many of the places (in order) are before {@code from}. */
    private static int before(int[] places, int from) {
        int i = java.util.Arrays.binarySearch(places, from);
        return i >= 0 ? i : -i - 1;
    }

    /** Where the words open when word {@code anchor} stands at {@code at}: the words before it read back over whitespace, or -1. */
    private static int opening(String text, String[] ws, int anchor, int at) {
        int pos = at;
        for (int j = anchor - 1; j >= 0; j--) {
            int k = pos;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
            if (k == pos || !text.startsWith(ws[j], k - ws[j].length())) return -1;
            pos = k - ws[j].length();
        }
        return pos;
    }

    /** A name none of whose words opens with a letter: the first word's places, back from {@code from}. */
    private static int[] lastBeforeByScan(String text, String first, Matcher m, int from) {
        for (int at = text.lastIndexOf(first, from - first.length()); at >= 0; at = text.lastIndexOf(first, at - 1)) {
            if (m.region(at, from).lookingAt()) return new int[] {m.start(), m.end()};
        }
        return null;
    }
}
