package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ASSERTED, ESTIMATE ("estimates", "may have been", "there is talk of", "reportedly", "sources
 * suggest") or PROJECTION ("could reach", "is expected to", "will"), read from the sentence up to the
 * end of the figure's clause. A projection cue wins over an estimate cue.
 */
public final class ModalityDetector {

    /** The cues of lexicon/modality.txt, each between spaces (" is expected to "), and what each marks. */
    private final String[] cues;
    private final Modality[] marks;
    /** The cues by their first word, in the lexicon's order: a cue can stand in a window only where that word does. */
    private final java.util.Map<String, int[]> byFirstWord;

    public ModalityDetector(Lexicon lx) {
        cues = new String[lx.modality.size()];
        marks = new Modality[cues.length];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = " " + lx.modality.get(i).text() + " ";
            marks[i] = Modality.valueOf(lx.modality.get(i).fields()[0]);
        }
        java.util.Map<String, List<Integer>> byFirst = new java.util.HashMap<>();
        for (int i = 0; i < cues.length; i++) byFirst.computeIfAbsent(cues[i].substring(1, cues[i].indexOf(' ', 1)), k -> new ArrayList<>()).add(i);
        byFirstWord = new java.util.HashMap<>();
        byFirst.forEach((w, is) -> byFirstWord.put(w, is.stream().mapToInt(Integer::intValue).toArray()));
    }

    public Modality of(String window) {
        StringBuilder sb = new StringBuilder(window.length() + 2).append(' ');
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '\'';
            if (keep) sb.append(Character.toLowerCase(c));
            else if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        String w = sb.toString();
        // the cues that start with one of the window's words (a map lookup a word, not a scan of every cue): any projection
        // cue found wins, else the mark of the last cue of the lexicon found
        int last = -1;
        for (int a = 1, e; a < w.length(); a = e + 1) {
            e = w.indexOf(' ', a);
            int[] starting = byFirstWord.get(w.substring(a, e));
            if (starting == null) continue;
            for (int i : starting) {
                if (i <= last && marks[i] != Modality.PROJECTION || !w.contains(cues[i])) continue;
                if (marks[i] == Modality.PROJECTION) return marks[i];
                last = Math.max(last, i);
            }
        }
        return last < 0 ? Modality.ASSERTED : marks[last];
    }
}
