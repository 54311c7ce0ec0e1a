package io.claimwatch.extract.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule "division-namesake": a name the gazetteer gives to one place, a country or a first-level division of one country,
 * that is also a first-level division of another country ({@code keys/division-namesakes.txt}: "Georgia" the country and
 * the U.S. state, "Punjab" of Pakistan and of India) is read as that other division where the article's other places are
 * in the division's country, else as the gazetteer's place: "WASHINGTON (Reuters) - U.S. bank regulators on Friday closed
 * tiny Alpha Bank & Trust in Georgia" is the state's bank; "TBILISI - The opposition in Georgia threatened" is the
 * country's. The article's other places are the country most of the distinct names of places it reads resolve to, the
 * namesakes left out ({@link HomeCountries#vote}); read once an article ({@link PlaceFinder}). Immutable, thread-safe.
 */
final class DivisionNamesakes {

    /** Each namesake (lower-case words) and its other reading, a first-level division. */
    private static final Map<String, Gazetteer.Place> OTHER = load();

    private DivisionNamesakes() {}

    /** Whether a name (its lower-case words joined by a space) is a namesake of keys/division-namesakes.txt. */
    static boolean namesake(String name) {
        return OTHER.containsKey(name);
    }

    /**
     * The namesakes an article reads as their other division, from the names of places it reads and their countries
     * ({@link PlaceFinder#namesRead}, the gazetteer's readings): those whose division's country is the one most of the
     * other names resolve to, with no other as many.
     */
    static Set<String> readAsDivision(Map<String, String> namesRead) {
        Map<String, String> others = new HashMap<>(namesRead);
        others.keySet().removeIf(OTHER::containsKey);
        String home = HomeCountries.vote(others);
        Set<String> out = new TreeSet<>();
        if (home == null) return out;
        OTHER.forEach((name, place) -> {
            if (place.country().equals(home)) out.add(name);
        });
        return out;
    }

    /** The other reading of a namesake the article reads as its division ({@link #readAsDivision}), else {@code g}. */
    static Gazetteer.Match read(Gazetteer.Match g, String name, Set<String> asDivision) {
        return asDivision.contains(name) ? new Gazetteer.Match(g.words(), OTHER.get(name)) : g;
    }

    /** The names of the article read with their namesakes' readings: a namesake read as its division has its country. */
    static Map<String, String> withReadings(Map<String, String> namesRead, Set<String> asDivision) {
        if (asDivision.isEmpty()) return namesRead;
        Map<String, String> out = new HashMap<>(namesRead);
        for (String name : asDivision) if (out.containsKey(name)) out.put(name, OTHER.get(name).country());
        return out;
    }

    private static Map<String, Gazetteer.Place> load() {
        Map<String, Gazetteer.Place> out = new HashMap<>();
        ConceptLexicon.load("/keys/division-namesakes.txt").forEach((name, division) -> {
            String country = division.substring(0, division.indexOf('.'));
            out.put(Gazetteer.normalise(name), new Gazetteer.Place(country, division, false, true));
        });
        return Map.copyOf(out);
    }
}
