package io.claimwatch.extract.domain;

import java.util.Locale;

/**
 * ASSERTED, ESTIMATE ("estimates", "may have been", "there is talk of", "reportedly", "sources
 * suggest") or PROJECTION ("could reach", "is expected to", "will"), read from the sentence up to the
 * end of the figure's clause. A projection cue wins over an estimate cue.
 */
public final class ModalityDetector {

    private final Lexicon lx;

    public ModalityDetector(Lexicon lx) {
        this.lx = lx;
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
        Modality found = Modality.ASSERTED;
        for (Lexicon.Phrase p : lx.modality) {
            if (w.contains(" " + p.text() + " ")) {
                Modality m = Modality.valueOf(p.fields()[0]);
                if (m == Modality.PROJECTION) return m;
                found = m;
            }
        }
        return found;
    }
}
