package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link NumberRule#GLUED_UNIT}: a unit glued to digits and hyphenated to what it measures ("a 30cm-wide pipe", "the
 * 12m-high wall"), and a lone "m" glued to digits with no currency before it that measures in metres: before a word of
 * numbers-metre-words.txt ("the 30m shaft", "dug 8m down", "a 12m-high wall") or at its clause's end after "a depth of"
 * ("at a depth of 30m."). "1.4m workers" keeps the million it means when a currency comes first ("£5m").
 */
final class GluedUnits {

    private static final Set<String> METRE_WORDS =
            Set.copyOf(Lexicon.lines("numbers-metre-words.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());

    private GluedUnits() {}

    /** The unit of the word {@code wl} glued to the digits at token {@code j}, or null: "cm-wide" is cm, "m" metres where they measure. */
    static String unit(NumberRecognizer numbers, List<Tok> t, int j, String wl) {
        int dash = wl.indexOf('-');
        String first = dash < 0 ? wl : wl.substring(0, dash);
        if (first.equals("m")) return metres(t, j, dash < 0 ? null : wl.substring(dash + 1)) ? "m" : null;
        return dash > 0 ? numbers.singleUnit(first) : null;
    }

    private static boolean metres(List<Tok> t, int j, String hyphened) {
        if (hyphened != null) return METRE_WORDS.contains(hyphened);
        Tok next = j + 1 < t.size() ? t.get(j + 1) : null;
        if (next == null || !next.isWord() && !next.isNum()) {
            return j >= 3 && t.get(j - 2).is("of") && METRE_WORDS.contains(t.get(j - 3).lower());   // "a depth of 30m."
        }
        for (int k = j + 1; k < Math.min(t.size(), j + 3); k++) {
            Tok w = t.get(k);
            if (!w.isWord()) return false;
            if (METRE_WORDS.contains(w.lower())) return true;
            if (w.lower().endsWith("s") && !w.lower().endsWith("ss")) return false;   // "1.4m workers"
        }
        return false;
    }
}
