package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Rule event-word-compound ({@code keys/event-senses.txt}): an event's word that opens a compound noun naming a body,
 * a trade or a policy names no event. "Trade union Verdi, which represents 33,000 workers" and "three trade unions"
 * tell no exchange; read as one, a union's membership keys as an exchange in one story and as none in another.
 */
final class EventSenses {

    private static final ConceptLexicon SENSES = ConceptLexicon.load("/keys/event-senses.txt");
    /** The most words an entry holds ("trade union"-like compounds: two), so a match that covers a word starts at most this far before it. */
    private static final int LONGEST = 3;

    private EventSenses() {}

    /** Whether word {@code i}, read as {@code event}, is part of a compound that names no event ("trade" of "trade union"). */
    static boolean covers(List<String> words, int i, String event) {
        for (int from = Math.max(0, i - LONGEST + 1); from <= i; from++) {
            ConceptLexicon.Match m = SENSES.match(words, from);
            if (m != null && from + m.words() > i && m.concept().equals(event)) return true;
        }
        return false;
    }

    /** {@link WordForms#first}, past the words of a compound that names no event. */
    static String first(ConceptLexicon events, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(events, words, i);
            if (m != null && !covers(words, i, m.concept())) return m.concept();
        }
        return null;
    }

    /** {@link WordForms#last}, past the words of a compound that names no event. */
    static String last(ConceptLexicon events, List<String> words) {
        String out = null;
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = WordForms.match(events, words, i);
            if (m != null) {
                if (!covers(words, i, m.concept())) out = m.concept();
                i += m.words() - 1;
            }
        }
        return out;
    }
}
