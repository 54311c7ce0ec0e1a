package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Rule kind-word-sense ({@code keys/kind-senses.txt}): the forms of a kind of event's word that name no event of that
 * kind. "Fire" is a fire, but a jet "fired" missiles, ISIS went on "firing" mortar rounds, and a town "under fire" or
 * sides that "cease fire" tell of gunfire; read as a fire, one report of clashes keys as a fire and another as a war.
 * Workers who "voted to strike" or held a "strike ballot" take a step of their walkout, not an election.
 */
final class KindSenses {

    private static final ConceptLexicon SENSES = ConceptLexicon.load("/keys/kind-senses.txt");
    /** The most words an entry holds ("vote to authorize a": four), so a match that covers a word starts at most this far before it. */
    private static final int LONGEST = 4;

    private KindSenses() {}

    /**
     * Whether word {@code i}, read as {@code kind}, is part of words that use it in another sense ("fired", "under fire"
     * for a fire; "voted to strike" for an election, where "strike" still names the walkout).
     */
    static boolean covers(List<String> words, int i, String kind) {
        for (int from = Math.max(0, i - LONGEST + 1); from <= i; from++) {
            ConceptLexicon.Match m = SENSES.match(words, from);
            if (m != null && from + m.words() > i && m.concept().equals(kind)) return true;
        }
        return false;
    }
}
