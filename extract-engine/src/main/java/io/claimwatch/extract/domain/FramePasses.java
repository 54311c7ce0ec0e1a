package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each sentence of one article gives, read once for the article: its words and the kinds of event it names
 * (for the frame's passes, the attack sites and keying alike), whether it names an onset, and for
 * {@link FrameReader}'s date search whether its places are apart from the article's and its date phrases
 * (one lookup a sentence; each part read when first asked).
 */
final class FramePasses {

    /** The article's text: the readings hold for this text only. */
    final String text;
    private final Map<Long, Read> bySpan = new HashMap<>();
    /** The kinds of event this article reads as others (FrameReader's strike-as-attack): "strike" as "attack". */
    private Map<String, String> readAs = Map.of();
    /** Where the words of kinds of event the article writes as part of a name start ({@link KindNames}: "Harold J. Storm"). */
    private final java.util.Set<Integer> names;

    FramePasses(String text) {
        this.text = text;
        this.names = KindNames.of(text);
    }

    /** The sentence's reading, its words read on the first call. */
    Read of(String text, Sentences.Sentence s) {
        return of(s.start(), s.end());
    }

    /** The reading of the span [from, to) of the article's text (a sentence), its words read on the first call. */
    Read of(int from, int to) {
        Long key = ((long) from << 32) | (to & 0xffffffffL);
        Read r = bySpan.get(key);
        if (r == null) bySpan.put(key, r = new Read(FrameReader.words(text, from, to, names)));
        return r;
    }

    /** The kinds of event this article reads as others. */
    Map<String, String> readAs() {
        return readAs;
    }

    /** Reads each kind of event named as {@code readAs} says from now on; the kinds already read are read again. */
    void readAs(Map<String, String> readAs) {
        this.readAs = readAs;
        bySpan.values().forEach(r -> r.causes = null);
    }

    /** The readings of the article a thread read the frame of last (one article a thread: bounded by construction). */
    static final class Kept {
        private final ThreadLocal<FramePasses> article = new ThreadLocal<>();

        /** Starts the readings of an article on this thread. */
        FramePasses start(String text) {
            FramePasses a = new FramePasses(text);
            article.set(a);
            return a;
        }

        /** The kinds of event the article this thread started last reads as others; none before any. */
        Map<String, String> readAs() {
            FramePasses a = article.get();
            return a == null ? Map.of() : a.readAs;
        }

        /**
         * The reading of the span [from, to) of the text (a sentence: its words, the kinds of event it names): kept
         * with the article's when the text is the one this thread started last, else read now.
         */
        Read sentence(String text, int from, int to) {
            FramePasses a = article.get();
            return a != null && a.text == text ? a.of(from, to) : once(text, from, to);
        }
    }

    /** A reading of [from, to) of a text kept by no article. */
    static Read once(String text, int from, int to) {
        return new Read(FrameReader.words(text, from, to));
    }

    /** One sentence's reading; {@code apart} and {@code dates} are set by the passes when first needed. */
    static final class Read {
        final List<String> words;
        private List<String> causes;
        private List<String> kinds;
        private Boolean onset;
        Boolean apart;
        List<TimeResolver.Cand> dates;

        private Read(List<String> words) {
            this.words = words;
        }

        /** The kinds of event the words name as written, not as the article reads them (kept through {@link #readAs}). */
        List<String> kinds(FrameReader f) {
            if (kinds == null) kinds = f.causesIn(words, Map.of());
            return kinds;
        }

        /** {@link FrameReader#causesIn} of the words. */
        List<String> causes(FrameReader f) {
            if (causes == null) causes = f.causesIn(words);
            return causes;
        }

        /** Whether the words name an onset ({@code keys/onsets.txt}) of an event of {@code cause} ({@link CausedOnsets}). */
        boolean onset(FrameReader f, String cause) {
            if (onset == null) onset = CausedOnsets.plain(f, words);
            return onset || CausedOnsets.causes(f, words, cause);
        }
    }
}
