package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.ArrayList;
import java.util.List;

/**
 * What a figure measures when no noun follows it, read before it: a named scale ("a magnitude 6.9
 * earthquake"), a measure noun of the sentence ("the death toll rose to 45", "the number of X ... in
 * the hundreds"), the subject of a linking verb ("Consumer prices rose 3.2%").
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
     * gives its population: "population (people)", "population".
     */
    CountedPhrase.Result population(List<Tok> t, Mention m, int j) {
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).is("of") || !w.populationPlaces.contains(t.get(k - 1).lower())) return null;
        boolean people = j < t.size() && w.populationNouns.contains(t.get(j).lower());
        if (!people && j < t.size() && t.get(j).isWord() && !lx.functionWords.contains(t.get(j).lower())) return null;
        int end = people ? t.get(j).end() : m.end;
        // the unit in brackets, as for any figure that is a measure, not a count: "population (people)"
        String phrase = people ? "population (" + t.get(j).lower() + ")" : "population";
        return new CountedPhrase.Result(phrase, end, null, CountedRule.POPULATION.id);
    }

    /**
     * A share between "be" and a participle that says what state the share is in ("the fire is 18%
     * contained", "the count was 90 percent completed"): that participle, or null.
     */
    String shareState(List<Tok> t, Mention m, int j) {
        int k = beforeHedge(t, m);
        if (!m.unit.equals("%") || j >= t.size() || k < 0 || !w.copulas.contains(t.get(k).lower())) return null;
        Tok p = t.get(j);
        return w.pastVerb(p) ? p.lower() : null;
    }

    /**
     * What a figure with no noun after it measures, read before it: the subject of a linking verb
     * ("Consumer prices rose 3.2%", "the rate stands at 5.91%", "borrowing came in at £120.7bn",
     * "the fire could spread to 500,000 acres", "Los Angeles, which covers 300,000 acres"), the
     * object of "at"/"to" ("holds rates at 5.25%", "raise the retirement age to 64") or the noun
     * of an "of" ("a depth of 18 kilometers").
     */
    String subject(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        if (k < 0 || !t.get(k).isWord()) return null;
        if (t.get(k).is("of") && k > 1 && w.levelNouns.contains(t.get(k - 1).lower())) {
            // "rose to a new record of $1.76 trillion", "hit an all-time high of": the level is the verb's figure
            int y = k - 2;
            while (y >= 0 && t.get(y).isWord() && !t.get(y).capitalized() && !w.linkPreps.contains(t.get(y).lower())
                    && !lx.linkingVerbs.contains(t.get(y).lower()) && k - y < 5) y--;
            if (y >= 0 && t.get(y).isWord() && (w.linkPreps.contains(t.get(y).lower()) || lx.linkingVerbs.contains(t.get(y).lower()))) k = y;
        }
        if (t.get(k).is("of")) {
            int x = k - 1;
            if (x > 2 && t.get(x).is(")")) {                    // "a case fatality rate (CFR) of 18.7 per cent"
                while (x > 0 && !t.get(x).is("(") && k - x < 6) x--;
                x--;
                if (x >= 0 && w.nounish(t.get(x))) {
                    int a = nouns.backOver(t, x);
                    if (a <= x) return span(t, Math.max(a, x - 3), x + 1);
                }
                return null;
            }
            // "an immediate pay rise of 100 pct", "budget cuts of up to 10 per cent": the change with its noun phrase
            Tok change = k > 0 ? t.get(k - 1) : null;
            if (change != null && change.isWord() && w.changeNouns.first(List.of(change.lower())) != null && !w.isVerbish(change)) {
                int a = nouns.backOver(t, k - 1);
                return a <= k - 1 ? span(t, a, k) : null;
            }
            if (k > 0 && w.nounish(t.get(k - 1))) return nounBeforeOf(t, k - 1);
            return null;
        }
        if (k >= 1 && t.get(k).is("record") && (t.get(k - 1).is("a") || t.get(k - 1).is("new"))) {
            k -= 2;                                              // "Power demand hit a record 41,300 megawatts"
            if (k >= 0 && t.get(k).is("a")) k--;
            if (k < 0 || !t.get(k).isWord()) return null;
        }
        String prep = null;
        if (w.linkPreps.contains(t.get(k).lower())) {
            prep = t.get(k).lower();
            k--;
        }
        if ("to".equals(prep) || "at".equals(prep)) {
            int v = changeVerbBeforeShare(t, k);
            if (v >= 0) {
                k = v;                                           // "US exports rose 12.3% to $1.15 trillion", "up 30.5% at $162bn"
                prep = null;
            }
        }
        if (k < 0 || !t.get(k).isWord()) return null;
        if (prep != null && k > 0 && t.get(k).is("in") && lx.linkingVerbs.contains(t.get(k - 1).lower())) k--;   // "came in at"
        k = w.backOverAdverbs(t, k);                             // "rose even faster by 16.3%", "remained steady at"
        if (k < 0 || !t.get(k).isWord()) return null;
        Tok v = t.get(k);
        String vl = v.lower();
        boolean modal = k > 0 && w.modals.contains(t.get(k - 1).lower()) && !lx.functionWords.contains(vl);
        boolean verb = lx.linkingVerbs.contains(vl) || modal
                // "the jobless rate stayed at 5.4%", "shares closed at 616"
                || prep != null && w.levelVerbs.contains(vl)
                // "Maximum sustained winds were recorded at 50 mph", "the damage was put at $2 billion"
                || prep != null && prep.equals("at") && k > 0 && w.copulas.contains(t.get(k - 1).lower()) && !v.capitalized()
                    && (vl.endsWith("ed") || lx.irregularPast.contains(vl))
                || v.capitalized() && lx.eventVerb(vl) != null && !lx.functionWords.contains(vl)
                || prep == null && !lx.functionWords.contains(vl) && !v.capitalized() && (vl.endsWith("s") || vl.endsWith("ed"));
        if (!verb && "at".equals(prep)) {
            String estimated = estimatedAt(t, k);
            if (estimated != null) return estimated;
        }
        if (!verb) return prep == null ? null : objectOfPrep(t, k, prep);
        int x = k - 1;
        while (x >= 0 && t.get(x).isWord() && (w.modals.contains(t.get(x).lower()) || w.copulas.contains(t.get(x).lower())
                || t.get(x).lower().endsWith("ly") && !t.get(x).capitalized())) x--;
        x = w.backOverAdverbs(t, x);                             // "The deficit for goods alone was"
        // "The deficit with China, up 30.5%": the noun phrase a change after a comma is said of
        if (x > 0 && t.get(x).is(",") && (v.is("up") || v.is("down"))) x--;
        if (x > 1 && t.get(x).is(")")) {                         // "the case fatality rate (CFR) stood at"
            int y = x - 1;
            while (y > 0 && !t.get(y).is("(") && x - y < 6) y--;
            if (t.get(y).is("(")) x = y - 1;
        }
        if (x < 0) return null;
        if ((t.get(x).is("which") || t.get(x).is("that") || t.get(x).is("who")) && x > 1 && t.get(x - 1).is(",")) x -= 2;
        if (gluedToNumber(t, x)) return null;                   // "$55.5bn, up 9%": the figure before, no subject
        if (!t.get(x).isWord() || lx.functionWords.contains(t.get(x).lower()) || lx.reportingVerbs.contains(t.get(x).lower())) return null;
        int a = nouns.backOver(t, x);
        return a > x ? null : span(t, a, x + 1);
    }

    /**
     * "an output quota of 210,000 bpd", "annual production capacity of 250,000": the noun at x before
     * the "of" of a figure, with the lower-case nouns and adjectives before it (up to three words; not
     * a participle: "estimated losses of" -> "losses").
     */
    private String nounBeforeOf(List<Tok> t, int x) {
        int a = x;
        while (a > 0 && x - a < 2) {
            Tok y = t.get(a - 1);
            if (!y.isWord() || y.text().length() < 2 || y.capitalized() || !w.nounish(y) || w.isVerbish(y) || w.determiners.contains(y.lower())
                    || lx.functionWords.contains(y.lower()) || lx.timeUnits.contains(y.lower())) break;
            a--;
        }
        return span(t, a, x + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A change said of the figure before it after a comma ("the deficit widened to $55.5bn, up 9% from
     * September", "£24.8bn (€35bn), down 2%").
     */
    boolean changeOfFigureBefore(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        if (k < 2 || !(t.get(k).is("up") || t.get(k).is("down")) || !t.get(k - 1).is(",")) return false;
        int x = k - 2;
        if (t.get(x).is(")")) {                                  // "$55.5bn (£29bn), up 9%"
            while (x > 0 && !t.get(x).is("(") && k - x < 8) x--;
            x--;
        }
        return x >= 0 && (t.get(x).isNum() || gluedToNumber(t, x) || t.get(x).is("%"));
    }

    /** The token at x is a suffix glued to a number ("bn" of "$55.5bn", "m"). */
    private static boolean gluedToNumber(List<Tok> t, int x) {
        return x > 0 && t.get(x - 1).isNum() && t.get(x - 1).end() == t.get(x).start();
    }

    /** "put the amount of aid needed at": the noun phrase between an estimating verb and "at" (ending at k), or null. */
    private String estimatedAt(List<Tok> t, int k) {
        for (int x = k - 1; x >= 0 && x >= k - 8; x--) {
            Tok y = t.get(x);
            if (!y.isWord() || y.is("at")) return null;
            if (!w.estimateVerbs.contains(y.lower())) continue;
            int a = x + 1;
            while (a < k && w.determiners.contains(t.get(a).lower())) a++;
            return a <= k && w.nounish(t.get(a)) ? span(t, a, k + 1) : null;
        }
        return null;
    }

    /** The verb of change before a share that ends at k ("rose 12.3%", "grew by more than 3 pct"), or -1. */
    private int changeVerbBeforeShare(List<Tok> t, int k) {
        boolean share = false;
        int x = k;
        for (; x >= 0 && x > k - 7; x--) {
            Tok y = t.get(x);
            String l = y.lower();
            if (y.is("%") || l.equals("pct") || l.equals("percent") || l.equals("cent")) share = true;
            else if (!(y.isNum() || l.equals("per") || l.equals("by") || l.equals(".") || lx.hedgesBefore.containsKey(l)
                    || l.equals("than") || l.equals("more") || l.equals("less"))) break;
        }
        x = w.backOverAdverbs(t, x);                             // "rose even faster by 16.3% to"
        return share && x >= 0 && t.get(x).isWord() && lx.changeVerbs.contains(t.get(x).lower()) ? x : -1;
    }

    /** The noun at k before "at"/"to" and the figure ("holds rates at 5.25%", "raise the retirement age to 64"), or null. */
    private String objectOfPrep(List<Tok> t, int k, String prep) {
        if (!w.nounish(t.get(k))) return null;
        int a = nouns.backOver(t, k);
        // "bottomed out in April during the initial onset of the pandemic at 17,106": the noun before
        // "at" is a preposition's object; what is measured is the subject of the sentence
        int pa = a - 1;
        while (pa >= 0 && (t.get(pa).isWord() && (w.determiners.contains(t.get(pa).lower()) || t.get(pa).capitalized())
                || t.get(pa).isNum() || t.get(pa).is("-"))) pa--;   // "of the COVID-19 pandemic"
        if (prep.equals("at") && pa >= 0 && t.get(pa).isWord() && (lx.functionWords.contains(t.get(pa).lower()) || t.get(pa).is("of"))
                && !w.determiners.contains(t.get(pa).lower())) return sentenceSubject(t, pa);
        if (prep.equals("to")) {
            boolean change = false;
            for (int x = Math.max(0, a - 3); x < a; x++) change |= lx.changeVerbs.contains(t.get(x).lower());
            if (!change) return null;
        }
        return span(t, a, k + 1);
    }

    /** The noun phrase that opens the sentence before its verb ("Border encounters bottomed out ..."), or null. */
    private String sentenceSubject(List<Tok> t, int limit) {
        int a = 0;
        while (a < limit && t.get(a).isWord() && w.determiners.contains(t.get(a).lower())) a++;
        int x = a;
        while (x < limit && x < a + 4 && t.get(x).isWord() && w.nounish(t.get(x)) && !w.isVerbish(t.get(x))
                && !lx.linkingVerbs.contains(t.get(x).lower()) && !lx.hedgesBefore.containsKey(t.get(x).lower())
                && !lx.timeUnits.contains(t.get(x).lower()) && !lx.months.containsKey(t.get(x).lower())) x++;
        if (x == a || x >= limit) return null;
        Tok v = t.get(x);
        boolean verbNext = v.isWord() && (w.isVerbish(v) || lx.linkingVerbs.contains(v.lower()) || lx.hedgesBefore.containsKey(v.lower())
                || w.auxBeforeVerb.contains(v.lower()));
        return verbNext ? span(t, a, x) : null;
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
}
