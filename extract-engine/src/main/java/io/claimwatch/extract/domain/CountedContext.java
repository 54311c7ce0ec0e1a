package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.clauseStart;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.ArrayList;
import java.util.List;

/**
 * The counted-phrase rules for a figure that says little itself: a bare figure after another
 * ("400,000 had taken to the streets", "four in Sinaloa", "more than the OBR had forecast"), a bare
 * figure with a fronted noun, a state or a participle ("Of the deaths, 17,388 were reported", "1.5
 * million without power", "360 killed"), and a noun whose predicate is read from around it
 * ("including six civilians", "across five provinces", "supported by 38 helicopters").
 */
final class CountedContext {

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;
    /** "condition": the state of the wounded after "in (a) ADJ" ("two in critical condition"). */
    private final java.util.Set<String> conditionNouns = java.util.Set.copyOf(Lexicon.lines("counted-condition-nouns.txt"));
    /** "states", "countries": places a count of can hold what stands before "in" ("restaurants in 32 states"). */
    private final java.util.Set<String> spreadPlaces = java.util.Set.copyOf(Lexicon.lines("counted-spread-places.txt"));

    CountedContext(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
    }

    private static CountedPhrase.Result result(String text, int end, String noun, CountedRule rule) {
        return new CountedPhrase.Result(text, end, noun, rule.id);
    }

    /**
     * "£120.7bn ..., £6.6bn more than the OBR had forecast" -> "Government borrowing above forecast": a
     * difference from a forecast or an earlier level counts what the figure before it counts.
     */
    CountedPhrase.Result comparative(List<Tok> t, Mention m, int j, CountedPhrase.Prev prev) {
        if (prev == null || !prev.unit().equals(m.unit) || prev.counted().isEmpty()) return null;
        if (j + 1 >= t.size() || !w.comparatives.contains(t.get(j).lower()) || !t.get(j + 1).is("than")) return null;
        String dir = t.get(j).is("more") || t.get(j).is("higher") || t.get(j).is("above") ? "above" : "below";
        int x = j + 2, last = -1;
        while (x < t.size() && x < j + 14 && t.get(x).isWord()) {
            last = x;
            x++;
        }
        String what = null;
        if (last > j + 2 && w.auxBeforeVerb.contains(t.get(last - 1).lower())) what = t.get(last).lower();   // "had forecast"
        else if (last >= j + 2) {
            int a = j + 2;
            while (a <= last && w.determiners.contains(t.get(a).lower())) a++;
            if (a <= last) what = span(t, a, Math.min(last + 1, a + 3));
        }
        if (what == null) return null;
        return result(prev.counted() + " " + dir + " " + what, t.get(Math.max(last, j + 1)).end(), null, CountedRule.COMPARATIVE);
    }

    /**
     * A bare figure as the subject of a verb, counting the noun of the figure before it: "police counted
     * 80,000 protesters, while the union said 400,000 had taken to the streets" -> "protesters taken to
     * the streets", "79 of the 230 seats, short of the 116 needed for a majority" -> "seats needed for a
     * majority". With no noun, the participle alone ("920 were still being housed"); a reporting verb
     * counts only when asked for ("Of the 40 economists polled, 25 said").
     */
    CountedPhrase.Result elliptical(List<Tok> t, int j, String noun, boolean reporting, CountedRule rule) {
        int k = j;
        boolean copula = false;
        while (k < t.size() && t.get(k).isWord() && (w.auxBeforeVerb.contains(t.get(k).lower()) || w.skipAfterNoun.contains(t.get(k).lower())
                || t.get(k).lower().endsWith("ly") && !t.get(k).capitalized()) && k < j + 4) {
            copula |= w.copulas.contains(t.get(k).lower());
            k++;
        }
        if (k >= t.size() || !t.get(k).isWord() || t.get(k).capitalized()) return null;
        String l = t.get(k).lower();
        // "100 people were in hospital and 103 were staying in two shelters", "a further eight are in
        // intensive care": of the noun before, the state after "be" (a place it is in, an -ing form)
        boolean stateAfterBe = copula && !noun.isEmpty() && k + 1 < t.size()
                && (w.copulaPreps.contains(l) || l.endsWith("ing") && l.length() > 5 && !lx.functionWords.contains(l)
                    && !lx.peopleVerbs.contains(l) && !w.stateAdjectives.contains(l));   // not "160 were missing"
        if (!stateAfterBe && (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) && !reporting)) return null;
        String part;
        if (stateAfterBe) part = w.copulaPreps.contains(l) ? null : l;
        else if (l.endsWith("ed") && l.length() > 4) part = l;
        else if (lx.participles.containsKey(l) && !lx.participles.get(l).equals("been")) part = lx.participles.get(l);
        else return null;
        List<String> words = new ArrayList<>();
        if (!noun.isEmpty()) words.add(noun);
        if (part != null) words.add(part);
        int end = t.get(k).end();
        int x = part == null ? k : k + 1;
        if (x + 1 < t.size() && w.complementPreps.contains(t.get(x).lower()) && t.get(x + 1).isWord()) {
            List<String> pp = new ArrayList<>();
            pp.add(t.get(x).lower());
            int y = x + 1, content = 0;
            while (y < t.size() && y < x + 8 && t.get(y).isWord()) {
                String yl = t.get(y).lower();
                boolean inner = w.determiners.contains(yl) || yl.equals("of");
                if (!inner && (lx.functionWords.contains(yl) || lx.reportingVerbs.contains(yl) || lx.months.containsKey(yl)
                        || lx.weekdays.containsKey(yl))) break;
                pp.add(t.get(y).text());
                if (!inner) {
                    content++;
                    end = t.get(y).end();
                }
                y++;
            }
            while (pp.size() > 1 && (w.determiners.contains(pp.get(pp.size() - 1).toLowerCase()) || pp.get(pp.size() - 1).equals("of"))) {
                pp.remove(pp.size() - 1);
            }
            if (content > 0) words.addAll(pp);
            else if (part == null) return null;
        } else if (part == null) {
            return null;
        }
        return result(String.join(" ", words), end, noun.isEmpty() ? null : noun, rule);
    }

    /**
     * "the remainder divided between Greece (29%) and Spain (33%)", after "38 percent arriving in Italy":
     * a share in brackets after a name is the share of the figure before it in that place.
     */
    CountedPhrase.Result bracketedShare(List<Tok> t, Mention m, int j, CountedPhrase.Prev prev) {
        int b = m.tokStart - 1;
        if (prev == null || b < 1 || !t.get(b).is("(") || j >= t.size() || !t.get(j).is(")") || !w.properName(t.get(b - 1))) return null;
        if (!prev.unit().equals(m.unit)) return null;
        int in = prev.counted().indexOf(" in ");
        if (in <= 0) return null;
        int a = b - 1;
        while (a > 0 && w.properName(t.get(a - 1)) && b - a < 4) a--;
        return result(prev.counted().substring(0, in) + " in " + span(t, a, b), t.get(j).end(), prev.noun(), CountedRule.BRACKETED_SHARE);
    }

    /** "94,986 arrivals last year, and 230,230 in 2016": the noun of the figure before, in another year. */
    CountedPhrase.Result otherYear(CountedReading r) {
        List<Tok> t = r.t;
        int j = r.j;
        if (r.bare() && r.prevNoun() && r.prev.unit().isEmpty() && j + 1 < t.size()
                && t.get(j).is("in") && t.get(j + 1).isNum() && t.get(j + 1).text().length() == 4 && clauseStart(t, r.m)) {
            return result(r.prev.noun(), r.m.end, r.prev.noun(), CountedRule.SAME_NOUN_OTHER_YEAR);
        }
        return null;
    }

    /** "nine died in Sonora, four in Sinaloa": the same count in another place. */
    CountedPhrase.Result otherPlace(CountedReading r) {
        List<Tok> t = r.t;
        int j = r.j;
        if (!r.bare() || r.prev == null || r.prev.counted().isEmpty() || j + 1 >= t.size()
                || !t.get(j).is("in") || !t.get(j + 1).capitalized() || !clauseStart(t, r.m)) return null;
        String base = r.prev.counted();
        int in = base.indexOf(" in ");
        if (in > 0) base = base.substring(0, in);
        StringBuilder sb = new StringBuilder(base).append(" in");
        int y = j + 1, e = r.m.end;
        while (y < t.size() && y < j + 4 && t.get(y).capitalized()) {
            sb.append(' ').append(t.get(y).text());
            e = t.get(y).end();
            y++;
        }
        return result(sb.toString(), e, r.prev.noun(), CountedRule.SAME_COUNT_OTHER_PLACE);
    }

    /**
     * counted.same-count-in-state: a bare figure opening its clause before "in (a) ADJ condition" (counted-condition-nouns.txt)
     * counts what the figure before counts, in that state: "Six people were hurt, one in critical condition and five in
     * stable condition" gives "people hurt in stable condition" (not the first noun's phrase as it stands).
     */
    CountedPhrase.Result otherState(CountedReading r) {
        List<Tok> t = r.t;
        int j = r.j;
        if (!r.bare() || r.prev == null || r.prev.counted().isEmpty() || !r.prev.unit().isEmpty() || j + 2 >= t.size()
                || !t.get(j).is("in") || !clauseStart(t, r.m)) return null;
        int y = j + 1;
        if (t.get(y).is("a")) y++;
        int a = y;
        // "critical", "serious but stable", "serious and critical": adjectives, one joined, up to the condition's noun
        while (y < t.size() && y < a + 4 && t.get(y).isWord() && !t.get(y).capitalized() && !conditionNouns.contains(t.get(y).lower())
                && (!w.lx.functionWords.contains(t.get(y).lower()) || y > a && (t.get(y).is("and") || t.get(y).is("but") || t.get(y).is("or")))) y++;
        if (y == a || y >= t.size() || !conditionNouns.contains(t.get(y).lower())) return null;
        String base = r.prev.counted();
        int in = base.indexOf(" in ");
        if (in > 0) base = base.substring(0, in);
        return result(base + " in " + span(t, a, y + 1).toLowerCase(java.util.Locale.ROOT), t.get(y).end(), r.prev.noun(),
                CountedRule.SAME_COUNT_IN_STATE);
    }

    /** "Of the deaths, 17,388 were reported in Kashmir": the noun fronted with "of" before the figure. */
    CountedPhrase.Result frontedPartitive(List<Tok> t, Mention m, int j, CountedRule rule) {
        int k = CountedWords.beforeHedge(t, m);
        if (k < 2 || !t.get(k).is(",")) return null;
        int of = -1;
        for (int x = k - 1; x >= Math.max(0, k - 9); x--) {
            if (!t.get(x).isWord() && !t.get(x).isNum()) return null;
            if (t.get(x).is("of")) { of = x; break; }
        }
        if (of < 0 || of + 2 > k - 1 || of > 0 && !t.get(of - 1).is(",")) return null;
        int a = of + 1;
        if (w.determiners.contains(t.get(a).lower())) a++;
        while (a < k && t.get(a).isNum()) a++;                   // "Of the 22 economists polled, 14 ..."
        if (a >= k) return null;
        String noun = span(t, a, k).toLowerCase();
        CountedPhrase.Result ell = elliptical(t, j, noun, true, rule);
        return ell != null ? ell : result(noun, m.end, noun, rule);
    }

    /** "1.5 million without power", "about 39,000 were without power": the state is what is counted. */
    CountedPhrase.Result state(CountedReading r) {
        List<Tok> t = r.t;
        int j = r.j, k = j;
        while (k < t.size() && k < j + 3 && t.get(k).isWord() && (w.auxBeforeVerb.contains(t.get(k).lower())
                || lx.linkingVerbs.contains(t.get(k).lower()) && k + 1 < t.size() && w.statePreps.contains(t.get(k + 1).lower()))) k++;
        if (k < t.size() && w.statePreps.contains(t.get(k).lower()) && !t.get(k).is("no")) {
            List<String> pp = new ArrayList<>();
            int[] p2 = {k + 1};
            int e2 = nouns.collect(t, p2, pp, r.m.end);
            if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                return result(t.get(k).lower() + " " + String.join(" ", pp), e2, null, CountedRule.STATE);
            }
        }
        return null;
    }

    /**
     * bare-progressive: "thousands are still waiting for power to be restored", "hundreds were queuing
     * outside the bank": a vague bare figure (a crowd's) before "be" and an -ing form counts the people
     * doing it, with the complement after it ("people waiting for power"). Not a state of "be" that says
     * it of people already ("missing"), nor a figure with a noun or a figure before it to take one from.
     */
    CountedPhrase.Result bareProgressive(CountedReading r) {
        List<Tok> t = r.t;
        if (!r.m.vague || r.prevNoun()) return null;
        int k = r.j;
        boolean copula = false;
        while (k < t.size() && k < r.j + 3 && t.get(k).isWord() && (w.auxBeforeVerb.contains(t.get(k).lower())
                || t.get(k).lower().endsWith("ly") || t.get(k).is("still"))) {
            copula |= w.copulas.contains(t.get(k).lower());
            k++;
        }
        if (!copula || k >= t.size() || !t.get(k).isWord() || t.get(k).capitalized()) return null;
        String l = t.get(k).lower();
        if (!l.endsWith("ing") || l.length() <= 5 || lx.functionWords.contains(l) || lx.peopleVerbs.contains(l) || w.stateAdjectives.contains(l)) return null;
        CountedPhrase.Result ell = elliptical(t, r.j, "people", false, CountedRule.BARE_PROGRESSIVE);
        if (ell != null) return ell;
        return result("people " + l, t.get(k).end(), "people", CountedRule.BARE_PROGRESSIVE);
    }

    /**
     * "India reported 360 killed and 900 injured", "where 11,000 died", "12 still missing": a bare
     * figure before a participle that counts people, with the place after it ("73 killed in Morelos").
     */
    CountedPhrase.Result peopleVerb(List<Tok> t, int j) {
        int k = j;
        while (k < t.size() && t.get(k).isWord() && w.auxBeforeVerb.contains(t.get(k).lower()) && k < j + 3) k++;
        if (k >= t.size() || !t.get(k).isWord() || !lx.peopleVerbs.contains(t.get(k).lower())) return null;
        // "360 killed" but not "5 injured workers": the participle ends the phrase
        if (k + 1 < t.size() && t.get(k + 1).isWord() && !lx.functionWords.contains(t.get(k + 1).lower())
                && !t.get(k + 1).is("and")) return null;
        List<String> words = new ArrayList<>();
        words.add("people");
        words.add(t.get(k).lower());
        int end = t.get(k).end();
        int x = k + 1;
        if (x + 1 < t.size() && t.get(x).is("in") && t.get(x + 1).capitalized() && !t.get(x + 1).text().endsWith("'s")
                && !t.get(x + 1).text().endsWith("’s") && !lx.weekdays.containsKey(t.get(x + 1).lower())
                && !lx.months.containsKey(t.get(x + 1).lower())) {
            words.add("in");
            int y = x + 1;
            while (y < t.size() && y < x + 4 && t.get(y).capitalized()) {
                words.add(t.get(y).text());
                end = t.get(y).end();
                y++;
            }
        }
        return result(String.join(" ", words), end, "people", CountedRule.PEOPLE_VERB);
    }

    /** "372 cases, the most since the CDC confirmed 667 in 2014", "damaged another 75": the object of a verb counts the noun before. */
    CountedPhrase.Result objectOfPreviousVerb(CountedReading r) {
        if (r.np() || !r.bare() || !r.prevNoun() || !r.prev.unit().isEmpty() || r.before < 0) return null;
        int b = r.before;
        if (b > 0 && r.at(b).is("another")) b--;                 // "destroyed 150 homes and damaged another 75"
        else if (b > 1 && r.at(b).is("further") && r.at(b - 1).is("a")) b -= 2;
        String verb = r.at(b).isWord() ? r.at(b).lower() : "";
        if (!w.pastVerb(r.at(b)) || lx.linkingVerbs.contains(verb) || w.notVerbs.contains(verb)) return null;
        return result(r.prev.noun() + " " + verb, r.m.end, r.prev.noun(), CountedRule.OBJECT_OF_PREVIOUS_VERB);
    }

    /**
     * counted.places-with-noun: "Bennigan's has restaurants in 32 states" -> "states with restaurants", "The gang had operatives
     * in 27 countries" -> "countries with operatives": a count of places ({@code lexicon/counted-spread-places.txt}) after
     * "in/across/throughout" ({@code counted-spread-preps.txt}) with no counted figure before it in the sentence counts the
     * places that hold the plural noun before the preposition (up to three words of its noun phrase); a figure before it is
     * {@link CountedRule#SPREAD_OVER_PLACES}'s.
     */
    CountedPhrase.Result placesWith(CountedReading r) {
        if (!r.np() || !r.m.unit.isEmpty() || r.before < 1 || !w.spreadPreps.contains(r.linkBefore) || r.prevNoun()) return null;
        String place = r.words.get(r.npStart);
        if (!spreadPlaces.contains(place.toLowerCase(java.util.Locale.ROOT))) return null;
        int x = r.before - 1;
        Tok held = r.at(x);
        String l = held.lower();
        if (!modifier(held) || !(l.endsWith("s") && !l.endsWith("ss") || w.irregularPlurals.contains(l))) return null;
        int a = x;
        while (a > 0 && x - a < 2 && modifier(r.at(a - 1))) a--;
        // what opens the noun phrase is a function word ("has restaurants", "as well as passengers", "by petrol station owners"),
        // a determiner or an owner: not a verb ("now operates in 32 states")
        Tok opener = a > 0 ? r.at(a - 1) : null;
        if (opener == null || !opener.isWord() || !lx.functionWords.contains(opener.lower()) && !w.determiners.contains(opener.lower())
                && !w.owners.contains(opener.lower())) return null;
        return result(place + " with " + span(r.t, a, x + 1), r.end, place, CountedRule.PLACES_WITH_NOUN);
    }

    /** A lower-case word of a noun phrase before its noun: no function word, verb form, adverb or time. */
    private boolean modifier(Tok tok) {
        String l = tok.lower();
        return tok.isWord() && !tok.capitalized() && !lx.functionWords.contains(l) && !w.determiners.contains(l) && !w.owners.contains(l)
                && !w.isVerbish(tok) && !l.endsWith("ly") && !lx.timeAdverbs.contains(l) && w.nounish(tok);
    }

    /**
     * A noun with no verb of its own takes its predicate from around it: a subset from the whole before
     * it ("55 Armenians may be in custody, including six civilians" -> "civilians in custody"), a count
     * of places from what is spread over them, the agent of a passive, what an "-ing" word is about.
     */
    CountedPhrase.Result predicateAround(CountedReading r) {
        if (!r.np() || r.verb != null) return null;
        CountedPhrase.Result inherited = r.prev == null ? null : inherited(r);
        if (inherited != null) return inherited;
        if (r.linkBefore.equals("by") && r.before > 0) return passiveAgent(r);
        if (r.linkBefore.endsWith("ing") && r.before > 0) return involving(r);
        return null;
    }

    private CountedPhrase.Result inherited(CountedReading r) {
        List<Tok> t = r.t;
        CountedPhrase.Prev prev = r.prev;
        if (r.linkBefore.equals("including") && prev.noun() != null && prev.counted().startsWith(prev.noun())
                && prev.counted().length() > prev.noun().length()) {
            // "10.8 million people were registered, including 1.5 million living abroad": the noun is elided
            if (r.words.get(r.npStart).toLowerCase().endsWith("ing")) {
                r.words.add(r.npStart, prev.noun());
                // and where: "including 40,000 living in camps"
                if (r.j + 1 < t.size() && w.complementPreps.contains(t.get(r.j).lower())) {
                    List<String> pp = new ArrayList<>();
                    int[] p2 = {r.j + 1};
                    int e2 = nouns.collect(t, p2, pp, r.end);
                    if (!pp.isEmpty()) {
                        r.words.add(t.get(r.j).lower());
                        r.words.addAll(pp);
                        r.end = e2;
                    }
                }
            }
            r.words.add(prev.counted().substring(prev.noun().length()).strip());
            return r.result(CountedRule.SUBSET_OF_PREVIOUS);
        }
        if (w.spreadPreps.contains(r.linkBefore) && r.m.unit.isEmpty() && r.words.size() == r.npStart + 1) {
            // "50,000 homes had been damaged across five provinces" -> "provinces with homes damaged"
            r.words.add(("with " + prev.counted()).strip());
            return r.result(CountedRule.SPREAD_OVER_PLACES);
        }
        return null;
    }

    /** "battling the flames, supported by 38 helicopters" -> "helicopters supporting firefighters". */
    private CountedPhrase.Result passiveAgent(CountedReading r) {
        Tok pv = r.at(r.before - 1);
        String pl = pv.lower();
        if (!pv.isWord() || pv.capitalized() || !pl.endsWith("ed") || pl.length() <= 4 || lx.functionWords.contains(pl)) return null;
        r.words.add(pl.substring(0, pl.length() - (pl.endsWith("ied") ? 3 : 2)) + (pl.endsWith("ied") ? "ying" : "ing"));
        if (r.prevNoun()) r.words.add(r.prev.noun());
        return r.result(CountedRule.PASSIVE_AGENT);
    }

    /** "a second exchange involving between 20 and 30 prisoners" -> "prisoners in second exchange". */
    private CountedPhrase.Result involving(CountedReading r) {
        List<Tok> t = r.t;
        int before = r.before;
        if (t.get(before).capitalized() || r.linkBefore.equals("including") || lx.eventVerb(r.linkBefore) != null
                || r.linkBefore.length() <= 5) return null;
        int a = nouns.backOver(t, before - 1);
        if (a > before - 1 || !w.nounish(t.get(before - 1))) return null;
        r.words.add("in " + span(t, Math.max(a, before - 4), before));
        return r.result(CountedRule.INVOLVED_IN);
    }
}
