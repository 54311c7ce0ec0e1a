package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Whether a span names a kind of event as a new one or as the one already told, by the word before its noun
 * ({@code keys/event-references.txt}): "killed in a magnitude-6.5 earthquake Thursday", "two fires that started on
 * Friday" bring an event in; "the quake" refers to the event the article has told.
 */
final class EventReferences {

    private static final ConceptLexicon REFERENCES = ConceptLexicon.load("/keys/event-references.txt");

    private EventReferences() {}

    /** Whether [from, to) names a kind of event as a new one: the word before its noun, past up to three modifiers, is "new". */
    static boolean introduces(String text, int from, int to) { return "new".equals(reference(text, from, to)); }

    /** Whether [from, to) names a kind of event as the one already told ("the quake"). */
    static boolean refersTo(String text, int from, int to) { return "known".equals(reference(text, from, to)); }

    /** The event-references.txt class ("new", "known") of the word before the first kind of event named; null if none. */
    private static String reference(String text, int from, int to) {
        List<String> ws = FrameReader.words(text, from, to);
        for (int i = 0; i < ws.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(EventKinds.CAUSES, ws, i);
            if (m == null || KindSenses.covers(ws, i, m.concept())) continue;
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                String r = REFERENCES.first(List.of(ws.get(k)));
                if (r != null) return r;
            }
            return null;
        }
        return null;
    }
}
