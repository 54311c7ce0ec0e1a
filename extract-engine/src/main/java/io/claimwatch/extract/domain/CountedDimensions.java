package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code counted.dimension}: a figure in a unit of size ({@code counted-dimension-units.txt}: a length or a weight) is
 * the size of a thing, not a count of its unit. It names the dimension the words say: a word after the unit
 * ({@code counted-dimension-words.txt}: "60 feet tall", "2 billion miles away", "in height"), a verb before it
 * ({@code counted-dimension-verbs.txt}: "weighs 40 kg"), or, for a weight, the weight itself ("a 9-tonne truck",
 * "the crate was 40 kg"). The thing is the noun the size qualifies ("a 30-metre-long hull": hull) or the subject of
 * the verb or "be" before it ("The mast stands 60 feet tall": mast; "a dog that's over 90 pounds": dog). The phrase is
 * "DIMENSION of THING (UNIT)", the dimension first as the quantity's kind: "height of mast (feet)", "distance of
 * probe (miles)", "weight of truck (tonnes)"; without a thing, "height (feet)". A weight that "be" alone gives is a
 * thing's only in a unit of {@code counted-dimension-be-weights.txt} ("the dog was 90 pounds", not "exports were 2
 * million tonnes"). Not a measure "of" a matter ("40 tonnes of aid") and not a length with no dimension
 * word ("20 km from the coast"). Read after the other rules, over their phrase.
 */
final class CountedDimensions {

    private static final String WEIGHT = "weight";
    private static final String DISTANCE = "distance";

    private final CountedWords w;
    private final NounPhrases nouns;
    private final Map<String, String> units = pairs("counted-dimension-units.txt");
    private final Map<String, String> dimensionWords = pairs("counted-dimension-words.txt");
    private final Map<String, String> verbs = pairs("counted-dimension-verbs.txt");
    /** Units of a weight that "be" gives a thing ("the dog was 90 pounds"), not of goods ("exports were 2 million tonnes"). */
    private final java.util.Set<String> beWeights = java.util.Set.copyOf(Lexicon.lines("counted-dimension-be-weights.txt"));
    /** The unit's name where the figure writes it short or hyphened ("50kg", "a 9-tonne truck"): "kilograms". */
    private final ConceptLexicon unitNames = ConceptLexicon.load("/keys/measure-phrases.txt");

    CountedDimensions(CountedWords w, NounPhrases nouns) {
        this.w = w;
        this.nouns = nouns;
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (String l : Lexicon.lines(name)) {
            String[] p = l.split("\\|", -1);
            out.put(p[0].strip().toLowerCase(Locale.ROOT), p.length > 1 ? p[1].strip() : "");
        }
        return Map.copyOf(out);
    }

    CountedPhrase.Result read(String text, List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (PoundsReading.money(text, t, m)) return r;           // "cost BA 43 million pounds": no weight (pounds-money)
        int j = CountedWords.afterFigure(t, m);
        String unitWords = m.unitWords;
        if (unitWords.isEmpty() && !m.unit.isEmpty() && unitNames.entryOf(m.unit) != null) unitWords = unitNames.entryOf(m.unit);
        String kind = m.unit.isEmpty() ? null : units.get(m.unit.toLowerCase(Locale.ROOT));
        if (m.unit.isEmpty() && j + 1 < t.size() && t.get(j).isWord()) {
            // "3.8 billion light years away": a unit the number stage does not read
            String two = t.get(j).lower() + " " + t.get(j + 1).lower();
            kind = units.get(two);
            if (kind != null) {
                unitWords = two;
                j += 2;
            }
        }
        if (kind == null || unitWords.isEmpty()) return r;
        int k = beforeHedge(t, m);
        boolean inBrackets = k >= 0 && t.get(k).is("(");
        j = overConversion(t, j, inBrackets);
        if (j < t.size() && t.get(j).is("-") && t.get(j).start() == t.get(j - 1).end()) j++;   // "a 30-metre-long hull"
        String dimension = null;
        String hyphened = j >= 1 ? hyphenedDimension(t, j - 1) : null;
        int end = m.end;
        if (j + 1 < t.size() && t.get(j).is("in") && dimensionWords.containsKey(t.get(j + 1).lower())
                && t.get(j + 1).lower().equals(dimensionWords.get(t.get(j + 1).lower()))) {
            dimension = t.get(j + 1).lower();                    // "6 feet in height"
            end = t.get(j + 1).end();
            j += 2;
        } else if (j < t.size() && t.get(j).isWord() && dimensionWords.containsKey(t.get(j).lower())
                && (!t.get(j).lower().equals(dimensionWords.get(t.get(j).lower())) || t.get(j - 1).is("-"))) {
            dimension = dimensionWords.get(t.get(j).lower());    // "60 feet tall", "2 billion miles away", "a 30 cm-diameter pipe"
            end = t.get(j).end();
            j++;
        } else if (hyphened != null) {
            dimension = hyphened;    // "a 30cm-diameter pipe": the figure's mention took the word in
        }
        if (dimension == null && !kind.equals(WEIGHT)) return r;
        if (dimension == null && j < t.size() && t.get(j).is("of")) return r;   // "40 tonnes of aid": the matter counted
        String thing = attributive(t, m, j, k, dimension != null);
        int v = k;
        String verbDimension = null;
        int steps = 0;
        while (v >= 0 && steps < 4) {
            int a = w.backOverAdverbs(t, v);
            if (a != v) { v = a; continue; }
            String l = t.get(v).lower();
            if (verbs.containsKey(l)) {
                if (!verbs.get(l).isEmpty()) verbDimension = verbs.get(l);
            } else if (!(w.copulas.contains(l) || w.modals.contains(l) || l.equals("that's") || l.equals("that’s")
                    || l.equals("which") || l.equals("that") || l.equals("who"))) {
                break;
            }
            v--;
            steps++;
        }
        if (dimension == null) dimension = verbDimension;
        if (dimension == null && thing == null && !beWeights.contains(m.unit.toLowerCase(Locale.ROOT))) return r;   // "exports were 2 million tonnes"
        if (dimension == null && steps == 0 && thing == null) return r;   // "40 kg ..." with nothing to say it is a size
        if (dimension == null) dimension = WEIGHT;
        if (thing == null && steps > 0) thing = subject(t, v);
        if (thing == null && dimension.equals(DISTANCE) && steps == 0 && !unitAlone(r, unitWords)) return r;   // "cities 100 miles away"
        return new CountedPhrase.Result(dimension + (thing == null ? "" : " of " + thing) + " (" + unitWords + ")", Math.max(end, r.end()), null,
                CountedRule.DIMENSION.id);
    }

    /** The dimension a hyphen joins to the figure's last token ("2-metre-diameter", "30cm-diameter"); null if none. */
    private String hyphenedDimension(List<Tok> t, int last) {
        String l = t.get(last).lower();
        int h = l.lastIndexOf('-');
        if (h > 0) return dimensionWords.get(l.substring(h + 1));
        return last >= 1 && t.get(last - 1).is("-") && t.get(last).isWord() ? dimensionWords.get(l) : null;
    }

    /** Past a conversion in brackets after the unit ("101 meters (330 feet) long"), or out of the one the figure stands in. */
    private static int overConversion(List<Tok> t, int j, boolean inBrackets) {
        if (inBrackets) return j < t.size() && t.get(j).is(")") ? j + 1 : j;
        if (j >= t.size() || !t.get(j).is("(")) return j;
        for (int y = j + 1; y < t.size() && y < j + 8; y++) if (t.get(y).is(")")) return y + 1;
        return j;
    }

    /**
     * The noun right after the size ("a 30-metre-long hull", "a 9-tonne truck"), when a determiner or a possessive
     * stands before the figure; null otherwise.
     */
    private String attributive(List<Tok> t, Mention m, int j, int k, boolean dimensionWord) {
        if (j >= t.size() || !t.get(j).isWord() || t.get(j).capitalized() && !dimensionWord) return null;
        String l = t.get(j).lower();
        if (w.lx.functionWords.contains(l) || w.isVerbish(t.get(j)) || l.endsWith("ly")) return null;
        int d = k;
        if (d >= 0 && t.get(d).is("(")) d = beforeOpening(t, d);
        if (d < 0 || !(w.determiners.contains(t.get(d).lower()) || CountedWords.owner(t.get(d)) != null
                || t.get(d).is("a") || t.get(d).is("an") || t.get(d).is("the"))) {
            // "a stunning 2 billion light years": an adjective between the determiner and the figure
            if (d < 1 || !(t.get(d - 1).is("a") || t.get(d - 1).is("an") || t.get(d - 1).is("the"))) return null;
        }
        List<String> words = new ArrayList<>();
        int[] pos = {j};
        nouns.collect(t, pos, words, t.get(j).end());
        // "a 90-metre tanker hit the pier": a word before a determiner is the verb, not the noun's
        if (words.size() > 1 && (pos[0] < t.size() && w.determiners.contains(t.get(pos[0]).lower()) || w.pastVerb(t.get(pos[0] - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() > 4) return null;
        return String.join(" ", words);
    }

    /** The token before the figure that a conversion in brackets converts ("a 101 meter (330 foot) long hull"). */
    private static int beforeOpening(List<Tok> t, int open) {
        int y = open - 1;
        while (y >= 0 && open - y < 6 && !(t.get(y).isNum() && (y == 0 || !t.get(y - 1).isNum()))) y--;
        return y - 1;
    }

    /** The noun phrase ending at v, the subject of the verb or "be" after it ("This probe is"); null for a pronoun. */
    private String subject(List<Tok> t, int v) {
        if (v >= 1 && t.get(v).is(",") && t.get(v - 1).isWord()) v--;   // "The mast, standing 60 feet tall,"
        if (v < 0 || !w.nounish(t.get(v)) || w.isVerbish(t.get(v)) || t.get(v).is("and") || t.get(v).is("but")) return null;
        int a = nouns.backOver(t, v);
        if (a > v) return null;
        return CountedWords.span(t, Math.max(a, v - 2), v + 1);
    }

    /** The phrase the other rules gave names only the unit and the dimension word ("light years away"). */
    private static boolean unitAlone(CountedPhrase.Result r, String unitWords) {
        String rest = r.text().toLowerCase(Locale.ROOT).replace(unitWords.toLowerCase(Locale.ROOT), "").strip();
        return rest.isEmpty() || rest.equals("away");
    }
}
