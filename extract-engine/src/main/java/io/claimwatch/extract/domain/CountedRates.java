package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code counted.rate-name}: a figure whose phrase is only its unit, where that unit is a rate, one unit "per"
 * (or "a", "an") another, counts the rate that unit measures, named in {@code counted-rate-names.txt} with the
 * unit in brackets: "the new cars must average 41 miles per gallon by 2031" -> "fuel economy (miles per gallon)",
 * "the bus was doing 60 mph when it left the road" -> "speed (mph)". A figure whose phrase names a noun of its own
 * ("90 mph winds", "tonnes of ore per year") is left to the rules that read it.
 */
final class CountedRates {

    private final ConceptLexicon names = ConceptLexicon.load("/lexicon/counted-rate-names.txt");

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (m.unitWords.isEmpty() || m.unit.equals("%")) return r;
        String unit = m.unitWords.toLowerCase(Locale.ROOT).strip();
        String phrase = r == null ? "" : r.text().toLowerCase(Locale.ROOT).strip();
        if (!phrase.isEmpty() && !phrase.equals(unit)) return r;
        List<String> words = new ArrayList<>(List.of(unit.split("\\s+")));
        int j = CountedWords.afterFigure(t, m);
        int end = j > 0 ? t.get(j - 1).end() : m.end;
        if (j + 1 < t.size() && (t.get(j).is("per") || t.get(j).is("a") || t.get(j).is("an")) && t.get(j + 1).isWord()) {
            List<String> longer = new ArrayList<>(words);
            longer.add(t.get(j).lower());
            longer.add(t.get(j + 1).lower());
            if (whole(longer) != null) {
                words = longer;
                end = t.get(j + 1).end();
            }
        }
        String name = whole(words);
        if (name == null) return r;
        return new CountedPhrase.Result(name + " (" + String.join(" ", words) + ")", r == null ? end : r.end(),
                null, CountedRule.RATE_NAME.id);
    }

    /** The rate the words name as one entry, all of them; null if none. */
    private String whole(List<String> words) {
        ConceptLexicon.Match match = names.match(words, 0);
        return match != null && match.words() == words.size() ? match.concept() : null;
    }
}
