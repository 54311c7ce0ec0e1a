package io.claimwatch.extract.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an article writes each word, read once per article ({@link PerArticle}): the starts of its runs of letters
 * (between marks, digits and spaces), by the run as written and by the run in lower case. A name looked for in the
 * article ("Okafor", "Teodoro", "Fire Chief", a headline's source) can only stand where a run equal to its leading
 * letters starts (when no letter stands right before it), so a rule that asks for a name per claim or per holder tries
 * those places, not the whole text.
 */
final class NameIndex {

    private static final int[] NONE = new int[0];
    private static final PerArticle<NameIndex> READ = new PerArticle<>(NameIndex::new);

    private final Map<String, int[]> asWritten;
    private final Map<String, int[]> lowerCase;

    private NameIndex(String text) {
        Map<String, int[]> written = new HashMap<>();
        Map<String, int[]> lower = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            String run = text.substring(i, e);
            add(written, run, i);
            add(lower, run.toLowerCase(Locale.ROOT), i);
            i = e;
        }
        // the count kept in the first slot is dropped: each array holds the starts in order
        written.replaceAll((k, v) -> Arrays.copyOfRange(v, 1, v[0] + 1));
        lower.replaceAll((k, v) -> Arrays.copyOfRange(v, 1, v[0] + 1));
        this.asWritten = written;
        this.lowerCase = lower;
    }

    /** Appends a start to the run's array, whose first slot counts the starts held. */
    private static void add(Map<String, int[]> m, String run, int at) {
        int[] a = m.get(run);
        if (a == null) a = new int[4];
        else if (a[0] + 1 == a.length) a = Arrays.copyOf(a, a.length * 2);
        a[++a[0]] = at;
        m.put(run, a);
    }

    /** The index of {@code text}, read once for the article this thread is extracting. */
    static NameIndex of(String text) {
        return READ.of(text);
    }

    /** The letters {@code s} opens with ("O" of "O'Brien", "Fire" of "Fire Chief"), or "" when it opens with no letter. */
    static String leadingLetters(String s) {
        int e = 0;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return s.substring(0, e);
    }

    /**
     * The places, in order, where {@code s} is written with no letter right before it and, when it is all letters, none
     * right after it ("Okafor" not in "MacOkafor" nor "Okafors"): where a run of its leading letters starts and the text
     * goes on as {@code s}. Every place where it stands as a word is among them. One that opens with no letter ("(AP)")
     * is found by scanning, at every place it is written.
     */
    int[] written(String text, String s) {
        String lead = leadingLetters(s);
        if (lead.isEmpty()) {
            java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
            for (int at = text.indexOf(s); at >= 0 && at <= text.length(); at = at == text.length() ? -1 : text.indexOf(s, at + 1)) out.add(at);
            return out.build().toArray();
        }
        int[] starts = starts(lead);
        if (lead.length() == s.length()) return starts;
        return Arrays.stream(starts).filter(at -> text.startsWith(s, at)).toArray();
    }

    /** The starts, in order, of the runs of letters written exactly {@code run}. */
    int[] starts(String run) {
        return asWritten.getOrDefault(run, NONE);
    }

    /** The starts, in order, of the runs of letters that are {@code run} in lower case ({@link Locale#ROOT}). */
    int[] startsIgnoringCase(String run) {
        return lowerCase.getOrDefault(run.toLowerCase(Locale.ROOT), NONE);
    }
}
