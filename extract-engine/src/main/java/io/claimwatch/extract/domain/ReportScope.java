package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClauseMarks.isHardBreak;

import java.util.List;

/**
 * What a speaker's report covers: a figure of its sentence that the outlet gives as hearsay, though it stands after the
 * speaker's verb ("Police said Ruiz, who had reportedly lost $40,000, ..."), a verb that tells of a report not made yet
 * ("France will post 3% growth"), and a sentence that ends in the outlet's voice, whose report goes on no further ("X
 * said ..., but he was never charged").
 */
final class ReportScope {

    private final ClaimantWords w = ClaimantWords.WORDS;

    /**
     * claimant.future-report: "In 1998, he said, France will post 3% growth": a reporting verb at v after a modal of the
     * future (lexicon/claimant-future-modals.txt, past the adverbs between) tells of a report not made yet; it names no
     * source of the figure.
     */
    boolean futureVerb(List<Tok> t, int v) {
        int x = v - 1;
        while (x >= 0 && t.get(x).isWord() && w.verbAdverbs.contains(t.get(x).lower()) && !w.futureModals.contains(t.get(x).lower())) x--;
        return x >= 0 && t.get(x).isWord() && w.futureModals.contains(t.get(x).lower());
    }

    /**
     * claimant.hearsay-aside: "Police said Ruiz, who had reportedly lost more than $40,000, shot ...": a hearsay word
     * (lexicon/claimant-hearsay-words.txt) in the figure's own clause, after the verb at v and before the figure at mTok
     * with no comma between it and the figure, gives the figure as the outlet's hearsay of unnamed others, not the speaker's.
     */
    boolean hearsay(List<Tok> t, int v, int mTok) {
        for (int x = mTok - 1; x > v; x--) {
            Tok y = t.get(x);
            if (y.is(",") || isHardBreak(y)) return false;
            if (y.isWord() && w.hearsayWords.contains(y.lower())) return true;
        }
        return false;
    }

    /**
     * claimant.contrast-ends-report: "Authorities said Ruiz was the prime suspect, but he was never charged.": a clause that a
     * contrast (lexicon/claimant-contrasts.txt) after a comma opens, with no reporting verb of its own, after the sentence's
     * reporting verbs (at {@code verbs}), ends the sentence in the outlet's voice; the report is carried no further.
     */
    boolean contrastTail(List<Tok> t, List<Integer> verbs) {
        if (verbs.isEmpty()) return false;
        int last = verbs.get(verbs.size() - 1);
        for (int c = last + 2; c + 1 < t.size(); c++) {
            if (t.get(c).isWord() && w.contrasts.contains(t.get(c).lower()) && t.get(c - 1).is(",") && t.get(c + 1).isWord()) return true;
        }
        return false;
    }
}
