package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Findings whose maker is named away from the figure: a verb of finding with its "that" clause reports whatever
 * its subject is (claimant.found-that).
 */
final class FindingClauses {

    private static final Set<String> FOUND_THAT = Set.copyOf(Lexicon.lines("claimant-found-that-verbs.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());

    private static final Set<String> RELATIVE_FINDING = Set.copyOf(Lexicon.lines("claimant-relative-finding-verbs.txt").stream()
            .map(l -> l.toLowerCase(Locale.ROOT)).toList());

    private FindingClauses() {
    }

    /**
     * claimant.found-that: "The Harbor Institute, a research group, found that the levy would raise $12 billion": a verb of
     * lexicon/claimant-found-that-verbs.txt at v right before "that" reports its clause, as "said" does, whether its
     * subject is a name or an evidential noun ("Police found 12 bodies" has no clause: the outlet's account).
     */
    static boolean foundThat(Lexicon lx, List<Tok> t, int a, int v) {
        // (a subject that opens with a name or a determiner: not "There is evidence, ..., which found", "however")
        boolean named = a < v && t.get(a).isWord() && (t.get(a).capitalized() && !lx.functionWords.contains(t.get(a).lower())
                || ClaimantWords.WORDS.determiners.contains(t.get(a).lower()));
        return named && v + 1 < t.size() && t.get(v).isWord() && FOUND_THAT.contains(t.get(v).lower()) && t.get(v + 1).is("that");
    }

    /**
     * claimant.relative-finding: "a report from the Harbor Agency, which found that 59 percent ...", "projections from
     * researchers that indicate ...": a verb of lexicon/claimant-relative-finding-verbs.txt at v whose subject is "which"
     * (after a comma) or "that" reports for the noun phrase before the pronoun when "from" or "by" opens that phrase (the
     * maker of the report), or when it is a name ("the Harbor Agency, which found"). The phrase's span [a, b), or null.
     */
    static int[] relativeMaker(Lexicon lx, List<Tok> t, int v) {
        if (v < 3 || !t.get(v).isWord() || !RELATIVE_FINDING.contains(t.get(v).lower())) return null;
        int e = t.get(v - 1).is("which") && t.get(v - 2).is(",") ? v - 2 : t.get(v - 1).is("that") ? v - 1 : -1;
        if (e < 1) return null;
        int x = e - 1;
        boolean name = false;
        while (x >= 0 && e - x <= 8 && t.get(x).isWord() && !lx.functionWords.contains(t.get(x).lower())
                && !ClaimantWords.WORDS.pronouns.contains(t.get(x).lower())) {
            name |= t.get(x).capitalized();
            x--;
        }
        if (x >= 0 && t.get(x).isWord() && ClaimantWords.WORDS.determiners.contains(t.get(x).lower())) x--;
        int a = x + 1;
        if (a >= e || e - a > 8) return null;
        boolean maker = x >= 0 && (t.get(x).is("from") || t.get(x).is("by"));
        return maker || name && a < e && (t.get(a).capitalized() || t.get(a).is("the")) ? new int[] {a, e} : null;
    }
}
