package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The noun-phrase reader of the counted phrase: the noun phrase after a figure (its adjectives, "of"
 * complements and one "and"), a list of single nouns ("men, women and children"), a "who" clause
 * after it ("people who died or went missing"), and the start of a noun phrase read backwards. What the verb after
 * the noun takes (its object, its -ing form) is {@link VerbObjects}'.
 */
final class NounPhrases {

    private final CountedWords w;
    private final Lexicon lx;
    private final NamedParts parts;
    private final ChargeOffences offences;

    NounPhrases(CountedWords words) {
        this.w = words;
        this.lx = words.lx;
        this.parts = new NamedParts(words);
        this.offences = new ChargeOffences(words);
    }

    /**
     * Reads the noun phrase at the reading's token, with a list of nouns after it, sets the reading's
     * noun (null if none) and reads a "who" clause after it.
     */
    void read(CountedReading r) {
        List<Tok> t = r.t;
        int[] pos = {r.j};
        r.end = collect(t, pos, r.words, r.end);
        r.j = pos[0];
        if (r.words.size() == r.npStart + 1 && r.j + 3 < t.size() && t.get(r.j).is(",")) list(r);
        // "One person was killed": the kind counted, as every other count of it names it ("people killed")
        for (int i = r.npStart; i < r.words.size(); i++) r.words.set(i, w.plurals.getOrDefault(r.words.get(i), r.words.get(i)));
        boolean np = r.words.size() > r.npStart;
        r.noun = np ? String.join(" ", r.words.subList(r.npStart, r.words.size())) : null;
        if (np && r.j + 1 < t.size() && t.get(r.j).is("who") && w.pastVerb(t.get(r.j + 1))) who(r);
        else if (np) whoAux(r);
    }

    /**
     * who-aux-participle: "250 people who were stranded in a village", "650,000 Afghans who have returned to the
     * country", "30 people who were hit by the blast": the participle past "be" or "have (been)" (after "be", an
     * irregular participle that is also its base: "hit", "cut").
     */
    private void whoAux(CountedReading r) {
        List<Tok> t = r.t;
        int x = r.j;
        if (x + 2 >= t.size() || !t.get(x).is("who")) return;
        x++;
        boolean have = t.get(x).is("have") || t.get(x).is("has") || t.get(x).is("had");
        if (have) x++;
        boolean be = x < t.size() && (w.copulas.contains(t.get(x).lower()) && !have || have && t.get(x).is("been"));
        if (be) x++;
        if (!have && !be || x >= t.size()) return;
        Tok p = t.get(x);
        boolean participle = w.pastVerb(p) || be && p.isWord() && !p.capitalized() && p.lower().equals(lx.participles.get(p.lower()));
        if (!participle) return;
        for (int y = r.j; y <= x; y++) r.words.add(t.get(y).lower());
        r.end = p.end();
        r.j = x + 1;
    }

    /** "14,953 men, women and children": a list of single nouns is counted whole. */
    private void list(CountedReading r) {
        List<Tok> t = r.t;
        int y = r.j + 1;
        List<String> list = new ArrayList<>();
        while (y + 1 < t.size() && w.listNoun(t.get(y)) && t.get(y + 1).is(",") && list.size() < 4) {
            list.add(t.get(y).text() + ",");
            y += 2;
        }
        if (y + 1 < t.size() && (t.get(y).is("and") || t.get(y).is("or")) && w.listNoun(t.get(y + 1))
                && (y + 2 >= t.size() || !t.get(y + 2).isWord() || lx.functionWords.contains(t.get(y + 2).lower()))
                || y + 2 < t.size() && w.listNoun(t.get(y)) && (t.get(y + 1).is("and") || t.get(y + 1).is("or")) && w.listNoun(t.get(y + 2))
                && (y + 3 >= t.size() || !t.get(y + 3).isWord() || lx.functionWords.contains(t.get(y + 3).lower()))) {
            if (!t.get(y).is("and") && !t.get(y).is("or")) list.add(t.get(y++).text());
            list.add(t.get(y).lower());
            list.add(t.get(y + 1).text());
            r.words.set(r.npStart, r.words.get(r.npStart) + ",");
            r.words.addAll(list);
            r.end = t.get(y + 1).end();
            r.j = y + 2;
        }
    }

    /** "1,659 people who died or went missing", "the individuals who died were over 65". */
    private void who(CountedReading r) {
        List<Tok> t = r.t;
        r.words.add("who");
        r.words.add(t.get(r.j + 1).lower());
        r.end = t.get(r.j + 1).end();
        r.j += 2;
        // who-verb-state: the state the verb leaves them in, "40 people who tested positive", "12 children who fell ill"
        Tok s = r.j < t.size() ? t.get(r.j) : null;
        if (s != null && s.isWord() && (w.verbStates.contains(s.lower()) || w.stateAdjectives.contains(s.lower()))) {
            r.words.add(t.get(r.j++).lower());
            r.end = s.end();
        }
        if (r.j + 1 < t.size() && (t.get(r.j).is("or") || t.get(r.j).is("and")) && w.pastVerb(t.get(r.j + 1))) {
            r.words.add(t.get(r.j).lower());
            r.words.add(t.get(r.j + 1).lower());
            r.end = t.get(r.j + 1).end();
            r.j += 2;
            if (r.j < t.size() && t.get(r.j).isWord() && lx.peopleVerbs.contains(t.get(r.j).lower())) {   // "went missing"
                r.words.add(t.get(r.j).lower());
                r.end = t.get(r.j).end();
                r.j++;
            }
        }
    }

    /** The noun phrase at pos[0], past an article kept with it ("under a state of emergency"); nothing if only an article. */
    int collectAfterArticle(List<Tok> t, int[] pos, List<String> words, int end) {
        int at = pos[0];
        if (at + 1 < t.size() && (t.get(at).is("a") || t.get(at).is("an") || t.get(at).is("the"))) {
            List<String> np = new ArrayList<>();
            int[] p = {at + 1};
            int e = collect(t, p, np, end);
            if (np.isEmpty()) return end;
            words.add(t.get(at).lower());
            words.addAll(np);
            pos[0] = p[0];
            return e;
        }
        return collect(t, pos, words, end);
    }

    /** Collects the noun phrase from pos[0] into words, moving pos[0] past it; returns the end offset. */
    int collect(List<Tok> t, int[] pos, List<String> words, int end) {
        int j = pos[0];
        int n = 0, ofs = 0, ands = 0;
        while (j < t.size() && n < 8) {
            Tok tok = t.get(j);
            if (tok.isNum() && n > 0 && (parts.modelNumber(t, j) || parts.nameNumber(t, j))) {
                words.add(tok.text());                           // "dozens of Boeing 737 Max 9 aircraft": a model's number
                end = tok.end();
                j++;
                continue;
            }
            if (tok.is("-") && n > 0 && parts.designator(t, j)) {
                // "11 Czechoslovak-made L-39 bombers", "three Soviet MI-24 helicopters", "250 anti- aircraft guns"
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + t.get(j + 1).text());
                end = t.get(j + 1).end();
                j += 2;
                continue;
            }
            if (tok.is(".") && n > 0 && w.abbreviationPoint(t, j)) {
                // counted.abbreviation-point: "four cases of E. coli", "12 St. Louis firefighters": the point of an
                // abbreviated name inside the phrase does not end it
                words.set(words.size() - 1, words.get(words.size() - 1) + ".");
                end = tok.end();
                j++;
                continue;
            }
            if (!tok.isWord() || CountedWords.currencyPrefix(t, j)) break;
            String l = tok.lower();
            if (n == 0 && w.gradingAdverbs.contains(l) && j + 2 < t.size() && t.get(j + 1).isWord() && t.get(j + 2).isWord()
                    && !lx.functionWords.contains(t.get(j + 1).lower()) && !lx.functionWords.contains(t.get(j + 2).lower())) {
                words.add(l);                                    // "three most devastated counties"
                words.add(t.get(j + 1).lower());
                j += 2;
                continue;
            }
            if (l.equals("of") && n > 0) {
                int[] e = {end};
                int x = offences.read(t, j, words, e);           // counted.charge-offence: "12 counts of attempted arson"
                if (x > j) {
                    end = e[0];
                    j = x;
                    break;
                }
            }
            if (l.equals("of") && n > 0 && j + 1 < t.size() && t.get(j + 1).isWord() && !t.get(j + 1).capitalized()
                    && t.get(j + 1).lower().endsWith("ing") && t.get(j + 1).lower().length() > 5) {
                words.add("of");                                 // "a 40% chance of lasting"
                words.add(t.get(j + 1).lower());
                end = t.get(j + 1).end();
                j += 2;
                int[] o = {j, end};
                if (gerundObject(t, o, words)) {
                    end = o[1];
                    j = o[0];
                    break;
                }
                n++;
                continue;
            }
            if (l.equals("of") && n > 0 && j + 2 < t.size() && t.get(j + 1).is("the") && ofs < 2 && w.properName(t.get(j + 2))) {
                words.add("of");                                 // "49,000 members of the United Auto Workers"
                words.add("the");
                ofs++;
                j += 2;
                while (j < t.size() && n < 8 && w.properName(t.get(j))) {
                    words.add(t.get(j).text());
                    end = t.get(j).end();
                    n++;
                    j++;
                }
                continue;
            }
            if (l.equals("of") || l.equals("and")) {
                // "a dozen helicopters and more than 100 firefighters": another figure, with its own noun
                if (l.equals("and") && j + 2 < t.size() && (t.get(j + 2).isNum() || t.get(j + 2).is("than"))) break;
                if (n == 0 || j + 1 >= t.size() || !t.get(j + 1).isWord() || lx.functionWords.contains(t.get(j + 1).lower())
                        || w.isVerbish(t.get(j + 1)) || lx.months.containsKey(t.get(j + 1).lower())) break;
                if (l.equals("of") && ++ofs > 2) break;
                if (l.equals("and") && ++ands > 1) break;
                words.add(l);
                j++;
                continue;
            }
            // "60% of confirmed cases": a participle before a noun is an adjective, even a reporting one
            // ("two unarmed African American men": before a name too, not before a day or a month)
            boolean adjective = n == 0 && l.endsWith("ed") && j + 1 < t.size() && t.get(j + 1).isWord()
                    && (!t.get(j + 1).capitalized() || w.properName(t.get(j + 1))) && !lx.functionWords.contains(t.get(j + 1).lower())
                    && !w.isVerbish(t.get(j + 1));
            // "in three states", "21 states and", "11 other states on the list" (a verb only before its complement)
            boolean nounVerb = lx.nounVerbs.contains(l) && (n == 0 || j + 1 >= t.size() || !(t.get(j + 1).isNum()
                    || t.get(j + 1).isWord() && (t.get(j + 1).is("that") || w.determiners.contains(t.get(j + 1).lower()))));
            // "112 seats out of the 400": a partitive, not a noun
            if (l.equals("out") && n > 0 && j + 1 < t.size() && t.get(j + 1).is("of")) break;
            // "the toll was at 82 early on Friday", "345 deaths now under investigation": a time, not a noun
            if (lx.timeAdverbs.contains(l) && (j + 1 >= t.size() || !t.get(j + 1).isWord()
                    || lx.functionWords.contains(t.get(j + 1).lower()) || lx.weekdays.containsKey(t.get(j + 1).lower())
                    || lx.months.containsKey(t.get(j + 1).lower()))) break;
            // "16 miles south-southeast of the town", "40 km offshore": a direction, not a noun
            if (n == 0 && w.directionRun(t, j) > j) break;
            // "rose 8.2 pct last year", "dropped 500 feet instantly", "five pct yearly to 2000": a time or an adverb, not a noun
            if (n == 0 && (w.timeOpeners.contains(l) && j + 1 < t.size() && t.get(j + 1).isWord() && (lx.timeUnits.contains(t.get(j + 1).lower())
                    || lx.months.containsKey(t.get(j + 1).lower()) || lx.weekdays.containsKey(t.get(j + 1).lower()))
                    || !tok.capitalized() && l.endsWith("ly") && l.length() > 4 && !w.lyNouns.contains(l)
                    && (j + 1 >= t.size() || !t.get(j + 1).isWord() || lx.functionWords.contains(t.get(j + 1).lower())))) break;
            // "three US Army soldiers": an acronym is a name, not the function word it spells
            // (not a word of a headline in capitals: "LIBYANS KILLED IN BATTLE")
            boolean acronym = NamedParts.allCaps(tok) && j + 1 < t.size() && t.get(j + 1).isWord() && !lx.functionWords.contains(t.get(j + 1).lower())
                    && !NamedParts.allCaps(t.get(j + 1)) && (j == 0 || !NamedParts.allCaps(t.get(j - 1)));
            // counted.cause-link: "844,812 pounds of frozen beef patties due to possible E. coli contamination": a cause, not the noun's
            if (n > 0 && j + 1 < t.size() && w.causeLinks.contains(l + " " + t.get(j + 1).lower())) break;
            if (lx.functionWords.contains(l) && !acronym || lx.reportingVerbs.contains(l) && !adjective && !nounVerb || lx.weekdays.containsKey(l)) break;
            int c = n > 0 && (t.get(j - 1).isNum() || lx.numberWords.containsKey(t.get(j - 1).lower())) ? j   // not another figure's
                    : w.coordinatedModifiers(t, j);              // counted.coordinated-modifiers: "19 leading developed and developing economies"
            if (c > j) {
                for (; j < c; j++, n++) words.add(t.get(j).text());
                end = t.get(c - 1).end();
                continue;
            }
            if (w.isVerbish(tok) && n > 0 && !nounVerb) break;
            // "360 killed and 900 injured", "18.7 per cent compared to": a participle with no noun after it
            // ("Two of the deceased were found": a noun in "-ed" after a determiner)
            if (n == 0 && !adjective && !tok.capitalized() && l.endsWith("ed") && l.length() > 4
                    && !(j > 0 && w.determiners.contains(t.get(j - 1).lower()) && w.edNouns.contains(l))) break;
            if (lx.timeUnits.contains(l) && n == 0) break;       // "12 strike days" keeps "days"
            // "in 60 cities throughout the country", right after the figure "9,900 meters down to", a date "by 3 percent Jan. 1": not a noun
            if (w.nounStops.contains(l) || n == 0 && (w.firstNounStops.contains(l) || tok.capitalized() && lx.months.containsKey(l)
                    && j + 1 < t.size() && (t.get(j + 1).isNum() || t.get(j + 1).is(".") && j + 2 < t.size() && t.get(j + 2).isNum()))) break;
            // "up from 440,000 six months earlier": a span of time after the figure, not its noun
            if (n == 0 && lx.numberWords.containsKey(l) && j + 1 < t.size() && lx.timeUnits.contains(t.get(j + 1).lower())) break;
            // "nine law lords rather than the usual five": the comparison's word is not the noun's
            if (n > 0 && j + 1 < t.size() && t.get(j + 1).is("than")) break;
            words.add(tok.text());
            end = tok.end();
            n++;
            j++;
        }
        // never end on a connective
        while (!words.isEmpty() && (words.get(words.size() - 1).equals("of") || words.get(words.size() - 1).equals("and"))) {
            words.remove(words.size() - 1);
        }
        pos[0] = j;
        return end;
    }

    /**
     * The object of a gerund after "of": "a 40% chance of lasting its full four-year term". At o[0]; if
     * there is one, adds it and sets o to the token after it and its end offset.
     */
    private boolean gerundObject(List<Tok> t, int[] o, List<String> words) {
        List<String> obj = new ArrayList<>();
        int x = o[0], content = 0, objEnd = o[1];
        if (x < t.size() && w.determiners.contains(t.get(x).lower())) obj.add(t.get(x++).lower());
        while (x < t.size() && content < 4) {
            Tok w2 = t.get(x);
            if (w2.is("-") && content > 0 && x + 1 < t.size() && t.get(x + 1).isWord()
                    && w2.start() == t.get(x - 1).end() && t.get(x + 1).start() == w2.end()) {
                obj.set(obj.size() - 1, obj.get(obj.size() - 1) + "-" + t.get(x + 1).text());
                objEnd = t.get(x + 1).end();
                x += 2;
                continue;
            }
            if (!w2.isWord() || lx.functionWords.contains(w2.lower()) || w.isVerbish(w2) || lx.reportingVerbs.contains(w2.lower())) break;
            obj.add(w2.text());
            objEnd = w2.end();
            content++;
            x++;
        }
        if (content == 0) return false;
        words.addAll(obj);
        o[0] = x;
        o[1] = objEnd;
        return true;
    }

    /** The start of the noun phrase ending at token k: words, with "of", "in", "the" inside it. */
    int backOver(List<Tok> t, int k) {
        int x = k;
        while (x >= 0 && k - x < 7) {
            Tok tok = t.get(x);
            if (!tok.isWord()) break;
            String l = tok.lower();
            // "US exports": an acronym is a name, not the function word it spells
            boolean acronym = tok.text().length() > 1 && tok.text().equals(tok.text().toUpperCase(Locale.ROOT));
            if (lx.functionWords.contains(l) && !w.nounInner.contains(l) && !acronym) break;
            // ("Figures showed exports down 2.3%": an evidential verb ends the noun phrase too)
            if (lx.reportingVerbs.contains(l) || lx.evidentialVerbs.contains(l) || lx.linkingVerbs.contains(l) && x < k) break;
            x--;
        }
        int a = x + 1;
        while (a <= k && (w.nounInner.contains(t.get(a).lower()) || lx.functionWords.contains(t.get(a).lower()))) a++;
        return a;
    }
}
