package io.claimwatch.extract.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves place names to where they are: a country (ISO 3166 alpha-2) and, for a city or a
 * first-level division, that division ("US.TX"). Countries by their English names (the JDK's),
 * short forms and demonyms ({@code keys/countries.txt}); states, provinces, oblasts and cities of
 * 15,000 people or more from GeoNames ({@code keys/places.tsv}, rebuilt by
 * {@code tools/gazetteer/build.py}); a name several places bear goes to the most populous, but a division outranks its
 * own cities of the name ("Quebec"). Names are
 * looked up in lower case with hyphens and apostrophes as spaces ("al-haouz" → "al haouz").
 * Immutable and thread-safe.
 */
public final class Gazetteer {

    /**
     * Where a name is: its country, and its first-level division where it names one or lies in one
     * (else empty); whether it names a country, or a first-level division (a state, a province).
     */
    public record Place(String country, String division, boolean isCountry, boolean isDivision) {}

    private static final Gazetteer INSTANCE = load();

    private final Map<String, Place> places;
    private final int longest;
    /** For each first word of a name, the most words a name starting with it has: most words start none. */
    private final Map<String, Integer> longestFrom;
    /** {@link #longestFrom}'s words: asked before it (most capitalised words start no name). */
    private final WordBits firstWords;
    /** The first words of each name of two words or more short of its last ("san", "san jose del"): no longer name starts with any other run. */
    private final java.util.Set<String> prefixes;

    private Gazetteer(Map<String, Place> places) {
        this.places = places;
        this.longest = places.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        Map<String, Integer> from = new HashMap<>();
        for (String k : places.keySet()) {
            String[] w = k.split(" ");
            from.merge(w.length == 0 ? k : w[0], w.length, Math::max);
        }
        this.longestFrom = Map.copyOf(from);
        this.firstWords = WordBits.of(longestFrom.keySet());
        java.util.Set<String> pre = new java.util.HashSet<>();
        for (String k : places.keySet()) {
            for (int at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) pre.add(k.substring(0, at));
        }
        this.prefixes = java.util.Set.copyOf(pre);
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    /** The place a name (one or more words, any case) resolves to, or null. */
    public Place lookup(String name) {
        return places.get(normalise(name));
    }

    /** The longest name among the lower-case words from {@code from} on, as [words, place]; null if none. */
    public Match longestAt(List<String> lowerWords, int from) {
        Integer most = from < lowerWords.size() && firstWords.mayHold(lowerWords.get(from)) ? longestFrom.get(lowerWords.get(from)) : null;
        if (most == null) return null;   // no name starts with the word
        // the runs from the shortest on, as long as some name goes on past the run: the last that names a place
        int limit = Math.min(Math.min(most, longest), lowerWords.size() - from);
        Match best = null;
        StringBuilder run = null;
        for (int n = 1; n <= limit; n++) {
            String name;
            if (n == 1) {
                name = lowerWords.get(from);
            } else {
                if (run == null) run = new StringBuilder(lowerWords.get(from));
                name = run.append(' ').append(lowerWords.get(from + n - 1)).toString();
            }
            Place p = places.get(name);
            if (p != null) best = new Match(n, p);
            if (!prefixes.contains(name)) break;
        }
        return best;
    }

    /** A name found: how many words it spans and where it is. */
    public record Match(int words, Place place) {}

    static String normalise(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).replace('-', ' ').replace("'", "").replace("’", "").trim().split("\\s+"));
    }

    private static Gazetteer load() {
        Map<String, Place> out = new HashMap<>();
        try (InputStream in = resource("/keys/places.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                out.put(f[0], new Place(f[1], f[2], false, "admin1".equals(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading keys/places.tsv", e);
        }
        // countries last: "Georgia" and "Chad" are countries before they are a state or a town
        for (String cc : Locale.getISOCountries()) {
            String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(cc)) out.put(normalise(name), new Place(cc, "", true, false));
        }
        ConceptLexicon aliases = ConceptLexicon.load("/keys/countries.txt");
        aliases.forEach((alias, cc) -> out.put(normalise(alias.replace(".", "")), new Place(cc, "", true, false)));
        return new Gazetteer(Map.copyOf(out));
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException(name + " is missing from the class path");
        return in;
    }
}
