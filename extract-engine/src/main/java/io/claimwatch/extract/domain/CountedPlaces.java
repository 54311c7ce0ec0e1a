package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.span;

import static io.claimwatch.extract.domain.CountedWords.countHedge;
import static io.claimwatch.extract.domain.CountedWords.owner;

import java.util.ArrayList;
import java.util.List;

/**
 * Where, of what and how often: the phrase after the counted phrase that says where or to what the
 * figure applies ("died or gone missing on the central Mediterranean route", "40 kilometers south of
 * the island"), the owner of a possessive ("the airport's 52 gates" -> "gates of the airport") and a
 * rate ("£25 million a day").
 */
final class CountedPlaces {

    private final CountedWords w;
    private final Lexicon lx;
    private final CountedEvents events;
    /** rate-of-what: how many words after a rate's "of" may name what it is of. */
    private static final int RATE_OF_WORDS = 5;

    CountedPlaces(CountedWords words, CountedEvents events) {
        this.w = words;
        this.lx = words.lx;
        this.events = events;
    }

    /** After "of": "the airport's 52" -> the index after the number; 0 if not that shape. */
    static int possessiveOf(List<Tok> t, int j) {
        if (j >= t.size() || !t.get(j).is("of")) return 0;
        int x = j + 1;
        if (x < t.size() && (t.get(x).is("the") || t.get(x).is("its") || t.get(x).is("their"))) x++;
        if (x < t.size() && owner(t.get(x)) != null) x++;
        else return 0;
        return x < t.size() && t.get(x).isNum() ? x + 1 : 0;
    }

    /**
     * The body named before "of" at b ("a panel of", "the bargaining group of"), with the preposition that puts the
     * counted in it ("on the panel", "in the bargaining group"); null when b is not "of" after a body of
     * {@code counted-collectives.txt} that a determiner opens.
     */
    private String collective(List<Tok> t, int b) {
        if (b < 2 || !t.get(b).is("of") || !t.get(b - 1).isWord()) return null;
        String prep = w.collectives.get(t.get(b - 1).lower());
        if (prep == null) return null;
        int a = b - 2;                                           // lower-case words before the body: "bargaining group"
        while (a >= 0 && b - 2 - a < 2 && t.get(a).isWord() && !t.get(a).capitalized() && !lx.functionWords.contains(t.get(a).lower())
                && !w.determiners.contains(t.get(a).lower())) a--;
        if (a < 0 || !(t.get(a).is("a") || t.get(a).is("an") || t.get(a).is("the") || w.owners.contains(t.get(a).lower()))) return null;
        return prep + " the " + span(t, a + 1, b).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Adds where, of whom and how often to the reading's words, after its verb; answers the rule that
     * read the phrase: the one given, or away-from-place (the name a distance is "away" from, which
     * reads the figure alone) or majority-of ("an overall majority of 46 seats": "seats majority").
     */
    CountedRule add(CountedReading r, CountedRule rule) {
        List<Tok> t = r.t;
        // where or to what: "died or gone missing on the central Mediterranean route", "640 patients for
        // heat-related illness", "40 kilometers (25 miles) south of the island"
        boolean placed = false;
        if (r.np() || r.unitPhrase) {
            int x = r.j;
            while (x < t.size() && t.get(x).start() < r.end) x++;
            int[] e = {r.end};
            boolean distance = w.distanceUnits.contains(r.m.unit.toLowerCase(java.util.Locale.ROOT));
            String from = distance && (!r.np() || r.noun.equalsIgnoreCase("away")) ? awayFrom(t, r.m) : null;
            if (from != null) {
                r.words.remove("away");
                r.words.add("from " + from);
                return CountedRule.AWAY_FROM_PLACE;
            }
            placed = complement(t, x, r.words, e, r.np(), distance);
            if (placed) r.end = e[0];
        }
        if (!placed && verbEvent(r, rule)) rule = CountedRule.VERB_EVENT;
        else if (!placed && during(r, rule)) rule = CountedRule.EVENT_DURING;
        else if (!placed && inWhich(r, rule)) rule = CountedRule.EVENT_IN_WHICH;
        // "the airport's 52 gates" -> "gates of the airport"
        int before = r.before;
        if (r.np() && before >= 0 && before == r.m.tokStart - 1 - countHedge(t, r.m) && owner(t.get(before)) != null) {
            int a = before;                                      // "West Virginia's three counties": the whole name
            while (a > 0 && before - a < 3 && t.get(a - 1).isWord() && t.get(a - 1).capitalized() && t.get(before).capitalized()) a--;
            String name = (a < before ? span(t, a, before) + " " : "") + owner(t.get(before));
            r.words.add(r.npStart + r.noun.split(" ").length, "of " + (a > 0 && t.get(a - 1).is("the") ? "the " : "") + name);
        }
        // majority-of: "an overall majority of 46 seats" is a majority, not a count of seats (not "the majority of")
        int b = CountedWords.tokenBefore(t, r.m);
        if (r.np() && b > 1 && t.get(b).is("of") && t.get(b - 1).is("majority") && (t.get(b - 2).is("a") || t.get(b - 2).is("an")
                || b > 2 && (t.get(b - 3).is("a") || t.get(b - 3).is("an")) && t.get(b - 2).isWord() && !t.get(b - 2).capitalized())) {
            r.words.add(r.npStart + r.noun.split(" ").length, "majority");
            rule = CountedRule.MAJORITY_OF;
        }
        // collective-of: "a panel of nine judges" counts the judges on the panel, "the bargaining group of four unions"
        // the unions in that group
        String collective = r.np() ? collective(t, b) : null;
        if (collective != null) {
            r.words.add(r.npStart + r.noun.split(" ").length, collective);
            rule = CountedRule.COLLECTIVE_OF;
        }
        // "£25 million a day", "500 people per week"; not "down from 180 a week earlier"
        int k = r.j;
        while (k < t.size() && t.get(k).start() < r.end) k++;
        if (k + 1 < t.size() && (t.get(k).is("a") || t.get(k).is("per") || t.get(k).is("each") || t.get(k).is("an"))
                && lx.rateUnits.contains(t.get(k + 1).lower())
                && !(k + 2 < t.size() && w.relativeTimes.contains(t.get(k + 2).lower()))) {
            r.words.add(t.get(k).lower() + " " + t.get(k + 1).lower());
            if (rateOfWhat(r, t, k + 2)) rule = CountedRule.RATE_OF_WHAT;
        }
        return rule;
    }

    /**
     * rate-of-what: "of" and the words of its noun right after a rate ("620,000 barrels a day of U.S. crude output capacity",
     * "1.251 million barrels per day of crude oil output"), up to five, as the article writes them, not a normalisation:
     * what the rate is of; none past a verb, a function word, a conjunction or a mark. True if added.
     */
    private boolean rateOfWhat(CountedReading r, List<Tok> t, int y) {
        if (y + 1 >= t.size() || !t.get(y).is("of")) return false;
        int z = y + 1;
        while (z < t.size() && z - y <= RATE_OF_WORDS && ofWord(t, z)) z++;
        if (z == y + 1) return false;
        r.words.add("of " + span(t, y + 1, z).replace(" . ", ".").replaceAll(" \\.$", "."));
        return true;
    }

    /** A word of the noun after a rate's "of": a word, or the stop inside an abbreviation ("U.S."), not a verb nor a function word. */
    private boolean ofWord(List<Tok> t, int z) {
        Tok x = t.get(z);
        if (x.is(".")) return z > 0 && t.get(z - 1).isWord() && t.get(z - 1).text().length() == 1 && z + 1 < t.size() && t.get(z + 1).isWord()
            && t.get(z + 1).text().length() == 1;
        return x.isWord() && (x.capitalized() || !lx.functionWords.contains(x.lower()) && !x.is("and") && !w.isVerbish(x)
            && !w.relativeTimes.contains(x.lower()));
    }

    /** verb-event: the event the verb before the figure happened in, or its agent ({@link CountedEvents}); true if added. */
    private boolean verbEvent(CountedReading r, CountedRule rule) {
        if (rule != CountedRule.NOUN_VERB_BEFORE && rule != CountedRule.DEATH_OF && rule != CountedRule.VERB_BEFORE || r.verbTok < 0 || lx.currencyCodes.contains(r.m.unit)) return false;
        String event = events.of(r.t, r.verbTok);
        if (event != null) r.words.add(event);
        return event != null;
    }

    /** event-during: the event the noun's verb happened during, right after the phrase ({@link CountedEvents#during}); true if added. */
    private boolean during(CountedReading r, CountedRule rule) {
        if (rule != CountedRule.NOUN_VERB_AFTER && rule != CountedRule.NOUN_VERB_BEFORE && rule != CountedRule.DEATH_OF || !r.np()) return false;
        int x = r.j;
        while (x < r.t.size() && r.t.get(x).start() < r.end) x++;
        String event = events.during(r.t, x);
        if (event != null) r.words.add(event);
        return event != null;
    }

    /** event-in-which: the event "in which" the noun's verb happened ({@link CountedEvents#inWhich}); true if added. */
    private boolean inWhich(CountedReading r, CountedRule rule) {
        String event = rule == CountedRule.NOUN_VERB_AFTER ? events.inWhich(r.t, r.m) : null;
        if (event != null) r.words.add(event);
        return event != null;
    }

    /**
     * away-from-place: "felt in the capital, Quito, about 100 miles away": a distance "away" (past a
     * bracketed conversion) right after a name and a comma is the distance from that name: "Quito".
     * Null when the figure does not stand so.
     */
    private static String awayFrom(List<Tok> t, Mention m) {
        int x = m.tokStart;
        while (x < t.size() && (t.get(x).start() < m.end || t.get(x).isWord() && m.unitWords.toLowerCase(java.util.Locale.ROOT).contains(t.get(x).lower()))) x++;
        if (x < t.size() && t.get(x).is("(")) {
            while (x < t.size() && !t.get(x).is(")")) x++;
            x++;
        }
        if (x >= t.size() || !t.get(x).is("away")) return null;
        int k = CountedWords.tokenBefore(t, m);
        if (k < 1 || !t.get(k).is(",") || !t.get(k - 1).isWord() || !t.get(k - 1).capitalized()) return null;
        int a = k - 1;
        while (a > 0 && k - a < 3 && t.get(a - 1).isWord() && t.get(a - 1).capitalized()) a--;
        return span(t, a, k);
    }

    /**
     * Appends the prepositional phrase at x that says where or to what the figure applies, after a
     * coordinated participle ("died or gone missing"), a bracketed conversion or a direction ("south
     * of the island"); not a time ("on Monday", "in the same period", "since Saturday"). True if any.
     */
    private boolean complement(List<Tok> t, int x, List<String> words, int[] end, boolean np, boolean distance) {
        int size = words.size();
        if (np && x + 1 < t.size() && (t.get(x).is("or") || t.get(x).is("and")) && t.get(x + 1).isWord()
                && !t.get(x + 1).capitalized() && (t.get(x + 1).lower().endsWith("ed") || lx.irregularPast.contains(t.get(x + 1).lower()))
                && !words.isEmpty() && w.isVerbish(new Tok(0, 0, words.get(words.size() - 1), words.get(words.size() - 1).toLowerCase(), Tok.Kind.WORD))
                && endsItsClause(t, x + 2)) {
            words.add(t.get(x).lower());
            words.add(t.get(x + 1).lower());
            end[0] = t.get(x + 1).end();
            x += 2;
            if (x < t.size() && t.get(x).isWord() && lx.peopleVerbs.contains(t.get(x).lower())) {   // "gone missing"
                words.add(t.get(x).lower());
                end[0] = t.get(x).end();
                x++;
            }
        }
        if (!np && x < t.size() && t.get(x).is("(")) {           // "40 kilometers (25 miles)"
            int y = x + 1;
            while (y < t.size() && !t.get(y).is(")") && y < x + 6) y++;
            if (y < t.size() && t.get(y).is(")")) x = y + 1;
        }
        // adverb-before-place: "migrants arrived irregularly in the Canary Islands"
        String adverb = null;
        if (np && x + 2 < t.size() && t.get(x).isWord() && !t.get(x).capitalized() && t.get(x).lower().endsWith("ly")
                && t.get(x).lower().length() > 4 && !w.lyNouns.contains(t.get(x).lower()) && w.placePreps.contains(t.get(x + 1).lower())) {
            adverb = t.get(x).lower();
            x++;
        }
        if (x + 1 >= t.size() || !t.get(x).isWord()) return words.size() > size;
        String prep = t.get(x).lower();
        int y = x + 1;
        List<String> pp = new ArrayList<>();
        int d = w.directionRun(t, x);
        if (d > x && !np && (t.get(d).is("of") || distance)) {
            // "40 km south of the island", "16 miles south-southeast of", "40 km offshore east of the city", "50 km offshore from"
            pp.add(span(t, x, d).replace(" - ", "-"));
            pp.add(t.get(d).lower());
            y = d + 1;
        } else if (!np && distance && w.distancePreps.contains(prep)) {
            pp.add(prep);                                        // "200 miles from the epicenter", "25 km off the island of Muisne"
        } else if (w.placePreps.contains(prep) && np) {
            pp.add(prep);
        } else if (np && prep.equals("by") && !words.isEmpty() && !w.notAgents.contains(t.get(x + 1).lower())
                && w.pastVerb(new Tok(0, 0, words.get(words.size() - 1), words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT), Tok.Kind.WORD))) {
            pp.add(prep);                                        // agent-after-participle: "people who were hit by the blast"
        } else {
            return words.size() > size;
        }
        int content = 0, ppEnd = -1;
        while (y < t.size() && content < 4) {
            Tok tok = t.get(y);
            if (tok.is(".") && content > 0 && w.abbreviationPoint(t, y)) {   // counted.abbreviation-point: "in St. Louis"
                pp.set(pp.size() - 1, pp.get(pp.size() - 1) + ".");
                y++;
                continue;
            }
            if (!tok.isWord() || CountedWords.currencyPrefix(t, y)) break;
            String l = tok.lower();
            boolean inner = w.determiners.contains(l) || l.equals("of");
            if (inner) {
                if (l.equals("of") && content == 0) break;
                // "on the eastern route this year": a determiner after the place starts another phrase; gerund-object: not
                // after a gerund of "for/after/by", whose object it opens ("arrested for assaulting an emergency worker")
                if (!l.equals("of") && content > 0 && !pp.get(pp.size() - 1).equals("of") && !gerundOpens(pp, prep)) break;
                pp.add(l);
                y++;
                continue;
            }
            // "arriving in Italy and the remainder": "and" goes on only to another name
            if (l.equals("and") || l.equals("or")) {
                if (content == 0 || y + 1 >= t.size() || !w.properName(t.get(y + 1))) break;
                pp.add(l);
                y++;
                continue;
            }
            // "in recent days", "on Monday evening", "in early March": a time, not a place
            if (lx.months.containsKey(l) || lx.weekdays.containsKey(l) || lx.timeUnits.contains(WordSplits.FINAL_S.matcher(l).replaceAll(""))
                    || lx.timeUnits.contains(l)) {
                if (content > 0) return words.size() > size;
                break;
            }
            if (lx.timeAdverbs.contains(l)) break;               // "destroyed by an earthquake earlier", "killed by late morning"
            if (lx.functionWords.contains(l) || lx.reportingVerbs.contains(l) || w.notPlaces.contains(l)
                    || lx.numberWords.containsKey(l.split("-")[0]) || lx.vagueFirstWords.contains(l)
                    || l.endsWith("ing") && content > 0 || w.isVerbish(tok) && content > 0) break;
            if (l.endsWith("'s") || l.endsWith("’s")) break;
            pp.add(tok.text());
            ppEnd = tok.end();
            content++;
            y++;
        }
        if (content == 0) return words.size() > size;
        while (w.determiners.contains(pp.get(pp.size() - 1).toLowerCase()) || pp.get(pp.size() - 1).equals("of")) pp.remove(pp.size() - 1);
        if (adverb != null) words.add(adverb);
        words.addAll(pp);
        end[0] = ppEnd;
        return true;
    }

    /** The complement so far is "for/after/by" and a lower-case gerund ("for assaulting"), whose object comes next. */
    private boolean gerundOpens(List<String> pp, String prep) {
        if (pp.size() != 2 || !w.gerundPreps.contains(prep)) return false;
        String g = pp.get(1);
        return g.length() > 5 && g.endsWith("ing") && Character.isLowerCase(g.charAt(0));
    }

    /**
     * Nothing at k makes the verb before it transitive: "died or went missing in the floods", not
     * "pardoned 78 inmates and shortened the sentences of 153 others" or "and estimated losses".
     */
    private boolean endsItsClause(List<Tok> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) return k >= t.size() || !t.get(k).isNum();
        String l = t.get(k).lower();
        return !w.determiners.contains(l) && (lx.functionWords.contains(l) || lx.peopleVerbs.contains(l));
    }
}
