package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.ArrayList;
import java.util.List;

/**
 * What a figure measures when no noun follows it, read before it: a named scale ("a magnitude 6.9
 * earthquake"), a population, a share's state, a measure noun of the sentence ("the death toll rose to
 * 45", "the number of X ... in the hundreds"). The subject of its verb: {@link CountedSubjects}.
 */
final class CountedMeasures {

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;

    CountedMeasures(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
    }

    /**
     * measure-conversion: "97 millimeters (about 3.8 inches) of rain", and inside it "(about 3.8 inches) of
     * rain": a measure's conversion in brackets is stepped over to the "of" that names its matter, as a
     * sum's is; j itself when a measure (not a share nor a sum) is not so followed.
     */
    int overConversion(List<Tok> t, Mention m, int j) {
        if (m.unitWords.isEmpty() || m.unit.equals("%") || w.lx.currencyCodes.contains(m.unit) || j >= t.size()) return j;
        int y = j;
        if (t.get(j).is("(")) {
            boolean number = false;
            for (y++; y < t.size() && y < j + 8 && !t.get(y).is(")"); y++) {
                if (t.get(y).is("(") || t.get(y).is(".")) return j;
                number |= t.get(y).isNum();
            }
            if (!number || y >= t.size() || !t.get(y).is(")")) return j;
        } else {
            int b = beforeHedge(t, m);                           // inside: "(about 3.8 inches)" after the measure
            if (!t.get(j).is(")") || b < 0 || !t.get(b).is("(")) return j;
        }
        return y + 1 < t.size() && t.get(y + 1).is("of") ? y + 1 : j;
    }

    /**
     * A figure on a named scale ("a magnitude 6.9 earthquake", "a magnitude-7.1 quake") measures the
     * thing after it on that scale: "earthquake magnitude".
     */
    CountedPhrase.Result onScale(List<Tok> t, Mention m, int j) {
        int before = m.tokStart - 1;
        if (before >= 0 && t.get(before).is("-") && t.get(before).end() == m.start) before--;
        if (before < 0 || !t.get(before).isWord() || !lx.scaleNouns.contains(t.get(before).lower())) return null;
        if (j >= t.size() || !t.get(j).isWord() || lx.functionWords.contains(t.get(j).lower())) return null;
        return new CountedPhrase.Result(t.get(j).lower() + " " + t.get(before).lower(), t.get(j).end(), null, CountedRule.ON_SCALE.id);
    }

    /**
     * A figure "on the (12-point, open-ended) Richter scale" measures what that scale measures
     * ({@code lexicon/counted-named-scales.txt}), of the thing named before it: "earthquake magnitude
     * (Richter)".
     */
    CountedPhrase.Result onNamedScale(List<Tok> t, Mention m, int j) {
        if (j + 2 >= t.size() || !t.get(j).is("on")) return null;
        int scale = -1;
        for (int y = j + 1; y < t.size() && y < j + 8 && scale < 0; y++) if (t.get(y).is("scale")) scale = y;
        if (scale < 0 || !t.get(scale - 1).capitalized()) return null;
        String name = t.get(scale - 1).text();
        String measure = w.namedScales.first(List.of(name.toLowerCase(java.util.Locale.ROOT)));
        if (measure == null) return null;
        String thing = measuredBefore(t, m);
        return new CountedPhrase.Result((thing == null ? "" : thing + " ") + measure + " (" + name + ")", t.get(scale).end(), null,
                CountedRule.ON_NAMED_SCALE.id);
    }

    /**
     * "An earthquake measuring", "The quake, which in the north registered": the noun before the verb
     * that gives the figure (before the relative pronoun that opens the verb's clause), or null.
     */
    private String measuredBefore(List<Tok> t, Mention m) {
        int from = beforeHedge(t, m);
        for (int k = from; k >= 0 && k > m.tokStart - 10; k--) {
            if (t.get(k).is("which") || t.get(k).is("that")) from = k - 1;
        }
        for (int k = from; k >= 0 && k > m.tokStart - 12; k--) {
            Tok y = t.get(k);
            if (y.is(".") || y.is(";")) return null;
            if (!y.isWord() || y.capitalized() && k > 0) continue;
            String l = y.lower();
            if (lx.functionWords.contains(l) || w.isVerbish(y) || lx.timeUnits.contains(l) || lx.timeAdverbs.contains(l)
                    || l.endsWith("ly") || l.length() < 3) continue;
            return l;
        }
        return null;
    }

    /**
     * A place "of" a figure of people ("a city of 12 million people", "the country of five million")
     * gives its population: "population (people)", "population"; a population "of" a figure
     * (population-of) is the people of the place it belongs to: "the county, which has a population of
     * 80,500" -> "population (people) of county".
     */
    CountedPhrase.Result population(List<Tok> t, Mention m, int j) {
        int k = CountedWords.tokenBefore(t, m);                // past "just", "only"
        if (k < 1 || !t.get(k).is("of")) return null;
        boolean of = t.get(k - 1).is("population");
        if (!of && !w.populationPlaces.contains(t.get(k - 1).lower())) return null;
        boolean people = j < t.size() && w.populationNouns.contains(t.get(j).lower());
        if (!people && j < t.size() && t.get(j).isWord() && !lx.functionWords.contains(t.get(j).lower())) return null;
        int end = people ? t.get(j).end() : m.end;
        // the unit in brackets, as for any figure that is a measure, not a count: "population (people)"
        String phrase = people ? "population (" + t.get(j).lower() + ")" : "population";
        if (!of) return new CountedPhrase.Result(phrase, end, null, CountedRule.POPULATION.id);
        String place = populationOwner(t, k - 1);
        return new CountedPhrase.Result("population (" + (people ? t.get(j).lower() : "people") + ")" + (place == null ? "" : " of " + place),
                end, null, CountedRule.POPULATION_OF.id);
    }

    /**
     * The place whose population the noun at p names: "the county's population", "the county, which has a
     * population", "Bastrop County, with a population": the possessive, else the noun right before the comma
     * that opens the clause; null when neither.
     */
    private static String populationOwner(List<Tok> t, int p) {
        int k = p - 1;
        if (k >= 0 && CountedWords.owner(t.get(k)) != null) return CountedWords.owner(t.get(k));
        if (k >= 0 && (t.get(k).is("a") || t.get(k).is("its"))) k--;
        if (k >= 0 && (t.get(k).is("has") || t.get(k).is("had") || t.get(k).is("have"))) k--;
        if (k >= 0 && (t.get(k).is("which") || t.get(k).is("that"))) k--;
        if (k < 1 || !t.get(k).is(",") || k == p - 1 || !t.get(k - 1).isWord()) return null;
        int a = k - 1;
        while (a > 0 && k - a < 3 && t.get(a).capitalized() && t.get(a - 1).isWord() && t.get(a - 1).capitalized()) a--;
        return CountedWords.span(t, a, k);
    }

    /**
     * A share between "be" and a participle that says what state the share is in ("the fire is 18%
     * contained", "the count was 90 percent completed"): that participle, or null.
     */
    String shareState(List<Tok> t, Mention m, int j) {
        int k = beforeHedge(t, m);
        if (!m.unit.equals("%") || j >= t.size()) return null;
        if (k < 0 || !w.copulas.contains(t.get(k).lower())) return shareDoing(t, k, j);
        Tok p = t.get(j);
        return w.pastVerb(p) ? p.lower() : null;
    }

    /** The rule of {@link #shareState}'s phrase: share-state after "be", else share-verb-after. */
    CountedRule shareRule(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        return k >= 0 && w.copulas.contains(t.get(k).lower()) ? CountedRule.SHARE_STATE : CountedRule.SHARE_VERB_AFTER;
    }

    /**
     * share-verb-after: a share opening its clause (after "that", "with", a comma or a reporting verb) and before a verb in
     * the past is the share that did it, with its object ("found that 63% backed the plan" -> "pct backed the plan";
     * past "said they": "47% said they opposed it"); null otherwise (not a verb of change or linking: "rose").
     */
    private String shareDoing(List<Tok> t, int k, int j) {
        if (!(k < 0 || t.get(k).is("that") || t.get(k).is(",") || t.get(k).is("with") || lx.reportingVerbs.contains(t.get(k).lower()))) return null;
        if (t.get(j).is("against")) return "against";            // "63% backed the plan, with 24% against": its own side
        int v = j;
        if (v + 2 < t.size() && lx.reportingVerbs.contains(t.get(v).lower()) && (t.get(v + 1).is("they") || t.get(v + 1).is("that"))) v += 2;
        Tok p = t.get(v);
        if (!w.pastVerb(p) || lx.linkingVerbs.contains(p.lower()) || lx.reportingVerbs.contains(p.lower())) return null;
        List<String> object = new ArrayList<>();
        int[] pos = {v + 1};
        if (v + 1 < t.size() && t.get(v + 1).isWord() && !t.get(v + 1).capitalized()) nouns.collectAfterArticle(t, pos, object, 0);
        return object.isEmpty() || object.size() > 4 ? p.lower() : p.lower() + " " + String.join(" ", object);
    }

    /** "total", "tally": measure nouns that name no kind of their own (counted.running-total). */
    private final java.util.Set<String> runningTotals = java.util.Set.copyOf(Lexicon.lines("counted-running-totals.txt"));
    /** "new", "more": words that make a count an increment, not a total. */
    private final java.util.Set<String> incrementWords = java.util.Set.copyOf(Lexicon.lines("counted-increment-words.txt"));

    /**
     * running-total: a measure with a modifier that names no kind ("the city's total", "the county's tally") after a figure of the sentence that
     * names its noun counts that noun, less the words that made it an increment ("logged 40 new complaints, bringing
     * the city's total to 900" -> "complaints (city's total)"); null when the measure names a kind or no figure before does.
     */
    String runningTotal(String measure, CountedPhrase.Prev prev) {
        String[] mw = measure.split(" ");
        // (a bare "the figure", "the total" is carried whole from the figure before: CountedRule.CARRIED_FROM_PREVIOUS_FIGURE)
        if (prev == null || prev.noun() == null || mw.length < 2 || !runningTotals.contains(mw[mw.length - 1]) || measure.contains(" of ")) return null;
        List<String> noun = new ArrayList<>(List.of(prev.noun().split(" ")));
        while (noun.size() > 1 && incrementWords.contains(noun.get(0).toLowerCase(java.util.Locale.ROOT))) noun.remove(0);
        return String.join(" ", noun) + " (" + measure + ")";
    }

    /** "the exact number of Russian soldiers captured ... it could be in the hundreds" -> that phrase. */
    String measureNoun(List<Tok> t, Mention m) {
        for (int k = m.tokStart - 1; k >= 0; k--) {
            Tok tok = t.get(k);
            if (!lx.measureNouns.contains(tok.lower()) || reportsFigure(t, k, m.tokStart)) continue;
            // "Total border crossings this fiscal year have hit 1,119,204": the measure opens a noun phrase of plurals
            if (k + 1 < m.tokStart && (k == 0 || w.determiners.contains(t.get(k - 1).lower())) && !t.get(k + 1).is("of")) {
                int x = k + 1;
                boolean plural = false;
                while (x < m.tokStart && x < k + 4 && t.get(x).isWord() && !t.get(x).capitalized() && w.nounish(t.get(x))
                        && !t.get(x).is("of") && !w.isVerbish(t.get(x)) && !lx.linkingVerbs.contains(t.get(x).lower())
                        && !lx.peopleVerbs.contains(t.get(x).lower()) && !lx.timeUnits.contains(t.get(x).lower())) {
                    plural = t.get(x).lower().endsWith("s");
                    x++;
                }
                if (x > k + 1 && plural && x < t.size() && !lx.reportingVerbs.contains(t.get(x).lower())) {
                    return tok.lower() + " " + span(t, k + 1, x);
                }
            }
            // "a death toll of more than 25,000": the measure itself
            if (k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).start() >= m.hedgeStart) {
                if (k > 0 && t.get(k - 1).isWord() && !lx.functionWords.contains(t.get(k - 1).lower())) return t.get(k - 1).lower() + " " + tok.lower();
                return tok.lower();
            }
            // "the number killed in Mexico City ... rose from 148 to 154"
            if (k + 1 < t.size() && t.get(k + 1).isWord() && lx.peopleVerbs.contains(t.get(k + 1).lower())) {
                StringBuilder sb = new StringBuilder(tok.lower()).append(' ').append(t.get(k + 1).lower());
                if (k + 3 < t.size() && t.get(k + 2).is("in") && t.get(k + 3).capitalized()) {
                    sb.append(" in");
                    for (int y = k + 3; y < t.size() && y < k + 6 && t.get(y).capitalized(); y++) sb.append(' ').append(t.get(y).text());
                }
                return sb.toString();
            }
            if (k + 1 < t.size() && t.get(k + 1).is("of")) return measureOf(t, k);
            // "had total assets of 12.3 mln dlrs": the measure noun qualifies the noun whose figure it is
            if (k + 3 < t.size() && t.get(k + 2).is("of") && t.get(k + 3).start() >= m.hedgeStart && t.get(k + 1).isWord()
                    && !t.get(k + 1).capitalized() && w.nounish(t.get(k + 1)) && !w.isVerbish(t.get(k + 1))) {
                return tok.lower() + " " + t.get(k + 1).lower();
            }
            if (k > 0 && t.get(k - 1).isWord() && !lx.functionWords.contains(t.get(k - 1).lower())) {
                return t.get(k - 1).lower() + " " + tok.lower();          // "death toll"
            }
            return tok.lower();
        }
        return null;
    }

    /**
     * toll-of-dead: a toll read as the measure ("the death toll rose to 45", "a quake toll of 300") counts the killed
     * and names no one: "killed", with the toll's own words in brackets (which keep the key's kind the toll's, so it
     * groups as before). Null for any other measure, and for a toll of more than two words
     * ({@code lexicon/toll-nouns.txt}).
     */
    String tollOfDead(String measure) {
        String[] words = measure.split(" ");
        if (words.length > 2 || !lx.tollNouns.contains(words[words.length - 1])) return null;
        return "killed (" + measure + ")";
    }

    /**
     * The measure noun at k is the subject of an evidential verb before the figure ("Figures from the
     * Commerce Department for November showed exports down 2.3%", "data released on Monday show"): it
     * reports the figure, it is not what the figure measures. Not past a comma ("the toll, officials said").
     */
    private boolean reportsFigure(List<Tok> t, int k, int figure) {
        for (int x = k + 1; x < figure && x <= k + 8; x++) {
            Tok y = t.get(x);
            if (!y.isWord()) return false;
            if (lx.evidentialVerbs.contains(y.lower()) && !lx.reportingVerbs.contains(y.lower())) return true;
        }
        return false;
    }

    /** "the number of people under observation had risen to 216": the noun phrase after the measure noun at k and "of". */
    private String measureOf(List<Tok> t, int k) {
        List<String> words = new ArrayList<>();
        int[] pos = {k + 2};
        nouns.collect(t, pos, words, 0);
        if (words.isEmpty()) return t.get(k).lower();           // "a turnout of 71 percent"
        int p = pos[0];
        if (p + 1 < t.size() && w.statePreps.contains(t.get(p).lower()) && !t.get(p).is("no")) {
            List<String> pp = new ArrayList<>();
            int[] p2 = {p + 1};
            nouns.collect(t, p2, pp, 0);
            if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                words.add(t.get(p).lower());
                words.addAll(pp);
                p = p2[0];
            }
        }
        if (p < t.size() && t.get(p).isWord() && w.isVerbish(t.get(p)) && !lx.reportingVerbs.contains(t.get(p).lower())) {
            words.add(t.get(p).lower());
        }
        return String.join(" ", words);
    }

    /** "The numbers exchanged in these swaps could range from 50 to 95 soldiers" -> "exchanged in these swaps". */
    String measureSubject(List<Tok> t, Mention m) {
        for (int k = 0; k < Math.min(m.tokStart, 4); k++) {
            Tok tok = t.get(k);
            if (!lx.measureNouns.contains(tok.lower())) continue;
            if (k + 1 < t.size() && t.get(k + 1).is("of")) return null;
            List<String> words = new ArrayList<>();
            for (int x = k + 1; x < m.tokStart && x < k + 8; x++) {
                Tok y = t.get(x);
                if (!y.isWord() || w.notObjectVerbs.contains(y.lower()) || lx.changeVerbs.contains(y.lower())) break;
                words.add(y.lower());
            }
            return words.isEmpty() ? null : String.join(" ", words);
        }
        return null;
    }

    /**
     * "$717m (£379m) in disaster relief", "5bn rupees ($50m; £27m) set aside", and in the brackets
     * "(£379m) in disaster relief": the sum's conversion in brackets after it is stepped over to what
     * follows; j itself when no such bracket is at j.
     */
    int overSumConversion(List<Tok> t, Mention m, int j) {
        if (!w.lx.currencyCodes.contains(m.unit) || j >= t.size()) return j;
        int y = j;
        if (t.get(y).is("(") || t.get(y).is(";")) {
            boolean number = false;
            for (y++; y < t.size() && y < j + 12 && !t.get(y).is(")"); y++) {
                if (t.get(y).is("(") || t.get(y).is(".") || t.get(y).isWord() && t.get(y).text().length() > 3) return j;
                number |= t.get(y).isNum();
            }
            if (!number || y >= t.size() || !t.get(y).is(")")) return j;
        } else {
            int b = m.tokStart - 1;                              // inside: "(£379m)" right after the sum
            while (b >= 0 && t.get(b).end() > m.start) b--;
            if (!t.get(y).is(")") || b < 0 || !t.get(b).is("(") && !t.get(b).is(";")) return j;
        }
        return y + 1 < t.size() ? y + 1 : j;
    }
}
