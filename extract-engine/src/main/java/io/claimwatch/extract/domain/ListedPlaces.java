package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The place of a figure in a list of places and their counts: a ranking's item ("followed by Ohio with 120", rule
 * "ranked-with") and a fact box's line ("Izmit 4,179 dead", rule "list-line-head"), each a part of the whole count,
 * read through {@link PlaceFinder}.
 */
final class ListedPlaces {

    private ListedPlaces() {}

    /** "followed by Yalova with", "and Bolu with": a ranking's item, a name and "with" before its figure. */
    private static final java.util.regex.Pattern RANKED_WITH = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:followed|trailed)\\s+by\\s+|then\\s+|and\\s+)?(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2})\\s+with\\s+$");

    /**
     * Rule "ranked-with": in a ranking of places by a count ("Texas had the most deaths, followed by Ohio with 120,
     * Utah with 98 and Iowa with 40"), the place named right before "with" is the place of the figure after it: a
     * part of the whole count, not the ranking's first place nor the article's, scoped to its division even where
     * that is the article's own. {@code [from, figureStart)} is the
     * figure's own part of its clause; it must hold only the name, "with" and at most a leading "followed by",
     * "then" or "and". NONE when the name is no place the gazetteer knows.
     */
    static Places rankedWith(PlaceFinder finder, String text, int from, int figureStart) {
        if (from >= figureStart) return Places.NONE;
        java.util.regex.Matcher m = RANKED_WITH.matcher(text).region(from, figureStart);
        if (!m.matches()) return Places.NONE;
        return asPart(finder.find(text, m.start(1), m.end(1), true, false));
    }

    /** "Izmit 4,179 dead, 10,759 injured": a line that opens with a name and then its first figure. */
    private static final java.util.regex.Pattern LINE_HEAD = java.util.regex.Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2})\\s+(?:about\\s+|some\\s+|at\\s+least\\s+)?\\d");

    /**
     * Rule "list-line-head": in a fact box's lines of places and counts ("Izmit 4,179 dead, 10,759 injured" under
     * "WORST AREAS AFFECTED:"), the place that opens the line is the place of every figure on it, a part of the whole
     * count as in {@link #rankedWith}. {@code lineStart} is the sentence's start; the figure at {@code figureStart}
     * must stand on the same line. NONE when the line opens otherwise or its name is no place the gazetteer knows.
     */
    static Places lineHead(PlaceFinder finder, String text, int lineStart, int figureStart) {
        if (lineStart >= figureStart || (lineStart > 0 && text.charAt(lineStart - 1) != '\n')
                || text.substring(lineStart, figureStart).indexOf('\n') >= 0) return Places.NONE;
        java.util.regex.Matcher m = LINE_HEAD.matcher(text).region(lineStart, figureStart + 1);
        if (!m.lookingAt()) return Places.NONE;
        return asPart(finder.find(text, m.start(1), m.end(1), true, false));
    }

    /** A place read as a part of the event's whole: its divisions kept in its scope too. NONE without a place. */
    private static Places asPart(Places p) {
        if (p.divisions().isEmpty() && p.countries().isEmpty()) return Places.NONE;
        // the item is a part even where it is the article's own division (a dateline's city ranked among the provinces)
        Set<String> scope = new TreeSet<>(p.scope());
        for (String d : p.divisions()) scope.add(d.toLowerCase(Locale.ROOT));
        return new Places(p.countries(), p.divisions(), p.names(), scope);
    }

}
