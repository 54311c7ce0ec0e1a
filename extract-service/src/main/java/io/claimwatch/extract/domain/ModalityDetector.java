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
        String w = " " + window.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ") + " ";
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
