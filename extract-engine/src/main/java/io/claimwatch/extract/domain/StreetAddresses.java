package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * Numbers of a street address, which count nothing: a house number before a street's name ({@code numbers.street-address}:
 * "the shop at 27 Birch Lane", "a fire at 1200 N. Harbor Blvd.") and the hundred of a block ({@code numbers.block-of-street}:
 * "found in the 3100 block of Maple Road").
 */
final class StreetAddresses {

    /** "street", "ave", "road": the last word of a street's name (numbers-street-words.txt). */
    private final Set<String> streetWords = NotFigures.words("street-words");
    /** "north", "n": a direction that may open a street's name (numbers-street-directions.txt). */
    private final Set<String> directions = NotFigures.words("street-directions");
    private final Lexicon lx;
    private final NotFigures not;

    StreetAddresses(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
    }

    /** Whether the plain whole number at token {@code i} (token {@code j} after it) is a house number or a block's hundred. */
    boolean at(List<Tok> t, int i, int j) {
        String raw = t.get(i).text();
        if (raw.length() > 5 || !raw.chars().allMatch(Character::isDigit)) return false;
        return blockOf(t, i, j) || houseNumber(t, j);
    }

    /**
     * {@code numbers.block-of-street}: "shots were fired in the 3100 block of Maple Road": a number after "the" before the
     * singular "block" and "of" gives where on a street, the hundred of its house numbers; not "two blocks of flats".
     */
    private static boolean blockOf(List<Tok> t, int i, int j) {
        return i >= 1 && t.get(i - 1).is("the") && j + 1 < t.size() && t.get(j).is("block") && t.get(j + 1).is("of");
    }

    /**
     * {@code numbers.street-address}: "the shop at 27 Birch Lane", "a fire at 1200 N. Harbor Blvd.", "firefighters reached 8
     * Mill Rd before dawn": a number right before a run of two to five capitalised words (a direction's stop may fall in it)
     * whose last is a word of numbers-street-words.txt is a house number; not before a noun the run qualifies ("three
     * Supreme Court justices", "9 Supreme Court Justices": the run then ends in no street word), nor in a headline's run
     * with a function word ("3 Shot On Main Street").
     */
    private boolean houseNumber(List<Tok> t, int j) {
        int k = j, words = 0;
        String last = null;
        while (k < t.size() && words < 5) {
            Tok w = t.get(k);
            if (w.is(".") && last != null && directions.contains(last)) { k++; continue; }   // "N. Harbor"
            if (!w.isWord() || !w.capitalized() || lx.functionWords.contains(w.lower())) break;
            last = w.lower();
            words++;
            k++;
        }
        if (words < 2 || !streetWords.contains(last)) return false;
        Tok after = k < t.size() ? t.get(k) : null;
        return after == null || !after.isWord() || after.capitalized() || lx.functionWords.contains(after.lower())
                || !not.pluralOrUnit(after.lower());
    }
}
