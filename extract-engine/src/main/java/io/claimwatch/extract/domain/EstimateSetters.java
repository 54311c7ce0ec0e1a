package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * {@link ClaimantRule#ESTIMATE_SETTER}: "Harbor Securities cut its estimate for the miller's earnings by 20 cents to $1.20 a
 * share", "The agency raised its growth forecast to 3.1% from 2.8%": the subject of a verb of revising
 * (lexicon/claimant-estimate-change-verbs.txt) whose object is its own estimate (a possessive, then a noun of
 * lexicon/claimant-estimate-setter-nouns.txt within a few words) sets the figures the estimate is revised by, to and from.
 */
final class EstimateSetters {

    private static final Set<String> VERBS = Set.copyOf(Lexicon.lines("claimant-estimate-change-verbs.txt"));
    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines("claimant-estimate-setter-nouns.txt"));
    /** The estimate noun stands at most this many words after the possessive ("its second-quarter earnings estimate"). */
    private static final int NOUN_WITHIN = 5;
    /** The subject's words before the verb: at most this many ("Harbor Capital Markets Inc"). */
    private static final int SUBJECT = 5;

    private EstimateSetters() {
    }

    /** The verb of revising before figure m whose possessive object is an estimate (m after the noun), or -1. */
    static int verb(List<Tok> t, Mention m) {
        Set<String> possessives = ClaimantWords.WORDS.possessives;
        for (int v = m.tokStart - 3; v >= 1; v--) {
            if (!t.get(v).isWord() || !VERBS.contains(t.get(v).lower()) || !possessives.contains(t.get(v + 1).lower())) continue;
            for (int n = v + 2; n < Math.min(m.tokStart, v + 2 + NOUN_WITHIN); n++) if (t.get(n).isWord() && NOUNS.contains(t.get(n).lower())) return v;
        }
        return -1;
    }

    /**
     * Where the subject of the verb at v starts: the words from the sentence's start or a comma, at most five, past an opening
     * "But" or "However" (lexicon/claimant-next-openers.txt), that open with a capital and no determiner ("Harbor Securities";
     * not "the agency"); -1 when there are none, or a word there is not in a name or a noun phrase.
     */
    static int subject(List<Tok> t, int v) {
        int a = v;
        while (a > 0 && !t.get(a - 1).is(",") && v - a < SUBJECT) a--;
        if (a > 0 && !t.get(a - 1).is(",")) return -1;
        ClaimantWords w = ClaimantWords.WORDS;
        while (a < v && t.get(a).isWord() && w.nextOpeners.contains(t.get(a).lower())) a++;   // ("But the agency cut its forecast")
        // (a name: "the agency" is left to the sentences before, whose speaker it may not be)
        if (a == v || !t.get(a).capitalized() || w.determiners.contains(t.get(a).lower())) return -1;
        for (int k = a; k < v; k++) if (!t.get(k).isWord() && !t.get(k).is("'") && !t.get(k).is("’") && !t.get(k).is("&")) return -1;
        return a;
    }
}
