package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of event, read once for the engine: the words that name each kind ({@code keys/causes.txt}: "quake",
 * "earthquake" → earthquake) and how long events of a kind go on ({@code keys/durations.txt}).
 */
final class EventKinds {

    /** The words of each kind of event. */
    static final ConceptLexicon CAUSES = ConceptLexicon.load("/keys/causes.txt");
    private static final ConceptLexicon DURATIONS = ConceptLexicon.load("/keys/durations.txt");

    private EventKinds() {}

    /** How long events of this kind go on; kinds not listed: for weeks. */
    static EventFrame.Span span(String kind) {
        String d = kind == null ? null : DURATIONS.first(List.of(kind));
        return d == null ? EventFrame.Span.SEASONAL : EventFrame.Span.valueOf(d.toUpperCase(Locale.ROOT));
    }

    /** Whether the word (lower case, singular or plural) names a kind of event over within a day ("the earthquake"). */
    static boolean sudden(String word) {
        if (word == null || word.isEmpty()) return false;
        String kind = CAUSES.first(List.of(WordForms.singular(word)));
        return kind != null && span(kind) == EventFrame.Span.SUDDEN;
    }
}
