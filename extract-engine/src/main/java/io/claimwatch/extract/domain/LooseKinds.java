package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Rule frame.loose-kind ({@code keys/loose-kinds.txt}): a sentence that tells the article's own event in a looser word
 * of another kind ("Police arrested 40 people after Tuesday's clashes" in a report of a riot; "the landing gear
 * collapsed on Saturday" in a report of a crash-landing) names no other event by that word and its own date: its
 * figures keep the article's kind unless the date is outside the article's window or another place or name sets them
 * apart. Stateless.
 */
final class LooseKinds {

    private static final ConceptLexicon SAME = ConceptLexicon.load("/keys/loose-kinds.txt");

    private LooseKinds() {}

    /** Whether every kind the sentence names is the article's kind or a looser word for it; false when it names none. */
    static boolean sameEvent(String frameKind, List<String> sentenceKinds) {
        if (frameKind == null || frameKind.isEmpty() || sentenceKinds.isEmpty()) return false;
        for (String k : sentenceKinds) {
            if (!k.equals(frameKind) && SAME.first(List.of(frameKind + "/" + k)) == null) return false;
        }
        return true;
    }
}
