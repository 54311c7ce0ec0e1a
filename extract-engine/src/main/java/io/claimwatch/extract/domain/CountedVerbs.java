package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.ArrayList;
import java.util.List;

/**
 * The verb reader of the counted phrase: the event verb after the noun ("soldiers were captured",
 * "have lost their lives", "spent the night sleeping outdoors") or the state it is in ("under
 * investigation"), and failing that the verb before the figure ("captured 909 servicemen", "the
 * capture of 102") or the verb that takes it as object, with its subject ("journeys made by Passengers").
 */
final class CountedVerbs {

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;
    private final VerbObjects objects;
    private final CountedVerbGaps gaps;
    /** "the deaths of": nouns of an event that, right before "of" and the figure, name what happened to it (counted.death-of). */
    private final ConceptLexicon eventNouns = ConceptLexicon.load("/lexicon/counted-event-nominals.txt");
    /** The events a verb happened in, shared with {@link CountedPlaces}. */
    final CountedEvents events;

    CountedVerbs(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
        this.objects = new VerbObjects(words, nouns);
        this.gaps = new CountedVerbGaps(words);
        this.events = new CountedEvents(words, nouns);
    }

    /** The verb after the noun phrase: "were captured", "have voluntarily surrendered", "lined up", "backing a cut". */
    void after(CountedReading r) {
        List<Tok> t = r.t;
        if (events.objectOfRelative(t, r.m)) return;            // "a raid that killed 14 shoppers drew": not the noun's verb
        int start = r.j;
        // relative-main-verb: "eight protesters who stormed the stage have been charged": the noun's own verb past its clause
        // (and past a clause read with its auxiliary, "sailors who were cleared to return have tested positive")
        if (r.words.size() >= 2 && r.words.subList(r.npStart, r.words.size() - 1).contains("who") && start + 1 < t.size()) start = gaps.clauseClose(t, start, start + 1, true);
        int k = gaps.overCoordinatedNoun(t, gaps.overRelative(t, overCoordinatedFigures(t, overApposition(t, start)))), skipped = 0, ppFrom = -1;
        boolean copula = false;
        if (k < t.size() && w.prepsBeforeVerb.contains(t.get(k).lower())) {
            // "31% of flights across the country had departed late"
            int y = k + 1;
            // ("people across the Lower 48 were under heat alerts": a name may end in a number)
            // (a longer place, with "of", a determiner or a number in it: "villages across half of the state had been
            // hit", "people across 400,000 households will be impacted")
            // (not past "and": "280,000 acres in eastern Oregon and another blaze has exploded")
            while (y < t.size() && y < k + 8 && (t.get(y).isWord() && !w.auxBeforeVerb.contains(t.get(y).lower())
                    && !lx.functionWords.contains(t.get(y).lower()) && !t.get(y).is("and") || y == k + 1 && w.determiners.contains(t.get(y).lower())
                    || y > k + 1 && (t.get(y).is("of") || w.determiners.contains(t.get(y).lower()) && !w.relativeOpeners.contains(t.get(y).lower()))
                    || t.get(y).isNum())) y++;
            if (y < t.size() && y > k + 1 && w.auxBeforeVerb.contains(t.get(y).lower())) {
                ppFrom = k;
                k = y;
            }
        }
        int ppTo = k;
        while ((k = gaps.overAdverbPhrase(t, k)) < t.size() && skipped < 4 && t.get(k).isWord()
                && (w.skipAfterNoun.contains(t.get(k).lower()) || t.get(k).lower().endsWith("ly")
                    // "customers remained without power": a linking verb before a state
                    || lx.linkingVerbs.contains(t.get(k).lower()) && k + 1 < t.size() && w.statePreps.contains(t.get(k + 1).lower()))) {
            copula |= w.copulas.contains(t.get(k).lower());
            k++;
            skipped++;
        }
        // "287 deaths under investigation", "1.1 million customers had no power": the state they are in
        if (k + 1 < t.size() && w.statePreps.contains(t.get(k).lower()) && (!t.get(k).is("no") || k > r.j)) {
            List<String> pp = new ArrayList<>();
            int[] p2 = {k + 1};
            int e2 = nouns.collectAfterArticle(t, p2, pp, r.end);
            if (!pp.isEmpty() && !lx.numberWords.containsKey(pp.get(0).toLowerCase())) {
                r.words.add(t.get(k).is("no") ? "with no" : t.get(k).lower());
                r.words.addAll(pp);
                r.end = e2;
                r.j = p2[0];
                k = r.j;
                copula = false;                                  // its place is not another state
            }
        }
        Tok v = (k = gaps.overBelief(t, k)) < t.size() ? t.get(k) : null;   // believed-to: "are believed to be buried"
        if (v != null && v.isWord() && !lx.functionWords.contains(v.lower()) && !v.capitalized()
                && (lx.eventVerb(v.lower()) != null || v.lower().endsWith("ed") || lx.irregularPast.contains(v.lower())
                    || copula && gaps.unchangedParticiple(v))) {
            verbAt(r, k, copula);
            if (ppFrom >= 0 && placeBetween(t, ppFrom, ppTo)) {
                // "Five of the passengers on the ferry have died": where the counted were, between the noun and its verb
                r.words.add(span(t, ppFrom, ppTo));
            }
        } else if (copula && objects.progressive(t, k) > 0 && !afterPlacePrep(r)) {
            objects.progressiveAt(r, k);                           // "homes are not receiving voting packs"
            if (ppFrom >= 0 && placeBetween(t, ppFrom, ppTo)) r.words.add(span(t, ppFrom, ppTo));
        } else if (v != null && v.isWord() && !v.capitalized() && !lx.functionWords.contains(v.lower())
                && v.lower().endsWith("ing") && v.lower().length() > 5) {
            r.participle = v.lower();                            // "members backing a cut": used when no verb before
            r.participleEnd = v.end();
        } else if (copula && v != null && v.isWord() && w.stateAdjectives.contains(v.lower()) && !wholeOfPart(r)) {
            r.verb = v.lower();                                  // "80 ships were strike-bound", "people are missing"
            r.verbRule = CountedRule.NOUN_ADJECTIVE_AFTER_BE;
            r.end = v.end();
            stateAfter(r, k);
        } else if (copula && k + 1 < t.size() && v.isWord() && !v.capitalized()
                && (v.lower().endsWith("able") || v.lower().endsWith("ible")) && v.lower().length() > 6) {
            r.verb = v.lower();                                  // "deaths were attributable to the heat"
            r.verbRule = CountedRule.NOUN_ADJECTIVE_AFTER_BE;
            r.end = v.end();
        } else if (copula && k + 1 < t.size() && w.copulaPreps.contains(v.lower())) {
            // "people were under evacuation orders", "may still be in custody"
            List<String> pp = new ArrayList<>();
            int[] p2 = {k + 1};
            int e2 = nouns.collectAfterArticle(t, p2, pp, r.end);
            if (!pp.isEmpty()) {
                r.words.add(v.lower());
                r.words.addAll(pp);
                r.end = e2;
            }
        }
    }

    /** The phrase [a, b) between a noun and its verb names a place, not a time ("in the past week", "on Monday"). */
    private boolean placeBetween(List<Tok> t, int a, int b) {
        for (int x = a + 1; x < b; x++) {
            String l = t.get(x).lower();
            if (!t.get(x).isWord() || lx.months.containsKey(l) || lx.weekdays.containsKey(l) || lx.timeUnits.contains(l)
                    || lx.timeUnits.contains(WordSplits.FINAL_S.matcher(l).replaceAll(""))) return false;
        }
        return true;
    }

    /**
     * The token after an aside between the noun and its verb ("Three people, including two children,
     * were killed", "60 people, many of them police officers, were rushed to hospital", "13 people,
     * including four women have been taken"): past its closing comma, or at the auxiliary that ends it;
     * k itself when no aside opens at k.
     */
    private int overApposition(List<Tok> t, int k) {
        if (k + 2 >= t.size() || !t.get(k).is(",")) return k;
        if (!w.appositionOpeners.contains(t.get(k + 1).lower())) {
            // "Forty-four counties, primarily in the southeastern part of the state, were under": an aside
            // closed by a comma right before an auxiliary
            for (int y = k + 2; y + 1 < t.size() && y < k + 12; y++) {
                Tok x = t.get(y);
                if (x.is(",")) return t.get(y + 1).isWord() && w.auxBeforeVerb.contains(t.get(y + 1).lower()) ? y + 1 : k;
                if (!x.isWord() && !x.isNum() && !x.is("-")) return k;
            }
            return k;
        }
        for (int y = k + 2; y < t.size() && y < k + 14; y++) {
            Tok x = t.get(y);
            if (x.is(",")) return y + 1;
            if (!x.isWord() && !x.isNum() && !x.is("-") && !x.is("'s") && !x.is("’s")) return k;
            if (y > k + 3 && w.auxBeforeVerb.contains(x.lower())) return y;
        }
        return k;
    }

    /** The figure comes after a preposition of place ("owners in four states are causing"): not the clause's subject. */
    private boolean afterPlacePrep(CountedReading r) {
        int b = CountedWords.tokenBefore(r.t, r.m);
        return b >= 0 && r.t.get(b).isWord() && w.placePreps.contains(r.t.get(b).lower());
    }

    /**
     * The token after other figures with their nouns coordinated with this one, that share its verb
     * ("a dozen helicopters and more than 100 firefighters were battling the fire"): the auxiliary or verb
     * after them; k itself when no such list opens at k.
     */
    private int overCoordinatedFigures(List<Tok> t, int k) {
        if (k + 2 >= t.size() || !(t.get(k).is("and") || t.get(k).is(","))) return k;
        boolean figure = false;
        for (int y = k + 1; y < t.size() && y < k + 12; y++) {
            Tok x = t.get(y);
            if (x.isNum() || x.isWord() && lx.numberWords.containsKey(x.lower())) {
                figure = true;
                continue;
            }
            if (x.is(",") || x.is("and")) continue;
            if (!x.isWord()) return k;
            String l = x.lower();
            if (w.relativeOpeners.contains(l)) return k;        // "carrying 543 people and that 345 had been rescued"
            // (not a participle before its noun: "and a half million stranded customers")
            boolean participle = w.pastVerb(x) && (y + 1 >= t.size() || !t.get(y + 1).isWord() || t.get(y + 1).is("and")
                    || t.get(y + 1).is("or") || lx.functionWords.contains(t.get(y + 1).lower()));
            if (w.auxBeforeVerb.contains(l) || participle) return figure && !t.get(y - 1).is(",") ? y : k;
            if (w.isVerbish(x) || lx.reportingVerbs.contains(l)) return k;
        }
        return k;
    }

    /** The event verb at k after the noun, with its particle, its object that is theirs, or the participle after a verb of spending time. */
    private void verbAt(CountedReading r, int k, boolean passive) {
        List<Tok> t = r.t;
        r.verb = t.get(k).lower();
        r.verbRule = CountedRule.NOUN_VERB_AFTER;
        r.end = t.get(k).end();
        int raised = raisedParticiple(t, k);
        if (raised > k) {
            // "25,000 people are estimated to have been killed": killed, not estimated
            r.verb = t.get(raised).lower();
            r.end = t.get(raised).end();
            return;
        }
        if (k + 1 < t.size() && w.particles.contains(t.get(k + 1).lower())) {
            r.verb += " " + t.get(k + 1).lower();
            r.end = t.get(k + 1).end();
        } else if (k + 2 < t.size() && w.owners.contains(t.get(k + 1).lower()) && t.get(k + 2).isWord()
                && !t.get(k + 2).capitalized() && w.nounish(t.get(k + 2)) && !w.isVerbish(t.get(k + 2))) {
            // "972 people have lost their lives", "fled their homes": the object that is theirs
            // (with the noun it modifies: "returned their ballot papers")
            int o = k + 3 < t.size() && t.get(k + 3).isWord() && !t.get(k + 3).capitalized() && w.nounish(t.get(k + 3))
                    && !w.isVerbish(t.get(k + 3)) && !t.get(k + 3).lower().endsWith("ly") && !lx.timeAdverbs.contains(t.get(k + 3).lower())
                    && !lx.timeUnits.contains(t.get(k + 3).lower()) && !w.particles.contains(t.get(k + 3).lower()) ? k + 3 : k + 2;
            r.verb += " " + span(t, k + 1, o + 1).toLowerCase(java.util.Locale.ROOT);
            r.end = t.get(o).end();
        } else if (w.spanVerbs.contains(r.verb)) {
            spentDoing(r, k);
        } else {
            stateAfter(r, k);                                    // "were confirmed dead", "were left homeless"
            if (!passive && r.end == t.get(k).end()) objects.objectAfter(r, k);   // "suffered stab wounds"
            else if (passive && r.end == t.get(k).end()) gaps.mannerAfter(r, k);   // "were cast fraudulently"
        }
    }

    /**
     * The participle or state after a raising verb at k and "to (have) be(en)" ("estimated to have been
     * killed", "need to be reset", "feared to be dead"), or k itself when there is none.
     */
    private int raisedParticiple(List<Tok> t, int k) {
        if (!w.raisingVerbs.contains(t.get(k).lower()) || k + 3 >= t.size() || !t.get(k + 1).is("to")) return k;
        int x = k + 2;
        if (t.get(x).is("have")) x++;
        if (x >= t.size() || !(t.get(x).is("be") || t.get(x).is("been"))) return k;
        x++;
        return x < t.size() && (w.pastVerb(t.get(x)) || t.get(x).isWord() && w.stateAdjectives.contains(t.get(x).lower())) ? x : k;
    }

    /** "32 of the 543 passengers were confirmed dead": the figure is the whole, whose state is its part's. */
    private static boolean wholeOfPart(CountedReading r) {
        int k = beforeHedge(r.t, r.m);
        return k >= 2 && r.t.get(k).is("the") && r.t.get(k - 1).is("of") && r.t.get(k - 2).isNum();
    }

    /** The state adjective right after the verb at k ("confirmed dead", "unaccounted for"), added to the verb. */
    private void stateAfter(CountedReading r, int k) {
        List<Tok> t = r.t;
        if (k + 1 < t.size() && t.get(k + 1).isWord() && w.stateAdjectives.contains(t.get(k + 1).lower()) && !r.verb.endsWith(t.get(k + 1).lower())
                && !wholeOfPart(r)) {
            r.verb += " " + t.get(k + 1).lower();
            r.end = t.get(k + 1).end();
        }
    }

    /** "people have spent the past five nights sleeping outdoors": the participle after a verb of spending time is the predicate. */
    private void spentDoing(CountedReading r, int k) {
        List<Tok> t = r.t;
        for (int x = k + 1; x < t.size() && x <= k + 6 && t.get(x).isWord(); x++) {
            String xl = t.get(x).lower();
            if (lx.functionWords.contains(xl) && !w.determiners.contains(xl)) break;   // "the night at the border crossing"
            if (xl.endsWith("ing") && xl.length() > 5 && !t.get(x).capitalized()
                    && !w.determiners.contains(t.get(x - 1).lower())) {   // not "the evening"
                r.verb += " " + xl;
                r.end = t.get(x).end();
                if (x + 1 < t.size() && t.get(x + 1).isWord() && !lx.functionWords.contains(t.get(x + 1).lower())) {
                    r.verb += " " + t.get(x + 1).lower();
                    r.end = t.get(x + 1).end();
                }
                return;
            }
        }
        // "passengers spent the night in the terminal"
        for (int x = k + 1; x < t.size() && x <= k + 7 && t.get(x).isWord(); x++) {
            String xl = t.get(x).lower();
            if (lx.reportingVerbs.contains(xl) || lx.functionWords.contains(xl) && !w.determiners.contains(xl)
                    && !w.complementPreps.contains(xl)) break;
            if (w.determiners.contains(xl)) continue;
            r.verb += " " + xl;
            r.end = t.get(x).end();
        }
    }

    /**
     * Failing a verb after the noun: the verb before the figure ("captured 909 ..."), the verb that
     * takes it as object with its subject ("Passengers made around 4.2 million journeys" -> "journeys
     * made by Passengers"), or the -ing form after the noun.
     */
    void before(CountedReading r) {
        List<Tok> t = r.t;
        if (r.verb == null) {
            r.verbTok = verbBefore(t, r.m);
            String nominal = r.verbTok < 0 ? null : eventNouns.first(List.of(t.get(r.verbTok).lower()));
            r.verb = r.verbTok < 0 ? null : nominal != null ? nominal
                    : lx.eventVerb(t.get(r.verbTok).lower()) != null ? lx.eventVerb(t.get(r.verbTok).lower()) : t.get(r.verbTok).lower();
            if (r.verb != null) r.verbRule = nominal != null && r.np() ? CountedRule.DEATH_OF : r.np() ? CountedRule.NOUN_VERB_BEFORE : CountedRule.VERB_BEFORE;
        }
        int before = r.before;
        if (r.verb == null && r.np() && before >= 0) {
            // ("voters will elect a total of 500 members": the verb is before "a total of")
            if (before >= 2 && t.get(before).is("of") && t.get(before - 1).is("total")) before -= t.get(before - 2).is("a") ? 3 : 2;
            // a phrasal verb: "plans to lay off 740 workers" -> "workers laid off": the verb before a particle
            int verb = before >= 1 && w.particles.contains(t.get(before).lower()) && t.get(before).isWord() ? before - 1 : before;
            String part = before >= 0 ? verb < before ? phrasal(t, verb) : objectVerb(t, before) : null;
            if (part != null) {
                r.verb = part + (verb < before ? " " + t.get(before).lower() : "") + madeBy(t, verb);
                r.verbRule = CountedRule.NOUN_OBJECT_OF_VERB;
            }
        }
        if (r.verb == null && r.participle != null) {
            r.verb = r.participle;
            r.verbRule = CountedRule.NOUN_PARTICIPLE_AFTER;
            r.end = r.participleEnd;
        }
    }

    /** " by Passengers": the subject of the verb at k, or "". */
    private String madeBy(List<Tok> t, int k) {
        int sj = k - 1;
        while (sj >= 0 && t.get(sj).isWord() && !t.get(sj).capitalized() && (t.get(sj).lower().endsWith("ly")
                || w.modals.contains(t.get(sj).lower()) || w.auxBeforeVerb.contains(t.get(sj).lower()))) sj--;
        if (sj >= 0 && t.get(sj).isWord() && w.nounish(t.get(sj)) && !w.notVerbs.contains(t.get(sj).lower())) {
            int a = Math.max(nouns.backOver(t, sj), sj - 2);
            if (a <= sj) return " by " + span(t, a, sj + 1);
        }
        return "";
    }

    /**
     * The participle of the verb at k that takes the figure as its object ("made 4.2 million journeys",
     * "decide four more seats"), or null where the word is not plausibly a verb (a function word, a
     * designator, a noun after a determiner: "cost the industry £25 million").
     */
    String objectVerb(List<Tok> t, int k) {
        Tok v = t.get(k);
        if (!v.isWord() || v.capitalized() || v.text().indexOf('\'') >= 0) return null;
        String l = v.lower();
        if (l.length() < 3 || lx.functionWords.contains(l) || lx.designators.contains(l) || lx.timeUnits.contains(l)
                || lx.months.containsKey(l) || lx.reportingVerbs.contains(l) || w.notVerbs.contains(l)
                || lx.linkingVerbs.contains(l) || w.notObjectVerbs.contains(l) || l.endsWith("ing")) return null;
        if (k > 0 && (w.determiners.contains(t.get(k - 1).lower()) || t.get(k - 1).text().endsWith("'s")
                || t.get(k - 1).text().equals("'s"))) return null;
        // "piled coal and debris nearly 5 feet high": no English verb ends in -is or -us (debris, crisis, census, virus)
        if (l.endsWith("is") || l.endsWith("us")) return null;
        return w.participle(l);
    }

    /** The participle of the verb at k before a particle ("lay off" -> "laid", "laying off" -> "laid"), or null. */
    private String phrasal(List<Tok> t, int k) {
        Tok v = t.get(k);
        if (!v.isWord() || v.capitalized() || lx.functionWords.contains(v.lower()) || lx.linkingVerbs.contains(v.lower())) return null;
        String l = v.lower();
        if (!l.endsWith("ing") || l.length() < 6) return objectVerb(t, k);
        String stem = l.substring(0, l.length() - 3);
        if (lx.participles.containsKey(stem)) return lx.participles.get(stem);
        if (lx.participles.containsKey(stem + "e")) return lx.participles.get(stem + "e");
        return w.participle(stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2) ? stem.substring(0, stem.length() - 1) : stem);
    }

    /** "captured 909 ...", "the capture of 102 ...", "claim to control 1,150 ...": the verb's token, or -1. */
    private int verbBefore(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        int looked = 0;
        while (k >= 0 && looked < 3) {
            Tok tok = t.get(k);
            if (!tok.isWord()) return -1;
            String l = tok.lower();
            if (w.skipBeforeFigure.contains(l)) { k--; continue; }
            if ((l.equals("and") || l.equals("or")) && looked == 0) {
                // "damaged six mobile homes and two houses": the verb of the figure coordinated before
                int x = k - 1;
                while (x >= 0 && k - x < 6 && t.get(x).isWord() && !lx.functionWords.contains(t.get(x).lower()) && !w.isVerbish(t.get(x))
                        && !lx.numberWords.containsKey(t.get(x).lower())) x--;
                if (x >= 1 && x < k - 1 && (t.get(x).isNum() || t.get(x).isWord() && lx.numberWords.containsKey(t.get(x).lower()))) {
                    k = x - 1;
                    looked++;
                    continue;
                }
                return -1;
            }
            if (l.equals("and") || l.equals("or") || l.equals("but")) return -1;
            if (lx.functionWords.contains(l)) return -1;
            if (lx.linkingVerbs.contains(l) && lx.eventVerb(l) == null) return -1;   // "fire grows to 350,000"
            // counted.death-of: "the deaths of around 50 people" names the event as "killed" (counted-event-nominals.txt)
            if (k + 1 < t.size() && t.get(k + 1).is("of") && eventNouns.first(List.of(l)) != null) return k;
            // "the capture of 102" names the event; "the sentences of 153 others", "losses of $165,419" do not
            if (l.endsWith("s") && k + 1 < t.size() && t.get(k + 1).is("of")) return -1;
            if (lx.eventVerb(l) != null || l.endsWith("ed") && !tok.capitalized() && l.length() > 4 && !w.notVerbs.contains(l)) return k;
            looked++;
            k--;
        }
        return -1;
    }
}
