package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * What a wire writes after or around digits that is still part of the one figure: a fraction of the figure's last place
 * ({@link NumberRule#MIXED_FRACTION}: "5 1/2 miles", a share price "$14.62 1/2"), and a scale word that a broken hyphen
 * parts from the digits ("the 4.2- billion-euro fund", "the 4.2-billion- euro fund").
 */
final class FigureFractions {

    private FigureFractions() {}

    /**
     * {@link NumberRule#MIXED_FRACTION}: the index of the denominator of a fraction that follows the digits at {@code last}
     * after one space, "N/D" glued, D a halving base (2, 4, 8, 16) or 3, N below D; -1 when there is none. "walked 5 1/2
     * miles", "closed at $14.62 1/2": stock tables wrote prices in eighths and sixteenths, and a wire that turned them to
     * cents kept the last fraction of a cent after the cents.
     */
    static int fractionAfter(String text, List<Tok> t, int last) {
        if (last + 3 >= t.size()) return -1;
        Tok a = t.get(last), n = t.get(last + 1), slash = t.get(last + 2), d = t.get(last + 3);
        if (!n.isNum() || !slash.is("/") || !d.isNum() || n.start() != a.end() + 1 || text.charAt(a.end()) != ' '
                || slash.start() != n.end() || d.start() != slash.end()) return -1;
        if (!n.text().matches("\\d{1,2}") || !d.text().matches("2|3|4|8|16")) return -1;
        int num = Integer.parseInt(n.text()), den = Integer.parseInt(d.text());
        if (num < 1 || num >= den) return -1;
        if (last + 4 < t.size() && t.get(last + 4).start() == d.end() && (t.get(last + 4).is("/") || t.get(last + 4).isNum())) {
            return -1;                                                   // "5 1/2/2024"
        }
        return last + 3;
    }

    /** The digits {@code raw} with the fraction "N/D" added in units of their last place: "14.62" and 1/2 -> 14.625. */
    static BigDecimal withFraction(String raw, BigDecimal v, List<Tok> t, int denominator) {
        int dot = raw.indexOf('.');
        int places = dot < 0 ? 0 : raw.length() - dot - 1;
        BigDecimal frac = new BigDecimal(t.get(denominator - 2).text())
                .divide(new BigDecimal(t.get(denominator).text()), MathContext.DECIMAL64);
        return v.add(frac.movePointLeft(places)).stripTrailingZeros();
    }

    /**
     * A hyphen glued to the digits at {@code j - 1} with a space after it, and a scale word (alone or hyphenated to its noun)
     * after the space: "the 4.2- billion-euro fund", a compound a wire broke at its line's end. The index of the scale word,
     * or -1.
     */
    static int scaleAfterHangingHyphen(Lexicon lx, List<Tok> t, int j) {
        if (j < 1 || j + 1 >= t.size()) return -1;
        Tok dash = t.get(j), w = t.get(j + 1);
        if (!(dash.is("-") || dash.is("–")) || dash.start() != t.get(j - 1).end() || w.start() == dash.end() || !w.isWord()) {
            return -1;
        }
        return isScale(lx, firstPart(w.lower())) ? j + 1 : -1;
    }

    /** The scale word glued to the digits by a hyphen ("4.2-billion", "4.2-billion-euro"): its multiplier, or null. */
    static BigDecimal gluedScale(Lexicon lx, String lowerAfterHyphen) {
        String first = firstPart(lowerAfterHyphen);
        return isScale(lx, first) ? BigDecimal.valueOf(lx.numberWords.get(first)[0]) : null;
    }

    /**
     * unit-before-noun: the unit of the word glued after a hyphened scale word ("million-barrel" of "a 4-million-barrel
     * spill": bbl), or null when none is a unit.
     */
    static String unitAfterScale(NumberRecognizer numbers, String lowerAfterHyphen) {
        String both = scaleAndUnit(lowerAfterHyphen);
        int dash = both.indexOf('-');
        return dash < 0 ? null : numbers.singleUnit(both.substring(dash + 1));
    }

    /** The scale word and the word glued after it: "million-barrel" of "million-barrel-per-day". */
    static String scaleAndUnit(String lower) {
        int dash = lower.indexOf('-');
        if (dash < 0) return lower;
        int next = lower.indexOf('-', dash + 1);
        return next < 0 ? lower : lower.substring(0, next);
    }

    static String firstPart(String lower) {
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static boolean isScale(Lexicon lx, String lower) {
        long[] nw = lx.numberWords.get(lower);
        return nw != null && nw[1] == 2 && nw[0] >= 1000;
    }
}
