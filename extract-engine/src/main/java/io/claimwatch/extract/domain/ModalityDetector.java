package io.claimwatch.extract.domain;

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
    /** Each cue's first word: a cue can stand in a window only where that word does. */
    private final String[] firstWords;

    public ModalityDetector(Lexicon lx) {
        cues = new String[lx.modality.size()];
        marks = new Modality[cues.length];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = " " + lx.modality.get(i).text() + " ";
            marks[i] = Modality.valueOf(lx.modality.get(i).fields()[0]);
        }
        firstWords = new String[cues.length];
        for (int i = 0; i < cues.length; i++) firstWords[i] = cues[i].substring(1, cues[i].indexOf(' ', 1));
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
        // the window's words, to search only for the cues that start with one (a set lookup each, not a scan)
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int a = 1, e; a < w.length(); a = e + 1) {
            e = w.indexOf(' ', a);
            words.add(w.substring(a, e));
        }
        Modality found = Modality.ASSERTED;
        for (int i = 0; i < cues.length; i++) {
            if (words.contains(firstWords[i]) && w.contains(cues[i])) {
                if (marks[i] == Modality.PROJECTION) return marks[i];
                found = marks[i];
            }
        }
        return found;
    }
}
