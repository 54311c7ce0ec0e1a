package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.List;

/**
 * {@code counted.per-share}: a sum "per share" or "a share" is what a company earns, loses or pays for each share,
 * named by the noun "of" it or the verb before it ({@code counted-per-share.txt}): "analysts expect the chain to earn
 * 41 cents per share" -> "earnings per share", "a dividend of 12 cents a share" -> "dividend per share". Read after
 * the other rules: the words between the verb and the sum (the company) are not what is counted.
 */
final class CountedPerShare {

    private final CountedWords w;
    private final ConceptLexicon measures = ConceptLexicon.load("/lexicon/counted-per-share.txt");

    CountedPerShare(CountedWords w) {
        this.w = w;
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (m.unit.equals("%") || m.unit.equals("pp")) return r;
        int j = CountedWords.afterFigure(t, m);
        if (m.unit.isEmpty() && j < t.size() && w.unitNouns.contains(t.get(j).lower())) j++;   // "41 cents"
        else if (m.unit.isEmpty()) return r;
        if (j + 1 >= t.size() || !(t.get(j).is("per") || t.get(j).is("a")) || !(t.get(j + 1).is("share"))) return r;
        int k = beforeHedge(t, m);
        if (k < 0 || !t.get(k).isWord()) return r;
        if (t.get(k).is("of") && k > 0) k--;                    // "earnings of 54 cents a share"
        else k = w.backOverAdverbs(t, k);                       // "earned only 3 cents a share"
        if (k < 0 || !t.get(k).isWord()) return r;
        String measure = measures.first(List.of(t.get(k).lower()));
        if (measure == null) return r;
        return new CountedPhrase.Result(measure + " per share", t.get(j + 1).end(), null, CountedRule.PER_SHARE.id);
    }
}
