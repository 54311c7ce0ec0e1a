package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The country an article is in, for names the gazetteer gives to one place though many countries bear them
 * (rule "compass-region"): a region named by the points of the compass alone ("the North East", "the North
 * West", "South West": {@code keys/compass-regions.txt}) is a region of the country the article's other places
 * are in, not the division of that name the gazetteer knows (Botswana's North East, South Africa's North West).
 * The article's country is the one most of the distinct names of places it reads resolve to (countries by name or
 * demonym, and divisions and cities a locative word leads to: "at Sunderland station"), with no other as many; none
 * on a tie or with no name.
 * Thread-safe.
 */
final class HomeCountries {

    /** keys/compass-regions.txt: the words of a region named by the points of the compass. */
    private static final ConceptLexicon COMPASS = ConceptLexicon.load("/keys/compass-regions.txt");
    private static final String NONE = "";

    /** Whether a name (lower-case words) is made of compass words alone ("north east", "south west"). */
    boolean compassRegion(List<String> words) {
        for (String w : words) if (!COMPASS.contains(w)) return false;
        return !words.isEmpty();
    }

    /** The article's country (ISO code), or null: read once an article when {@code finder} started it. */
    String of(String text, PlaceFinder finder) {
        String[] slot = finder.homeSlot(text);
        if (slot != null && slot[0] != null) return slot[0].equals(NONE) ? null : slot[0];
        String home = vote(finder.namesRead(text));
        if (slot != null) slot[0] = home == null ? NONE : home;
        return home;
    }

    /** The country most of the distinct names resolve to, with no other as many; null on a tie or with none. */
    static String vote(Map<String, String> countryOfName) {
        Map<String, Integer> names = new TreeMap<>();
        countryOfName.values().forEach(c -> names.merge(c, 1, Integer::sum));
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
