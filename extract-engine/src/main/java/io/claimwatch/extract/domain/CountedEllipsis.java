package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Figures that count what a figure before them counts, the noun left unsaid: counted.ellipsis ("they
 * would win 10", "was second with 15,982"), and "N of them" (counted.of-them-previous-sentence).
 */
final class CountedEllipsis {

    private final CountedWords w;

    CountedEllipsis(Lexicon lx) {
        this.w = new CountedWords(lx);
    }

    /**
     * counted.ellipsis: a count that heads no noun (the word after it is an auxiliary, a function word
     * or the clause's end) and whose phrase names none counts the noun of the nearest figure before
     * it in the sentence or the sentence before ({@code before}).
     * The noun goes before what the figure's phrase says ("won" -> "seats won"). Else c itself.
     */
    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result c, CountedPhrase.Prev before) {
        if (!m.unit.isEmpty() || !m.unitWords.isEmpty() || !headsNoNoun(t, m)) return c;
        if (c.noun() != null || !c.text().isEmpty() && !w.namesNoNoun(c.text())) return c;
        if (before == null || !before.unit().isEmpty() || before.noun() == null || before.noun().isBlank()) return c;
        String noun = before.noun();
        String text = c.text().isEmpty() ? noun : noun + " " + c.text();
        return new CountedPhrase.Result(text, c.end(), noun, CountedRule.ELLIPSIS.id);
    }

    /** The word after the figure opens no noun: none, a mark, an auxiliary, a function word but "of" ("more" is a noun's count beside another). */
    private boolean headsNoNoun(List<Tok> t, Mention m) {
        int k = m.tokEnd;
        while (k < t.size() && t.get(k).start() < m.end) k++;
        if (k >= t.size() || !t.get(k).isWord()) return true;
        String l = t.get(k).lower();
        return w.auxBeforeVerb.contains(l) || w.lx.functionWords.contains(l) && !l.equals("of");
    }

    /** "Two of them overturned", "three of those were hospitalized": the token after "of them" and its auxiliaries, or -1. */
    static int ofThem(List<Tok> toks, Mention m) {
        int k = m.tokEnd;
        if (k + 1 >= toks.size() || !toks.get(k).is("of") || !(toks.get(k + 1).is("them") || toks.get(k + 1).is("those"))) return -1;
        k += 2;
        while (k < toks.size() && (toks.get(k).is("were") || toks.get(k).is("was") || toks.get(k).is("had") || toks.get(k).is("have")
                || toks.get(k).is("been"))) k++;
        return k;
    }
}
