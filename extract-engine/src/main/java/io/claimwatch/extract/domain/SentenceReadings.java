package io.claimwatch.extract.domain;

import java.util.List;

/**
 * What keying a claim reads of its whole sentence (the kinds of event it names, its event name,
 * whether it is in title case, the places it locates, whether it introduces an event), read once for
 * all the figures of the sentence instead of once a figure: kept with the article ({@link PerArticle}),
 * one reading a sentence keyed (bounded by the article's sentences).
 */
final class SentenceReadings {

    private final FrameReader frames;
    private final PlaceFinder places;
    /** The readings of the sentences of one article keyed, by their span. */
    private final PerArticle<java.util.Map<Long, Reading>> article = new PerArticle<>(text -> new java.util.HashMap<>());

    SentenceReadings(FrameReader frames, PlaceFinder places) {
        this.frames = frames;
        this.places = places;
    }

    /** The reading of the sentence [ss, se) of the text, read once an article. */
    Reading of(String text, int ss, int se) {
        return article.of(text).computeIfAbsent(((long) ss << 32) | (se & 0xffffffffL), k -> new Reading(text, ss, se));
    }

    /** One sentence's reading; each part is read when first asked. */
    final class Reading {
        private final String text;
        private final int start;
        private final int end;
        private List<String> causes;
        private String eventName;
        private Boolean titleCase;
        private Places located;
        private Boolean introducesEvent;

        private Reading(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        /** {@link FrameReader#sentenceKinds} of the sentence. */
        List<String> causes() {
            if (causes == null) causes = frames.sentenceKinds(frames.kept.sentence(text, start, end));
            return causes;
        }

        /** {@link FrameReader#eventName} of the sentence. */
        String eventName() {
            if (eventName == null) eventName = EventNames.of(text, start, end, () -> frames.kept.sentence(text, start, end).words);
            return eventName;
        }

        /** {@link FrameReader#titleCase} of the sentence. */
        boolean titleCase() {
            if (titleCase == null) titleCase = FrameReader.titleCase(text, new Sentences.Sentence(start, end, Sentences.Kind.BODY));
            return titleCase;
        }

        /** {@link PlaceFinder#located} over the whole sentence, by its {@link #titleCase}. */
        Places located() {
            if (located == null) located = places.located(text, start, end, titleCase());
            return located;
        }

        /** {@link FrameReader#introducesEvent} of the sentence. */
        boolean introducesEvent() {
            if (introducesEvent == null) introducesEvent = frames.introducesEvent(text, start, end);
            return introducesEvent;
        }
    }
}
