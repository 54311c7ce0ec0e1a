package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link NumberRule#SHARED_UNIT_FROM}: "to about 12 lbs from 25": a change told as "to N UNIT from M" writes the unit once,
 * on the level reached; the bare figure after "from" is the level left, in the same unit. It takes that unit when nothing
 * after it names another (it ends its clause or a function word of {@code lexicon/function-words.txt} follows it: "from 25
 * during the worst of the blizzard", not "from 12 wells") and it is no year ("to 30 percent from 2007").
 */
final class SharedUnits {

    private final Lexicon lx;

    SharedUnits(Lexicon lx) {
        this.lx = lx;
    }

    /** Gives each bare figure of the sentence's mentions that follows "N UNIT from" the unit of N (in place). */
    void from(String text, List<Tok> t, List<Mention> ms) {
        for (int k = 1; k < ms.size(); k++) {
            Mention a = ms.get(k - 1), b = ms.get(k);
            if (a.unit.isEmpty() || !b.unit.isEmpty() || a.vague || b.vague) continue;
            if (a.tokEnd >= b.tokStart || !t.get(a.tokEnd).is("from") || !hedgeOrNothing(t, a.tokEnd + 1, b.tokStart)) continue;
            if (b.tokEnd < t.size() && t.get(b.tokEnd).isWord() && !lx.functionWords.contains(t.get(b.tokEnd).lower())) continue;
            if (b.scale.compareTo(BigDecimal.ONE) == 0 && NumberRecognizer.isYearValue(text.substring(b.start, b.end))) continue;
            if (!toBefore(t, a.tokStart)) continue;
            b.unit = a.unit;
            b.rule = NumberRule.SHARED_UNIT_FROM.id;
        }
    }

    /** "to" right before the figure, or before a hedge of {@code lexicon/hedges.txt} right before it ("to about 12 lbs"). */
    private boolean toBefore(List<Tok> t, int figure) {
        for (int i = figure - 1; i >= 0 && i >= figure - 4; i--) {
            if (t.get(i).is("to")) return hedgeOrNothing(t, i + 1, figure);
            if (!t.get(i).isWord()) return false;
        }
        return false;
    }

    /** The tokens [from, to) are none, or a hedge of {@code lexicon/hedges.txt}. */
    private boolean hedgeOrNothing(List<Tok> t, int from, int to) {
        if (from >= to) return true;
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!t.get(i).isWord()) return false;
            if (s.length() > 0) s.append(' ');
            s.append(t.get(i).lower());
        }
        return lx.hedgesBefore.containsKey(s.toString());
    }
}
