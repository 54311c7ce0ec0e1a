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
        if (r == null) bySpan.put(key, r = new Read(this, FrameReader.words(text, from, to, names)));
        return r;
    }

    /** A reading of the span [from, to) of the article's text kept by none (part of a sentence), its kinds read as the article's. */
    Read once(int from, int to) {
        return new Read(this, FrameReader.words(text, from, to));
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

    /**
     * Starts the frame's reading of the article: each kind of event as written, and the sentences' places apart from
     * the frame's and their dates (which the frame's places and the publication day decide) read again; their words and
     * the kinds as written are the text's and stay.
     */
    void startFrame() {
        readAs(Map.of());
        bySpan.values().forEach(r -> {
            r.apart = null;
            r.dates = null;
        });
    }

    /** The readings of each article, read once an article ({@link PerArticle}). */
    static final class Kept {
        private final PerArticle<FramePasses> article = new PerArticle<>(FramePasses::new);

        /** The readings of the article {@code text}. */
        FramePasses of(String text) {
            return article.of(text);
        }

        /** The kinds of event the article {@code text} reads as others. */
        Map<String, String> readAs(String text) {
            return article.of(text).readAs;
        }

        /** The reading of the span [from, to) of the article {@code text} (a sentence: its words, the kinds of event it names). */
        Read sentence(String text, int from, int to) {
            return article.of(text).of(from, to);
        }
    }

    /** One sentence's reading; {@code apart} and {@code dates} are set by the passes when first needed. */
    static final class Read {
        /** The article whose kinds of event it reads as the article reads them. */
        private final FramePasses article;
        final List<String> words;
        private List<String> causes;
        private List<String> kinds;
        private Boolean onset;
        Boolean apart;
        List<TimeResolver.Cand> dates;

        private Read(FramePasses article, List<String> words) {
            this.article = article;
            this.words = words;
        }

        /** The kinds of event the words name as written, not as the article reads them (kept through {@link #readAs}). */
        List<String> kinds(FrameReader f) {
            if (kinds == null) kinds = f.causesIn(words, Map.of());
            return kinds;
        }

        /** {@link FrameReader#causesIn} of the words. */
        List<String> causes(FrameReader f) {
            if (causes == null) causes = f.causesIn(words, article.readAs);
            return causes;
        }

        /** The kinds of event the article reads as others. */
        Map<String, String> readAs() {
            return article.readAs;
        }

        /** Whether the words name an onset ({@code keys/onsets.txt}) of an event of {@code cause} ({@link CausedOnsets}). */
        boolean onset(FrameReader f, String cause) {
            if (onset == null) onset = CausedOnsets.plain(f, words);
            return onset || CausedOnsets.causes(f, words, cause);
        }
    }
}
