package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a figure counts: the noun phrase after the number (with its adjectives, "of" complements and
 * one "and"), its unit words ("square kilometers of territory"), and the event verb nearby, after
 * ("soldiers were captured") or before ("captured 909 servicemen", "the capture of 102 soldiers").
 * Without a noun phrase it falls back on a measure noun of the sentence ("the number of X ... could
 * be in the hundreds" -> X, "the death toll rose to 45" -> "death toll").
 */
public final class CountedPhrase {

    /**
     * The phrase, the end offset of what it covers after the number (for quotes), its noun phrase (or
     * null) and the id of the {@link CountedRule} that chose it ("noun-verb-after").
     */
    public record Result(String text, int end, String noun, String rule) { }

    /** The figure before this one in the sentence: its counted phrase, its noun phrase (or null) and unit. */
    public record Prev(String counted, String noun, String unit) { }

    private final CountedWords w;
    private final NounPhrases nouns;
    private final CountedVerbs verbs;
    private final CountedMeasures measures;
    private final CountedSubjects subjects;
    private final CountedContext context;
    private final CountedPlaces places;
    private final CountedSupply supply;
    private final EconomicFigures economic;
    private final CountedShareMeasures shares;
    private final CountedShareNames shareNames;
    private final CountedHolders holders;
    private final CountedVoteShares votes;
    private final CountedChanges changes;
    private final CountedObjectChanges objectChanges;
    private final CountedPerShare perShare;
    private final CountedSharePrice sharePrice;
    private final CountedPay pay;
    private final CountedStatLines statLines;
    private final CountedDimensions dimensions;
    private final CountedRates rates = new CountedRates();
    private final CountedCapacity capacity;
    private final CountedSumsPerUnit perUnit;

    public CountedPhrase(Lexicon lx) {
        this.w = new CountedWords(lx);
        this.nouns = new NounPhrases(w);
        this.verbs = new CountedVerbs(w, nouns);
        this.measures = new CountedMeasures(w, nouns);
        this.subjects = new CountedSubjects(w, nouns);
        this.context = new CountedContext(w, nouns);
        this.places = new CountedPlaces(w, verbs.events);
        this.supply = new CountedSupply(w, nouns);
        this.economic = new EconomicFigures(w);
        this.shares = new CountedShareMeasures(w);
        this.shareNames = new CountedShareNames(w);
        this.holders = new CountedHolders(w);
        this.votes = new CountedVoteShares(w);
        this.changes = new CountedChanges(w);
        this.objectChanges = new CountedObjectChanges(w, nouns);
        this.perShare = new CountedPerShare(w);
        this.sharePrice = new CountedSharePrice(w);
        this.pay = new CountedPay(w, nouns);
        this.statLines = new CountedStatLines(w);
        this.dimensions = new CountedDimensions(w, nouns);
        this.perUnit = new CountedSumsPerUnit(w);
        this.capacity = new CountedCapacity(w);
    }

    public Result of(String text, List<Tok> t, Mention m) { return of(text, t, m, null); }

    /**
     * As {@link #of(String, List, Mention)}, reading the figure before it in the sentence (or null) for
     * ellipses. The rules are tried in the order of {@link CountedRule}: the first that reads the
     * figure gives the phrase; the noun-phrase rules build it from the noun, its verb, where, of whom
     * and how often; a share they leave without one is read from the measure before it ({@link CountedShareMeasures}).
     */
    public Result of(String text, List<Tok> t, Mention m, Prev prev) { return of(text, t, m, prev, null); }

    /** As {@link #of(String, List, Mention, Prev)}, with the company whose shares the sentence before's last figure counted ("" no name), for "it"/"they" ({@link CountedSharePrice}). */
    public Result of(String text, List<Tok> t, Mention m, Prev prev, String sharesBefore) {
        CountedSharePrice.Shares named = new CountedSharePrice.Shares(prev == null ? null : CountedShareMovers.shareOwner(prev.counted()), sharesBefore);
        return capacity.read(t, m, rates.read(t, m, dimensions.read(text, t, m, sharePrice.read(t, m, named, pay.read(t, m, prev, perShare.read(t, m, objectChanges.read(t, m, changes.read(text, t, m, prev, shares.read(text, t, m, economic.purposes.read(t, m, economic.read(text, t, m, prev, votes.read(t, m, shareNames.unitNamed(shareNames.part(text, t, m, supply.idiomsNamed(read(text, t, m, prev))), m)))))))))))));
    }

    /**
     * The phrase as the claim gives it, once keyed: a sum written with a symbol names its currency in
     * brackets, as any measure's unit ("damage (US dollars)" for "$2 billion of damage"); a phrase that
     * names no noun of its own ("paid", "now", and the currency the keys put for it) is left as it is.
     */
    String currencyNamed(String phrase, Mention m) {
        String name = w.currencyName(m);
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || phrase.isEmpty() || lower.contains(name.toLowerCase(Locale.ROOT))
                || w.lx.measureNouns.contains(lower) || w.namesNoNoun(phrase)) return phrase;
        return phrase + " (" + name + ")";
    }

    /** The phrase as the claim gives it, a sum's "per" noun after it named ({@link CountedSumsPerUnit}): "fares per passenger (euros)". */
    String perUnitNamed(String phrase, List<Tok> t, Mention m) {
        return perUnit.named(phrase, t, m);
    }

    /** The phrase the rules below give, read over by the player of a game's statistics ({@link CountedStatLines}). */
    private Result read(String text, List<Tok> t, Mention m, Prev prev) {
        return statLines.read(t, m, phrase(text, t, m, prev));
    }

    private Result phrase(String text, List<Tok> t, Mention m, Prev prev) {
        int j = CountedWords.afterFigure(t, m);
        j = w.overDayModifier(t, subjects.levelNamedAfter(t, m, CountedWords.overBracketedWord(t, CountedWords.intoQuotedNoun(t, j))));
        Result scale = measures.onScale(t, m, j);
        if (scale != null) return scale;
        Result named = measures.onNamedScale(t, m, j);
        if (named != null) return named;
        Result population = measures.population(t, m, j);
        if (population != null) return population;
        CountedReading r = new CountedReading(text, t, m, prev, j);
        Result front = partitive(r);
        if (front != null) return front;
        r.npStart = r.words.size();
        Result bare = bareFigure(r);
        if (bare != null) return bare;
        nouns.read(r);
        unitNoun(r);
        Result supplied = r.np() ? supply.supplied(r) : null;
        if (supplied == null && r.np()) supplied = supply.leftInState(r);
        if (supplied != null) return supplied;
        r.before = CountedWords.tokenBefore(t, m);
        r.linkBefore = r.before >= 0 && t.get(r.before).isWord() ? t.get(r.before).lower() : "";
        Result object = context.objectOfPreviousVerb(r);
        if (object == null) object = context.placesWith(r);      // counted.places-with-noun: "restaurants in 32 states"
        if (object != null) return object;
        if (r.unitPhrase && !r.np() && !r.words.isEmpty() && r.words.get(r.words.size() - 1).equals("of")) r.words.remove(r.words.size() - 1);
        if (r.np() || measureAlone(r)) verbs.after(r);
        Result around = context.predicateAround(r);
        if (around != null) return around;
        verbs.before(r);
        String holder = r.np() && (r.verbRule == null || r.verbRule == CountedRule.NOUN_VERB_BEFORE || r.verbRule == CountedRule.NOUN_OBJECT_OF_VERB)
                ? holders.holder(t, CountedWords.beforeHedge(t, m), r.j) : null;
        if (holder != null) {
            r.verb = holder;
            r.verbRule = CountedRule.HOLDER_OF;
        }
        CountedRule rule = head(r);
        if (r.verb != null) r.words.add(r.verb);
        rule = places.add(r, rule);
        if (text.substring(m.start, m.end).contains("-for-")) r.words.add("exchanged by each side");   // "1,000-for-1,000 swap": per side
        return r.result(rule);
    }

    /**
     * Steps over a partitive between the figure and its noun ("14 of the airport's 52 gates", "63 of its
     * troops", "79 of the 230 seats", "$5 million in aid", "dozens of"); returns the phrase of a fronted
     * partitive taken up by "of them".
     */
    private Result partitive(CountedReading r) {
        List<Tok> t = r.t;
        Mention m = r.m;
        int j = r.j;
        int poss = CountedPlaces.possessiveOf(t, j);
        if (poss > 0) {
            r.j = poss;                                          // "14 of the airport's 52 gates"
        } else if ((r.unitPhrase || m.unit.equals("%")) && j + 1 < t.size() && t.get(j).is("of") && t.get(j + 1).is("them")) {
            // "Of the deaths reported this year, 72% of them have happened outdoors"
            Result front = context.frontedPartitive(t, m, j + 2, CountedRule.FRONTED_PARTITIVE_OF_THEM);
            if (front != null) {
                return new Result((r.unitPhrase ? m.unitWords + " of " : "") + front.text(), front.end(), front.noun(), front.rule());
            }
            return partitiveOf(r);
        } else {
            return partitiveOf(r);
        }
        return null;
    }

    private Result partitiveOf(CountedReading r) {
        List<Tok> t = r.t;
        Mention m = r.m;
        int j = measures.overConversion(t, m, measures.overSumConversion(t, m, r.j));
        if (j != r.j) r.j = j;
        // digits-of-the: "About 100 of the suspected heat deaths", as "dozens of" and "two of": the noun
        // phrase after "of the" is what the figure counts (not "of the 230 seats": below); a bare noun
        // ("18 of the planes") takes up a set named before, whose words it does not give
        boolean digitsOfThe = j + 3 < t.size() && m.unit.isEmpty() && t.get(j).is("of") && t.get(j + 1).is("the") && t.get(j + 2).isWord()
                && !t.get(j + 2).capitalized() && t.get(j + 3).isWord() && !w.lx.functionWords.contains(t.get(j + 3).lower())
                && !w.isVerbish(t.get(j + 3)) && !w.lx.functionWords.contains(t.get(j + 2).lower());
        if (j < t.size() && t.get(j).is("of") && (m.vague || r.unitPhrase || m.words || m.unit.equals("%") || digitsOfThe)
                && !(j + 2 < t.size() && t.get(j + 1).is("the") && t.get(j + 2).isNum())) {
            if (r.unitPhrase) r.words.add("of");
            j++;
            // "two of her cousins", "30% of those jobs": past the determiner to the noun
            if (j + 1 < t.size() && w.determiners.contains(t.get(j).lower()) && t.get(j + 1).isWord()) j++;
        } else if (j + 1 < t.size() && t.get(j).is("of") && (t.get(j + 1).is("them") || t.get(j + 1).is("those"))) {
            j += 2;                                              // "100,000 of them children"
        } else if (j + 2 < t.size() && t.get(j).is("of") && w.owners.contains(t.get(j + 1).lower()) && t.get(j + 2).isWord()) {
            j += 2;                                              // "63 of its troops"
        } else if (j + 2 < t.size() && t.get(j).is("of") && t.get(j + 1).isNum() && m.unit.isEmpty() && t.get(j + 2).isWord()) {
            j += 2;                                              // "44 of 55 counties"
        } else if (j + 2 < t.size() && t.get(j).is("of") && t.get(j + 1).is("the") && t.get(j + 2).isNum()) {
            j += 3;                                              // "79 of the 230 seats"
            j = w.overDayModifier(t, j);                         // "of the 12 Jan. 6 defendants": counted.day-modifier
            if (j < t.size() && t.get(j).isWord() && w.isScaleWord(t.get(j).lower())) j++;   // "of the 52 million voters"
            if (j + 1 < t.size() && t.get(j).is("-") && t.get(j).start() == t.get(j - 1).end() && t.get(j + 1).isWord()
                    && t.get(j + 1).start() == t.get(j).end()) j++;   // "of the 4,000-member union"
        } else if (j + 1 < t.size() && w.lx.currencyCodes.contains(m.unit) && (t.get(j).is("in") || t.get(j).is("of") || t.get(j).is("for"))
                && t.get(j + 1).isWord() && !w.lx.functionWords.contains(t.get(j + 1).lower())) {
            j++;                                                 // "$5 million in aid", "$3 billion of damage", "$6.5m for emergency aid"
        }
        r.j = j;
        return null;
    }

    /** The rules for a figure with little after it, before its noun phrase is read; null if none applies. */
    private Result bareFigure(CountedReading r) {
        List<Tok> t = r.t;
        Mention m = r.m;
        Result cmp = context.comparative(t, m, r.j, r.prev);
        if (cmp != null) return cmp;
        if (r.words.isEmpty() && r.prevNoun() && m.unit.isEmpty()) {
            Result ell = context.elliptical(t, r.j, r.prev.noun(), false, CountedRule.ELLIPTICAL_SUBJECT);
            if (ell != null) return ell;
        }
        // "the 577-seat National Assembly": the noun of a compound modifier, then what it modifies
        if (r.j + 1 < t.size() && t.get(r.j).is("-") && t.get(r.j).start() == m.end && t.get(r.j + 1).isWord()
                && t.get(r.j + 1).start() == t.get(r.j).end()) {
            if (w.sizeAdjectives.contains(t.get(r.j + 1).lower())) return sizeOfBody(r);
            r.words.add(t.get(r.j + 1).lower());
            r.end = t.get(r.j + 1).end();
            r.j += 2;
        }
        Result share = context.bracketedShare(t, m, r.j, r.prev);
        if (share != null) return share;
        Result year = context.otherYear(r);
        if (year != null) return year;
        Result place = context.otherPlace(r);
        if (place != null) return place;
        Result inState = context.otherState(r);
        if (inState != null) return inState;
        if (!r.bare()) return null;
        Result supplied = supply.supplied(r);
        if (supplied != null) return supplied;
        Result front = context.frontedPartitive(t, m, r.j, CountedRule.FRONTED_PARTITIVE);
        if (front != null) return front;
        Result state = context.state(r);
        if (state != null) return state;
        Result people = context.peopleVerb(t, r.j);
        if (people != null) return people;
        // "Local officials said 920 were still being housed there": the participle says what
        if (r.j < t.size() && t.get(r.j).isWord() && w.auxBeforeVerb.contains(t.get(r.j).lower())) {
            Result participle = context.elliptical(t, r.j, "", false, CountedRule.BARE_PARTICIPLE);
            if (participle != null) return withPeople(participle);
            return context.bareProgressive(r);
        }
        return null;
    }

    /** "a 5,000-strong force": the figure is the size of the body named after it, "force strength". */
    private Result sizeOfBody(CountedReading r) {
        List<String> body = new ArrayList<>();
        int[] pos = {r.j + 2};
        int end = nouns.collect(r.t, pos, body, r.t.get(r.j + 1).end());
        if (body.isEmpty()) return null;
        String noun = String.join(" ", body);
        return new Result(noun + " strength", end, noun, CountedRule.SIZE_OF_BODY.id);
    }

    /**
     * "a production quota of 210,000 bpd", "estimated at 70 mln bushels": a noun phrase that is only a
     * noun naming the figure's unit says nothing of what is counted; the phrase is read as for a unit
     * (the measure before the figure, its subject or its verb), the noun kept as the unit's words.
     */
    private void unitNoun(CountedReading r) {
        if (r.noun == null || r.words.size() != r.npStart + 1 || !w.unitNouns.contains(r.noun.toLowerCase(Locale.ROOT))) return;
        r.noun = null;
        r.unitNoun = true;
    }

    /**
     * A measure with no noun after it, whose verb after it says what was measured ("343,253 acres have
     * burned", "548.76 mln rupees were needed"): not a share ("4 pct compared with") nor a verb that
     * never says it ({@code counted-not-verbs.txt}: "compared", "estimated"; a reporting verb: "were reported").
     */
    private boolean measureAlone(CountedReading r) {
        if (!r.unitPhrase || r.words.size() != 1 || r.m.unit.equals("%") || r.m.unit.equals("pp")) return false;
        int k = r.j;
        while (k < r.t.size() && r.t.get(k).isWord() && k < r.j + 3 && w.skipAfterNoun.contains(r.t.get(k).lower())) k++;
        return k < r.t.size() && r.t.get(k).isWord() && !w.notVerbs.contains(r.t.get(k).lower()) && !w.lx.reportingVerbs.contains(r.t.get(k).lower());
    }

    /** "pct rise in exports": the share's unit, the change and what changed. */
    private static void shareOfChange(CountedReading r, String change, String what) {
        if (r.words.isEmpty()) r.words.add(r.m.unit.equals("pp") ? "percentage points" : CountedWords.unitName(r.m));
        r.words.add(change + " in " + what);
    }

    /**
     * A subject that opens the sentence, with its first word in lower case where the article writes that
     * word in lower case elsewhere ("Imports rose 3%" beside "exports and imports"): its capital is the
     * sentence's, not a name's.
     */
    private static String truecased(CountedReading r, String subject) {
        if (subject == null || r.t.isEmpty() || !r.t.get(0).capitalized()) return subject;
        String first = r.t.get(0).text();
        if (!subject.equals(first) && !subject.startsWith(first + " ")) return subject;
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.equals(first) || !WrittenWords.asWord(r.text, lower)) return subject;
        return lower + subject.substring(first.length());
    }

    /** A phrase that opens with a verb done to people ("evacuated to the coast"): of people, so that it has a noun. */
    private Result withPeople(Result r) {
        String first = r.text().split(" ")[0];
        return w.lx.peopleVerbs.contains(first) ? new Result("people " + r.text(), r.end(), r.noun(), r.rule()) : r;
    }

    /** For a share after a verb of change ("rose 5%", "fell by 3 pct"), the change's noun ("rise"); else null. */
    private String change(CountedReading r) {
        if (!r.m.unit.equals("%") && !r.m.unit.equals("pp")) return null;
        int k = CountedWords.beforeHedge(r.t, r.m);
        if (k > 0 && r.t.get(k).is("by")) k--;
        k = w.backOverAdverbs(r.t, k);                           // "rose even faster by 16.3%"
        return k < 0 || !r.t.get(k).isWord() ? null : w.changeNouns.first(List.of(r.t.get(k).lower()));
    }

    /**
     * The head of a phrase built from the noun phrase, its verb and the measure, and the rule that
     * names it: the noun and the rule of its verb, else the measure read before the figure.
     */
    private CountedRule head(CountedReading r) {
        if (r.np()) {
            String tail = measures.measureSubject(r.t, r.m);
            if (tail != null && r.verb == null) {
                r.verb = tail;
                r.verbRule = CountedRule.NOUN_MEASURE_SUBJECT;
            } else if (tail != null) {
                r.words.add(tail);
            }
            return r.verbRule != null ? r.verbRule : CountedRule.NOUN_AFTER_FIGURE;
        }
        if (r.unitPhrase && (r.verbRule == CountedRule.NOUN_VERB_AFTER || r.verbRule == CountedRule.NOUN_ADJECTIVE_AFTER_BE)) return CountedRule.MEASURE_VERB_AFTER;   // "acres have burned"
        String state = measures.shareState(r.t, r.m, r.j);
        if (state != null) {
            if (r.words.isEmpty()) r.words.add(CountedWords.unitName(r.m));
            r.words.add(state);
            r.end = r.t.get(r.j).end();
            r.verb = null;
            return measures.shareRule(r.t, r.m);
        }
        String measure = measures.measureNoun(r.t, r.m);
        if (measure != null && r.unitNoun && w.lx.measureNouns.contains(measure)) {
            // "Total estimated paddy output for 1987 would be 90 mln bushels": what the bare measure opening the sentence says
            String said = measures.measureSubject(r.t, r.m);
            if (said != null) measure += " " + said;
        }
        if (measure != null) {
            String dead = measures.tollOfDead(measure);
            if (dead != null) r.verb = null;                     // "reported a death toll of 300": the toll says what happened
            String counted = dead == null ? measures.runningTotal(measure, r.prev) : null;
            if (counted != null) {
                r.words.add(counted);
                return CountedRule.RUNNING_TOTAL;
            }
            r.words.add(dead != null ? dead : measure);
            return dead != null ? CountedRule.TOLL_OF_DEAD : CountedRule.MEASURE_NOUN;
        }
        String subject = subjects.subject(r.t, r.m);
        if (subject != null && subject.equalsIgnoreCase(r.m.unitWords)) subject = null;   // "from 9,900 meters down to 5,730 meters": a unit
        if (subject == null && r.prev != null && subjects.changeOfFigureBefore(r.t, r.m)) {
            String change = change(r);
            if (change != null) {
                // "the deficit widened to $55.5bn, up 9% from September": a 9% rise in the deficit
                shareOfChange(r, change, r.prev.counted());
                return CountedRule.CHANGE_OF_PREVIOUS_FIGURE;
            }
        }
        if (subject != null) {
            String change = change(r);
            if (change != null) {
                // "Exports grew by 7 pct": a 7 pct rise in exports
                shareOfChange(r, change, truecased(r, subject));
                return CountedRule.SHARE_CHANGE;
            }
            r.words.add(subject);
            return subjects.fromToLevel(r.t, r.m) ? CountedRule.FROM_TO_LEVEL : CountedRule.SUBJECT_OF_VERB;
        }
        if (r.verb != null) {
            // "displaced millions", "wounding 85": a verb that is done to people counts people
            if (r.words.isEmpty() && w.lx.peopleVerbs.contains(r.verb.split(" ")[0])) r.words.add("people");
            return CountedRule.VERB_BEFORE;
        }
        return r.unitPhrase || r.unitNoun ? CountedRule.UNIT_WORDS : CountedRule.NOTHING;
    }
}
