package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each sentence gives the passes of {@link FrameReader}'s date search over one article, read once for
 * all the passes: its words, the kinds of event it names, whether it names an onset, whether its places are
 * apart from the article's, its date phrases (one lookup a sentence and pass; each part read when first asked).
 */
final class FramePasses {

    private final Map<Sentences.Sentence, Read> bySentence = new HashMap<>();

    /** The sentence's reading, its words read on the first call. */
    Read of(String text, Sentences.Sentence s) {
        Read r = bySentence.get(s);
        if (r == null) bySentence.put(s, r = new Read(FrameReader.words(text, s.start(), s.end())));
        return r;
    }

    /** One sentence's reading; {@code apart} and {@code dates} are set by the passes when first needed. */
    static final class Read {
        final List<String> words;
        private List<String> causes;
        private Boolean onset;
        Boolean apart;
        List<TimeResolver.Cand> dates;

        private Read(List<String> words) {
            this.words = words;
        }

        /** {@link FrameReader#causesIn} of the words. */
        List<String> causes(FrameReader f) {
            if (causes == null) causes = f.causesIn(words);
            return causes;
        }

        /** Whether the words name an onset ({@code keys/onsets.txt}). */
        boolean onset(FrameReader f) {
            if (onset == null) onset = WordForms.first(f.onsets, words) != null;
            return onset;
        }
    }
}
