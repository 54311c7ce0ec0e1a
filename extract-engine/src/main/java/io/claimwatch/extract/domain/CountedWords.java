package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of the counted-phrase stage, read once from {@code lexicon/counted-*.txt} (one word a
 * line), with the engine's lexicon and the tests on tokens that the counted-phrase readers share.
 * Immutable and shared.
 */
final class CountedWords {

    final Lexicon lx;
    /** "were", "reportedly": between the noun after a figure and its verb. */
    final Set<String> skipAfterNoun = words("skip-after-noun");
    /** "the", "of", "had": back from a figure to the verb before it. */
    final Set<String> skipBeforeFigure = words("skip-before-figure");
    /** "up", "home": go with the verb after the noun ("lined up"). */
    final Set<String> particles = words("particles");
    /** Forms of "be". */
    final Set<String> copulas = words("copulas");
    /** "under", "in": a state after "be" ("were under evacuation orders"). */
    final Set<String> copulaPreps = words("copula-preps");
    /** "to", "at", "by": between a linking verb and its figure. */
    final Set<String> linkPreps = words("link-preps");
    /** "rose to", "stood at", "fell from", "by": between a verb of level or change and a sum that is a level (MoneySubjects). */
    final Set<String> levelPreps = words("level-preps");
    /** "could", "has": before a verb. */
    final Set<String> modals = words("modals");
    /** "of", "in", "the": inside a noun phrase read backwards. */
    final Set<String> nounInner = words("noun-inner");
    /** "was", "stood", "ranged": never take a figure as object. */
    final Set<String> notObjectVerbs = words("not-object-verbs");
    /** "spent", "kept": their predicate is the participle after them. */
    final Set<String> spanVerbs = words("span-verbs");
    /** "another", "top", "aged": before a figure, not the verb taking it. */
    final Set<String> notVerbs = words("not-verbs");
    final Set<String> determiners = words("determiners");
    /** "across", "throughout": before a count of places the figure before is spread over. */
    final Set<String> spreadPreps = words("spread-preps");
    /** "more", "fewer": before "than". */
    final Set<String> comparatives = words("comparatives");
    /** "had", "were", "already": between a figure or noun and its verb. */
    final Set<String> auxBeforeVerb = words("aux-before-verb");
    /** "to", "in": open a participle's complement ("taken to the streets"). */
    final Set<String> complementPreps = words("complement-preps");
    /** "on", "in": open the phrase of where or to what a figure applies. */
    final Set<String> placePreps = words("place-preps");
    /** "for", "by": a gerund after one takes its object into the phrase ("for assaulting an emergency worker"). */
    final Set<String> gerundPreps = words("gerund-preps");
    /** "south", "off": a distance's direction ("south of the island"). */
    final Set<String> directions = words("directions");
    /** "same", "response": after a preposition, no place. */
    final Set<String> notPlaces = words("not-places");
    /** "pushed", "took": bring a quantity to a level after "to" ("pushed the deficit to $500bn"). */
    final Set<String> pushVerbs = words("push-verbs");
    /** "its", "their": possessive determiners. */
    final Set<String> owners = words("owners");
    /** "throughout": words that end a counted noun phrase wherever they stand ("60 cities throughout the country"). */
    final Set<String> nounStops = words("noun-stops");
    /** "up", "down": words that open no noun right after a figure ("9,900 meters down to"; "seats up for grabs" keeps its "up"). */
    final Set<String> firstNounStops = words("first-noun-stops");
    /** "under", "without", "no": a state the counted are in. */
    final Set<String> statePreps = words("state-preps");
    /** "across", "in": a phrase between a noun and its verb. */
    final Set<String> prepsBeforeVerb = words("preps-before-verb");
    /** "earlier", "ago": make "a week" a time, not a rate. */
    final Set<String> relativeTimes = words("relative-times");
    /** "most", "least": grade the adjective after them ("three most devastated counties"). */
    final Set<String> gradingAdverbs = words("grading-adverbs");
    /** "including", "many": open an aside between a noun and its verb ("60 people, many of them police, were"). */
    final Set<String> appositionOpeners = words("apposition-openers");
    /** "city", "country": a place "of" a figure of people is its population ("a city of 12 million people"). */
    final Set<String> populationPlaces = words("population-places");
    /** "people", "residents": the noun of a population's figure. */
    final Set<String> populationNouns = words("population-nouns");
    /** "even", "steady": adverbs and adjectives between a verb and its figure, or a subject and its verb. */
    final Set<String> adverbs = words("adverbs");
    /** "stayed", "closed": verbs that hold a subject at a level ("the rate stayed at 5.4%"). */
    final Set<String> levelVerbs = words("level-verbs");
    /** "shrank", "went": verbs that move a subject "from" one level "to" another, beside the verbs of change. */
    final Set<String> fromToVerbs = words("from-to-verbs");
    /** "record", "high": a level "of" a figure that a verb reaches ("hit an all-time high of $671.7bn"). */
    final Set<String> levelNouns = words("level-nouns");
    /** "put", "estimated": put a figure on the noun phrase after them ("put the toll at 150"). */
    final Set<String> estimateVerbs = words("estimate-verbs");
    /** "st", "mt": abbreviations with a point that go on a name ("St. Louis"), read inside a noun phrase. */
    final Set<String> pointAbbreviations = words("point-abbreviations");
    /** "due to", "owing to": two words that open a cause after a noun phrase, which ends before them. */
    final Set<String> causeLinks = words("cause-links");
    /** "bpd", "bushels": nouns after a figure that name only its unit ("a quota of 210,000 bpd"). */
    final Set<String> unitNouns = words("unit-nouns");
    /** "dead", "strike-bound": the state the counted are in, after "be" or a verb ("were confirmed dead"). */
    final Set<String> stateAdjectives = words("state-adjectives");
    /** "positive", "ill": the state a verb of a "who" clause leaves the counted in ("who tested positive"). */
    final Set<String> verbStates = words("verb-states");
    /** "estimated", "need": after a noun, their predicate is the participle after "to (have) be(en)". */
    final Set<String> raisingVerbs = words("raising-verbs");
    /** "that", "who": open a clause of its own after "and", not another figure sharing a verb. */
    final Set<String> relativeOpeners = words("relative-openers");
    /** "km", "mi": units of a distance, measured from a place ("200 miles from the epicenter"). */
    final Set<String> distanceUnits = words("distance-units");
    /** "from", "off": open the place a distance is measured from ("25 km off the island"). */
    final Set<String> distancePreps = words("distance-preps");
    /** "last", "next": open a time after a figure ("8.2 pct last year"), not its noun. */
    final Set<String> timeOpeners = words("time-openers");
    /** "elderly", "family": words in "-ly" that are nouns, not adverbs after a figure ("500 feet instantly"). */
    final Set<String> lyNouns = words("ly-nouns");
    /** "deceased", "accused": words in "-ed" that are nouns after a determiner ("two of the deceased"). */
    final Set<String> edNouns = words("ed-nouns");
    /** "home", "more": words after an active verb that are not its object ("returned home", "wounded dozens more"). */
    final Set<String> notObjects = words("not-objects");
    /** "people", "children": nouns in the plural with no final "s". */
    final Set<String> irregularPlurals = words("irregular-plurals");
    /** "noon", "sea": words after "by" that name a time or a means, not an agent ("flooded by noon", "crossed by sea"). */
    final Set<String> notAgents = words("not-agents");
    /** "person" → "people": a singular noun a count of one writes, in the form every other count of its kind takes. */
    final java.util.Map<String, String> plurals = pairs("plurals");
    /** "panel" → on: a body "of" a figure, and the preposition that puts the counted in it ("judges on the panel"). */
    final java.util.Map<String, String> collectives = pairs("collectives");
    /** "strong": after a figure and a hyphen, the figure is the size of the body named after it ("a 5,000-strong force"). */
    final Set<String> sizeAdjectives = words("size-adjectives");
    /** "rose" → rise, "fell" → fall: the change a share after the verb measures. */
    final ConceptLexicon changeNouns = ConceptLexicon.load("/lexicon/counted-change-nouns.txt");
    /** "richter" → magnitude: what a named scale measures ("6.5 on the Richter scale"). */
    final ConceptLexicon namedScales = ConceptLexicon.load("/lexicon/counted-named-scales.txt");
    /** "USD" → "US dollars": a currency's name, as the keys name a sum whose phrase has no noun. */
    private final ConceptLexicon measureNames = ConceptLexicon.load("/keys/measure-phrases.txt");

    CountedWords(Lexicon lx) {
        this.lx = lx;
    }

    private static java.util.Map<String, String> pairs(String name) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String l : Lexicon.lines("counted-" + name + ".txt")) {
            String[] p = l.split("\\|");
            out.put(p[0].strip(), p[1].strip());
        }
        return java.util.Map.copyOf(out);
    }

    private static Set<String> words(String name) {
        List<String> lines = Lexicon.lines("counted-" + name + ".txt");
        return Set.copyOf(lines.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * At j a point glued to the word before it that abbreviates a name, a single capital ("E. coli", "George W. Bush")
     * or a word of {@code lexicon/counted-point-abbreviations.txt} ("St. Louis"), with a word after it, apart from the
     * point, that is no function word ("coli"; not "A. The").
     */
    boolean abbreviationPoint(List<Tok> t, int j) {
        if (j < 1 || j + 1 >= t.size()) return false;
        Tok before = t.get(j - 1), point = t.get(j), after = t.get(j + 1);
        if (!before.isWord() || before.end() != point.start() || !after.isWord() || after.start() == point.end()) return false;
        boolean initial = before.text().length() == 1 && Character.isUpperCase(before.text().charAt(0));
        if (!initial && !(before.capitalized() && pointAbbreviations.contains(before.lower()))) return false;
        return !lx.functionWords.contains(after.lower());
    }

    /**
     * At j the letters of a currency glued to its symbol before a figure ("C$94.62", "HK$3", "A$"): part of the sum
     * after it, never a word of the phrase before it (counted.currency-prefix: "C$4.73 higher at C$94.62").
     */
    static boolean currencyPrefix(List<Tok> t, int j) {
        if (j + 2 >= t.size() || !t.get(j).isWord() || t.get(j).text().length() > 3) return false;
        Tok word = t.get(j), symbol = t.get(j + 1);
        return word.text().equals(word.text().toUpperCase(Locale.ROOT)) && symbol.is("$") && word.end() == symbol.start() && t.get(j + 2).isNum();
    }

    // ------------------------------------------------------------------ shapes of tokens

    /**
     * The token after a run of directions at x that goes on with "of" or a distance's preposition ("south of",
     * "south-southeast of", "offshore east of", "offshore from"), or x itself when there is none.
     */
    int directionRun(List<Tok> t, int x) {
        int y = x;
        while (y < t.size() && y < x + 4 && (t.get(y).isWord() && !t.get(y).capitalized() && direction(t.get(y).lower())
                || y > x && t.get(y).is("-") && t.get(y).start() == t.get(y - 1).end())) y++;
        return y > x && y < t.size() && !t.get(y - 1).is("-") && (t.get(y).is("of") || distancePreps.contains(t.get(y).lower())) ? y : x;
    }

    /** A direction of a distance, or directions joined by hyphens: "south", "south-southeast". */
    boolean direction(String lower) {
        for (String part : lower.split("-")) if (!directions.contains(part)) return false;
        return true;
    }

    /** A word that may be a noun: not a function word, a linking or reporting verb, or a lower-case past form. */
    boolean nounish(Tok w) {
        if (!w.isWord()) return false;
        String l = w.lower();
        return !lx.functionWords.contains(l) && !lx.linkingVerbs.contains(l) && !lx.reportingVerbs.contains(l)
                && !(l.endsWith("ed") && !w.capitalized());
    }

    /** A lower-case word shaped like a verb form: "-ed", a long "-ing", a reporting verb, an irregular past. */
    boolean isVerbish(Tok w) {
        if (w.capitalized()) return false;
        String l = w.lower();
        return l.endsWith("ed") || l.endsWith("ing") && l.length() > 5 || lx.reportingVerbs.contains(l)
                || lx.irregularPast.contains(l);
    }

    /**
     * counted.coordinated-modifiers: two participles joined by "and"/"or" right before a noun modify it ("19 leading
     * developed and developing economies"): the token after them (the noun) when the
     * pair opens at j, else j.
     */
    int coordinatedModifiers(List<Tok> t, int j) {
        if (j + 3 >= t.size() || !isVerbish(t.get(j)) || lx.reportingVerbs.contains(t.get(j).lower())
                || !(t.get(j + 1).is("and") || t.get(j + 1).is("or"))) return j;
        Tok second = t.get(j + 2), noun = t.get(j + 3);
        if (!second.isWord() || !isVerbish(second) || lx.reportingVerbs.contains(second.lower()) || lx.functionWords.contains(second.lower())) return j;
        return listNoun(noun) && nounish(noun) && !lx.timeAdverbs.contains(noun.lower()) ? j + 3 : j;
    }

    /** A verb in the past: "died", "went", "fled". */
    boolean pastVerb(Tok w) {
        if (!w.isWord() || w.capitalized() || lx.functionWords.contains(w.lower())) return false;
        String l = w.lower();
        return l.endsWith("ed") && l.length() > 4 || lx.irregularPast.contains(l) || lx.peopleVerbs.contains(l) && l.endsWith("ed");
    }

    /** A noun of a list ("men, women and children"): a lower-case word that is not a function word or a verb. */
    boolean listNoun(Tok w) {
        return w.isWord() && !w.capitalized() && !lx.functionWords.contains(w.lower()) && !isVerbish(w)
                && !w.lower().endsWith("ly") && !comparatives.contains(w.lower()) && !w.is("than")
                && !lx.linkingVerbs.contains(w.lower()) && !lx.timeUnits.contains(w.lower());
    }

    /** A capitalised word that names something: not a weekday or a month. */
    boolean properName(Tok w) {
        return w.capitalized() && !lx.weekdays.containsKey(w.lower()) && !lx.months.containsKey(w.lower())
                && !lx.functionWords.contains(w.lower());
    }

    /** A scale word: "million", "dozen". */
    boolean isScaleWord(String l) {
        long[] nw = lx.numberWords.get(l);
        return nw != null && nw[1] == 2;
    }

    /** The past participle of a verb form: the irregular table, else the regular rule. */
    String participle(String l) {
        String irregular = lx.participles.get(l);
        if (irregular != null) return irregular;
        if (l.endsWith("ed")) return l;
        String b = l;
        if (b.endsWith("ies") && b.length() > 4) b = b.substring(0, b.length() - 3) + "y";
        else if (b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us")) b = b.substring(0, b.length() - 1);
        if (b.endsWith("e")) return b + "d";
        if (b.endsWith("y") && b.length() > 2 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0) {
            return b.substring(0, b.length() - 1) + "ied";
        }
        return b + "ed";
    }

    /** "airport's" -> "airport"; null if not a possessive. */
    static String owner(Tok w) {
        if (!w.isWord()) return null;
        String x = w.text();
        if (x.endsWith("'s") || x.endsWith("’s")) return x.substring(0, x.length() - 2);
        return null;
    }

    /** The index at or before k past lower-case adverbs ("even faster", "steadily", "alone"); -1 at the start. */
    int backOverAdverbs(List<Tok> t, int k) {
        while (k >= 0 && t.get(k).isWord() && !t.get(k).capitalized()
                && (adverbs.contains(t.get(k).lower()) || t.get(k).lower().endsWith("ly") && t.get(k).lower().length() > 4)) k--;
        return k;
    }

    /** The texts of tokens [a, b), joined by spaces. */
    static String span(List<Tok> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the figure's hedge and what stands before it

    /**
     * The name of the figure's unit in its counted phrase: its words as written ("square kilometers",
     * "percent"), but a share written "%", "per cent" or "pc" is named "pct", as the wires abbreviate it.
     */
    static String unitName(Mention m) {
        if (!m.unit.equals("%") || m.unitWords.equalsIgnoreCase("percent")) return m.unitWords;
        return "pct";
    }

    /** The name of the currency of a sum written with a symbol ("$3 billion" → "US dollars"), else "". */
    String currencyName(Mention m) {
        if (!m.unitWords.isEmpty() || !lx.currencyCodes.contains(m.unit)) return "";
        String name = measureNames.entryOf(m.unit);
        return name == null ? "" : name;
    }

    /**
     * A phrase that names no noun of its own: a verb form alone ("paid", "given", "lost"), or one that opens on a
     * function word or a time adverb ("now", "a day", "although total").
     */
    boolean namesNoNoun(String phrase) {
        String[] ws = phrase.toLowerCase(Locale.ROOT).split(" ");
        if (lx.functionWords.contains(ws[0]) || lx.timeAdverbs.contains(ws[0])) return true;
        return ws.length == 1 && (lx.irregularPast.contains(ws[0]) || ws[0].endsWith("ed") || ws[0].endsWith("en"));
    }

    /** The phrase opens with the name of a share's unit ("pct rise in", "percent arriving in Italy"). */
    boolean namesShare(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (Lexicon.Phrase p : lx.units) {
            String u = p.fields()[0];
            if ((u.equals("%") || u.equals("pp")) && (lower.equals(p.text()) || lower.startsWith(p.text() + " "))) return true;
        }
        return false;
    }

    /** The index of the first token after the figure (its unit included); t.size() at the end. */
    static int afterFigure(List<Tok> t, Mention m) {
        int j = m.tokEnd;
        while (j < t.size() && t.get(j).start() < m.end) j++;
        return j;
    }

    /** The index of the last token before the figure's hedge; -1 at the start. */
    static int beforeHedge(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        while (k >= 0 && t.get(k).end() > m.hedgeStart) k--;
        return k;
    }

    /**
     * counted.day-modifier: "the 12 Jan. 6 defendants", "three of the 40 March 3 marchers": a month and its day
     * between a figure and a noun name the day the noun is known by, not what is counted; the reading steps over
     * them to the noun. Not a date that ends the phrase ("rose 3 percent Jan. 1 after"): the word after the day
     * is a common noun.
     */
    int overDayModifier(List<Tok> t, int j) {
        if (j + 2 >= t.size() || !t.get(j).isWord() || !t.get(j).capitalized() || !lx.months.containsKey(t.get(j).lower())) return j;
        int d = t.get(j + 1).is(".") ? j + 2 : j + 1;
        if (d + 1 >= t.size() || !t.get(d).isNum() || !t.get(d).text().matches("[1-9]|[12][0-9]|3[01]")) return j;
        Tok noun = t.get(d + 1);
        if (!noun.isWord() || noun.capitalized() || noun.start() == t.get(d).end()) return j;
        String l = noun.lower();
        return lx.functionWords.contains(l) || isVerbish(noun) || lx.timeAdverbs.contains(l) ? j : d + 1;
    }

    /**
     * bracketed-qualifier: one word in brackets between a figure and its noun qualifies the noun ("90,000 (metric) tons
     * of ore", "12 (estimated) deaths"): the reading steps over it to the noun. Not a figure or a name in brackets.
     */
    static int overBracketedWord(List<Tok> t, int j) {
        if (j + 3 >= t.size() || !t.get(j).is("(") || !t.get(j + 2).is(")")) return j;
        Tok word = t.get(j + 1), noun = t.get(j + 3);
        return word.isWord() && !word.capitalized() && noun.isWord() && !noun.capitalized() ? j + 3 : j;
    }

    /**
     * quoted-noun: "Seventy-one “arbitrary detentions” were reported": a short noun phrase in quotation
     * marks right after the figure (the outlet quoting a source's words) is read as the noun after it;
     * the opening mark is stepped over when it closes within four words. Else j.
     */
    static int intoQuotedNoun(List<Tok> t, int j) {
        if (j + 2 >= t.size() || !(t.get(j).is("“") || t.get(j).is("\"") || t.get(j).is("‘"))) return j;
        if (!t.get(j + 1).isWord() || t.get(j + 1).start() != t.get(j).end() || t.get(j + 1).capitalized()) return j;
        for (int y = j + 2; y < t.size() && y <= j + 5; y++) {
            if (t.get(y).is("”") || t.get(y).is("\"") || t.get(y).is("’")) return j + 1;
            if (!t.get(y).isWord()) return j;
        }
        return j;
    }

    /** The number of tokens of the hedge before the figure. */
    static int countHedge(List<Tok> t, Mention m) {
        return m.tokStart - 1 - beforeHedge(t, m);
    }

    /** The token before the figure and its hedge, skipping "only" and adverbs; -1 at the start. */
    static int tokenBefore(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        while (k >= 0 && t.get(k).isWord() && !t.get(k).capitalized()
                && (t.get(k).is("only") || t.get(k).is("just") || t.get(k).lower().endsWith("ly"))) k--;
        return k;
    }

    /** The figure opens its clause: at the start, or after a comma, "and", "while" or a semicolon. */
    static boolean clauseStart(List<Tok> t, Mention m) {
        int b = tokenBefore(t, m);
        return b < 0 || t.get(b).is(",") || t.get(b).is("and") || t.get(b).is("while") || t.get(b).is(";");
    }
}
