package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Figures that count what a figure before them counts, the noun left unsaid: counted.ellipsis ("they
 * would win 10", "was second with 15,982"), and "N of them" (counted.of-them-previous-sentence).
 */
final class CountedEllipsis {

    private final CountedWords w;
    /** The words after "more" that say where the others are (as {@link KeyFacet}'s others-more reads them). */
    /** The words after "N more" that tell where or how the others are ({@code lexicon/more-where.txt}). */
    static final java.util.Set<String> MORE_WHERE = java.util.Set.copyOf(Lexicon.lines("more-where.txt"));

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
        if (!m.unit.isEmpty() || !m.unitWords.isEmpty()) return c;
        CountedPhrase.Result more = moreOfBefore(t, m, c, before);
        if (more != null) return more;
        CountedPhrase.Result bracketed = bracketedOf(t, m, c);
        if (bracketed != null) return bracketed;
        if (!headsNoNoun(t, m)) return c;
        if (c.text().isEmpty() || c.noun() == null && w.namesNoNoun(c.text())) {
            CountedPhrase.Result whole = outOfWhole(t, m, c);
            if (whole != null) return whole;
        }
        if (c.noun() != null || !c.text().isEmpty() && !w.namesNoNoun(c.text())) return c;
        if (before == null || !before.unit().isEmpty() || before.noun() == null || before.noun().isBlank()) return c;
        String noun = before.noun();
        String text = c.text().isEmpty() ? noun : noun + " " + c.text();
        return new CountedPhrase.Result(text, c.end(), noun, CountedRule.ELLIPSIS.id);
    }

    /**
     * The figure before in the sentence as the noun an ellipsis takes up: the one that names a noun ({@code withNoun}), else
     * the last figure before in the sentence when its phrase, of no unit, names one though no noun was read for it ("doubled
     * their seats in parliament to four, although polls had forecast they would win 10": "seats in parliament"), else
     * {@code otherwise} (the sentence before's).
     */
    CountedPhrase.Prev nounBefore(CountedPhrase.Prev withNoun, CountedPhrase.Prev last, CountedPhrase.Prev otherwise) {
        if (withNoun != null) return withNoun;
        if (last != null && last.unit().isEmpty() && !last.counted().isEmpty() && !w.namesNoNoun(last.counted())) {
            return new CountedPhrase.Prev(last.counted(), last.counted(), "");
        }
        return otherwise;
    }

    /**
     * counted.more-of-before: "more" right after a figure, with no noun of its own, before a place or a way, counts more of
     * the noun of the figure before ("600 firefighters were battling the blaze with hundreds more en route":
     * "more firefighters en route").
     */
    private CountedPhrase.Result moreOfBefore(List<Tok> t, Mention m, CountedPhrase.Result c, CountedPhrase.Prev before) {
        int k = CountedWords.afterFigure(t, m);
        if (k >= t.size() || !t.get(k).is("more") || !c.text().equals("more") && !c.text().startsWith("more ")) return null;
        // only before a place or a way ("more en route", "more on the way", "more in hospital"): not "more exposed workers", "two
        // more are on leave", "dozens more involved alcohol", whose noun may be another, nor "injured thousands more"
        if (k + 1 >= t.size() || !MORE_WHERE.contains(t.get(k + 1).lower())) return null;
        if (before == null || !before.unit().isEmpty() || before.noun() == null || before.noun().isBlank()) return null;
        // a phrase that stands in for a noun ("firefighters in the contingent battling the blaze") gives its head, up to a function word
        List<String> head = new java.util.ArrayList<>();
        for (String word : before.noun().split(" ")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (head.isEmpty() && (lower.equals("other") || lower.equals("another"))) continue;   // "five other soldiers": more soldiers
            if (!head.isEmpty() && w.lx.functionWords.contains(lower)) break;
            head.add(word);
        }
        if (head.isEmpty()) return null;
        String noun = String.join(" ", head);
        return new CountedPhrase.Result("more " + noun + c.text().substring(4), c.end(), noun, CountedRule.MORE_OF_BEFORE.id);
    }

    /**
     * counted.out-of-whole: a bare figure after "out of" is the whole the count before it is taken from, and counts its
     * noun, before what the figure's phrase says ("one working day out of four": "working day"; "three pumps out of 10 had
     * failed": "pumps failed").
     */
    private CountedPhrase.Result outOfWhole(List<Tok> t, Mention m, CountedPhrase.Result c) {
        int k = m.tokStart - 1;                                   // "out of" may be read as the figure's hedge
        if (k < 2 || !t.get(k).is("of") || !t.get(k - 1).is("out")) return null;
        int a = k - 1;
        while (a - 1 >= 0 && k - 1 - a < 3 && t.get(a - 1).isWord() && !t.get(a - 1).capitalized()
                && !w.lx.numberWords.containsKey(t.get(a - 1).lower())) a--;
        // the noun runs back to a figure: "one working day", "three patients"
        if (a == k - 1 || a - 1 < 0 || !(t.get(a - 1).isNum() || w.lx.numberWords.containsKey(t.get(a - 1).lower()))) return null;
        String noun = CountedWords.span(t, a, k - 1).toLowerCase(java.util.Locale.ROOT);
        return new CountedPhrase.Result(c.text().isEmpty() ? noun : noun + " " + c.text(), c.end(), noun, CountedRule.OUT_OF_WHOLE.id);
    }

    /**
     * counted.bracketed-of: a vague figure whose noun is given in brackets, "of" and a noun ("billions (of dollars) in
     * investment"), counts that noun and what follows the bracket.
     */
    private CountedPhrase.Result bracketedOf(List<Tok> t, Mention m, CountedPhrase.Result c) {
        int k = CountedWords.afterFigure(t, m);
        if (!m.vague || k + 3 >= t.size() || !t.get(k).is("(") || !t.get(k + 1).is("of")) return null;
        int close = k + 2;
        while (close < t.size() && close < k + 6 && t.get(close).isWord()) close++;
        if (close == k + 2 || close >= t.size() || !t.get(close).is(")")) return null;
        String noun = CountedWords.span(t, k + 2, close);
        int end = t.get(close).end();
        StringBuilder text = new StringBuilder(noun);
        int x = close + 1;
        if (x + 1 < t.size() && w.complementPreps.contains(t.get(x).lower()) && t.get(x + 1).isWord() && !w.lx.functionWords.contains(t.get(x + 1).lower())) {
            text.append(' ').append(t.get(x).lower()).append(' ').append(t.get(x + 1).text());
            end = t.get(x + 1).end();
        }
        return new CountedPhrase.Result(text.toString(), Math.max(end, c.end()), noun, CountedRule.BRACKETED_OF.id);
    }

    /** The word after the figure opens no noun: none, a mark, an auxiliary, a function word but "of" ("more" is a noun's count beside another). */
    private boolean headsNoNoun(List<Tok> t, Mention m) {
        int k = CountedWords.afterFigure(t, m);
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
