package io.claimwatch.extract.domain;

import java.util.List;

/**
 * claimant.research-by: "Research by the Harbor Institute of Health indicates that 2.4 million adults ...", "New analysis
 * by Harbor Bank shows ...": a subject that opens its clause with a noun of work without an article
 * (lexicon/claimant-research-nouns.txt, at most one lower-case word before it), "by" and a name (with its "the", the
 * lower-case joiners of a long name) up to the verb speaks for the maker; the evidential verbs ("indicates", "shows")
 * then report as they do after "reports" or "a study".
 */
final class ResearchBy {

    private ResearchBy() {
    }

    /** The maker named in the subject segment [sg[0], sg[1]) of tokens t, or null. */
    static String maker(ClaimantWords w, String text, List<Tok> t, int[] sg) {
        int a = sg[0], end = sg[1];
        while (end > a && t.get(end - 1).isWord() && w.verbAdverbs.contains(t.get(end - 1).lower())) end--;
        // ("New research by ...", "Recent analysis by ...": one word before the noun, no article)
        if (a + 1 < end && t.get(a).isWord() && !w.researchNouns.contains(t.get(a).lower()) && !w.determiners.contains(t.get(a).lower())
                && !t.get(a).is("a") && !t.get(a).is("an") && t.get(a + 1).isWord() && w.researchNouns.contains(t.get(a + 1).lower())) a++;
        if (a + 2 >= end || !t.get(a).isWord() || !w.researchNouns.contains(t.get(a).lower()) || !t.get(a + 1).is("by")) return null;
        int n = t.get(a + 2).is("the") ? a + 3 : a + 2;
        if (n >= end || !t.get(n).capitalized()) return null;
        for (int i = n; i < end; i++) {
            Tok y = t.get(i);
            boolean joiner = y.isWord() && w.nameJoiners.contains(y.lower()) && i + 1 < end && t.get(i + 1).capitalized();
            if (!(y.capitalized() || joiner || y.is("(") || y.is(")") || y.is("&"))) return null;
        }
        return ClaimantWords.span(text, t, a + 2, end);
    }
}
