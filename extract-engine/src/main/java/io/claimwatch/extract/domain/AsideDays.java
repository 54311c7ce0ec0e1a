package io.claimwatch.extract.domain;

import io.claimwatch.extract.domain.TimeResolver.Cand;
import io.claimwatch.extract.domain.TimeResolver.EventDates;

/**
 * {@link DatingRule#DAY_AFTER_ASIDE}: a figure, its unit words, a bracketed aside and a date right after it, in a line of a
 * factbox ("Oil output: 746,338 bpd (46.65%) Sunday vs 826,325 bpd (51.65%) Saturday"): the date is that figure's, as it is the
 * aside's, not the one told before the figure for the figure before it. Stateless.
 */
final class AsideDays {

    /** The most words of a unit between the figure and its aside ("bpd", "Mmcfd", "barrels a day"). */
    private static final int UNIT_WORDS = 3;
    /** The longest aside read ("(51.65%)", "(about 40 percent)"). */
    private static final int ASIDE_CHARS = 40;

    private AsideDays() {}

    /** The dates of the first date phrase after the figure, when only unit words and one bracketed aside stand between; else null. */
    static EventDates dated(FigureDates f) {
        Cand after = null;
        for (Cand d : f.cands()) {
            if (d.s() >= f.me()) { after = d; break; }
        }
        if (after == null || after.statement() || after.compare()) return null;
        String t = f.text();
        int i = skipSpaces(t, f.me(), after.s());
        for (int k = 0; k < UNIT_WORDS && i < after.s() && Character.isLetter(t.charAt(i)); k++) {
            while (i < after.s() && Character.isLetter(t.charAt(i))) i++;
            i = skipSpaces(t, i, after.s());
        }
        if (i >= after.s() || t.charAt(i) != '(') return null;
        int close = t.indexOf(')', i);
        if (close < 0 || close >= after.s() || close - i > ASIDE_CHARS || t.indexOf('(', i + 1) >= 0 && t.indexOf('(', i + 1) < close) return null;
        int j = skipSpaces(t, close + 1, after.s());
        // "(51.65%) on Saturday": the preposition of the date may stand before the phrase the date rule found
        if (t.startsWith("on ", j)) j = skipSpaces(t, j + 2, after.s());
        return j == after.s() && close + 1 < after.s() ? EventDates.of(after) : null;
    }

    private static int skipSpaces(String t, int i, int end) {
        while (i < end && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }
}
