package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Rule kind-word-sense ({@code keys/kind-senses.txt}): the forms of a kind of event's word that name no event of that
 * kind. "Fire" is a fire, but a jet "fired" missiles, ISIS went on "firing" mortar rounds, and a town "under fire" or
 * sides that "cease fire" tell of gunfire; read as a fire, one report of clashes keys as a fire and another as a war.
 * Workers who "voted to strike" or held a "strike ballot" take a step of their walkout, not an election. A "price war",
 * a "war of words", a "takeover battle" or a "labour conflict" is a contest, no fighting; so is a battle "with its
 * unions" (rule contest-with-side, {@code keys/contest-sides.txt}): Qantas's grounding, told as "a bitter battle with
 * trade unions over pay", is a dispute's, not a war's.
 */
final class KindSenses {

    private static final ConceptLexicon SENSES = ConceptLexicon.load("/keys/kind-senses.txt");
    /** contest-with-side: the words of a contest, their links and the sides that fight no war ({@code keys/contest-sides.txt}). */
    private static final ConceptLexicon SIDES = ConceptLexicon.load("/keys/contest-sides.txt");
    private static final String WAR = "war";
    /** The most words between a contest's link and its side ("with Gulf Coast homeowners": two). */
    private static final int SIDE_WITHIN = 3;
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
        return WAR.equals(kind) && againstSide(words, i);
    }

    /**
     * contest-with-side: a word of a contest right before "with", "against" or "between" and a side that fights no war
     * within {@link #SIDE_WITHIN} words ("a bitter battle with its unions over pay", "a war with unions"): a dispute.
     */
    private static boolean againstSide(List<String> words, int i) {
        if (i + 2 >= words.size() || !"word".equals(concept(words.get(i))) || !"link".equals(concept(words.get(i + 1)))) return false;
        for (int j = i + 2; j < Math.min(words.size(), i + 2 + SIDE_WITHIN); j++) {
            if ("side".equals(concept(words.get(j)))) return true;
        }
        return false;
    }

    private static String concept(String word) {
        ConceptLexicon.Match m = SIDES.match(List.of(word), 0);
        return m == null ? null : m.concept();
    }
}
