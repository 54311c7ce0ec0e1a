package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * A lone "one" that counts those a toll struck. "one" is mostly a pronoun or an article ("one of the reasons", "one day");
 * it is a figure when it is the object of a toll's verb ({@link NumberRule#ONE_TOLL_OBJECT}: "the blast killed one guard"),
 * the subject of a toll's state ({@link NumberRule#ONE_TOLL_SUBJECT}: "one guard was killed", "one is in serious
 * condition") or the elliptic last term of a toll ({@link NumberRule#ONE_STATE_ELLIPTIC}: "six were hurt, one seriously").
 */
final class OneTolls {

    /** "at", "least", "only": a hedge between a toll's verb and "one" (numbers-one-hedges.txt). */
    private static final Set<String> HEDGES = NotFigures.words("one-hedges");
    /** "was", "remains", "suffered": a link between "one" and a toll's state (numbers-one-links.txt). */
    private static final Set<String> LINKS = NotFigures.words("one-links");
    /** "killed", "wounded", "condition": a toll's state (numbers-one-states.txt). */
    private static final Set<String> STATES = NotFigures.words("one-states");
    /** "critically", "seriously": the adverb of a toll's state (numbers-one-state-adverbs.txt). */
    private static final Set<String> STATE_ADVERBS = NotFigures.words("one-state-adverbs");
    /** "and", "while", "which": a word after which "one" opens its clause (numbers-one-clause-openers.txt). */
    private static final Set<String> CLAUSE_OPENERS = NotFigures.words("one-clause-openers");
    /** States that are also nouns or adjectives of other senses: they count only after a link ("one shot was fired"). */
    private static final Set<String> LINKED_ONLY = NotFigures.words("one-linked-only");

    private final Lexicon lx;
    private final Set<String> tollVerbs;

    OneTolls(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.tollVerbs = not.tollVerbs;
    }

    /**
     * {@link NumberRule#ONE_TOLL_OBJECT}: a verb of a toll (numbers-toll-verbs.txt) right before token k, or before a hedge of
     * one or two words: "the blast killed one guard", "killing at least one".
     */
    boolean object(List<Tok> t, int k) {
        for (int x = k - 1; x >= Math.max(0, k - 3); x--) {
            Tok w = t.get(x);
            if (!w.isWord()) return false;
            if (tollVerbs.contains(w.lower())) return true;
            if (!HEDGES.contains(w.lower())) return false;
        }
        return false;
    }

    /**
     * {@link NumberRule#ONE_TOLL_SUBJECT}: "one" (token i) that opens its clause, with a noun of up to two words or none,
     * before a toll's state: "One guard was killed", "two fled and one remains critical", "One is in stable condition",
     * "one rider suffered head injuries", "one man died". Not "no one was hurt" (no clause opens at "one"), nor "one thing
     * is critical to" ("critical" ends no clause).
     */
    boolean subject(List<Tok> t, int i) {
        if (i > 0 && t.get(i - 1).isWord() && !CLAUSE_OPENERS.contains(t.get(i - 1).lower())) return false;
        int j = i + 1;
        for (int n = 0; n < 3 && j < t.size() && noun(t.get(j)); n++, j++) {
            if (state(t, j, false)) return true;       // "one man died", "one guard killed in the blast"
            if (n == 2) return false;                  // a noun of up to two words
        }
        if (j >= t.size() || !LINKS.contains(t.get(j).lower())) return false;
        for (int x = j + 1; x < Math.min(t.size(), j + 5); x++) {
            if (!t.get(x).isWord()) return false;
            if (state(t, x, true)) return true;
        }
        return false;
    }

    /**
     * {@link NumberRule#ONE_STATE_ELLIPTIC}: "one" after a comma, or "one of them", before an adverb of a toll's state that
     * ends the clause: "Six riders were hurt, one seriously", "two were wounded, one of them critically".
     */
    static boolean elliptic(List<Tok> t, int i) {
        if (i == 0 || !t.get(i - 1).is(",")) return false;
        int j = i + 1;
        if (j + 1 < t.size() && t.get(j).is("of") && t.get(j + 1).is("them")) j += 2;
        return j < t.size() && STATE_ADVERBS.contains(t.get(j).lower()) && (j + 1 >= t.size() || !t.get(j + 1).isWord());
    }

    private boolean noun(Tok w) {
        String l = w.lower();
        return w.isWord() && !LINKS.contains(l) && !lx.functionWords.contains(l) && !l.equals("of") && !STATE_ADVERBS.contains(l);
    }

    /** A toll's state at token x; after a link ({@code linked}) also its nouns and "critical" that ends its clause. */
    private static boolean state(List<Tok> t, int x, boolean linked) {
        String l = t.get(x).lower();
        if (!STATES.contains(l) || !linked && LINKED_ONLY.contains(l)) return false;
        if (!l.equals("critical") && !l.equals("serious")) return true;
        return x + 1 >= t.size() || !t.get(x + 1).isWord() || t.get(x + 1).is("and") || t.get(x + 1).is("condition");
    }
}
