package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;

/**
 * What a figure with no noun after it measures, read as the subject or object of the verb before it
 * ("Consumer prices rose 3.2%", "the rate stands at 5.91%", "holds rates at 5.25%", "Payments will be
 * limited to $900m"), or as the noun before its "of" ("a depth of 18 kilometers"). Split from
 * {@link CountedMeasures}, which reads scales and measure nouns.
 */
final class CountedSubjects {

    private final CountedWords w;
    private final Lexicon lx;
    private final NounPhrases nouns;
    /** counted.level-of-object: the most words from the verb to the noun before "to". */
    private static final int OBJECT_WORDS = 10;
    private final ConceptLexicon objectVerbs = ConceptLexicon.load("/lexicon/counted-object-change-verbs.txt");
    /** counted.level-after-change: the words of a period a change is said of ("the third quarter", "the first half"). */
    private final java.util.Set<String> changePeriods = java.util.Set.copyOf(Lexicon.lines("counted-change-periods.txt"));
    private final java.util.Set<String> periodWords = java.util.Set.copyOf(Lexicon.lines("counted-period-words.txt"));
    /** The signs of currencies.txt ("$", "C$", "€"): a sum's sign. */
    private final java.util.Set<String> currencySigns;
    /** The hedges of several words before a figure (hedges.txt: "as much as"), split into their words once. */
    private final List<String[]> hedgesOfWords = new java.util.ArrayList<>();

    CountedSubjects(CountedWords words, NounPhrases nouns) {
        this.w = words;
        this.lx = words.lx;
        this.nouns = nouns;
        java.util.Set<String> signs = new java.util.HashSet<>();
        for (Lexicon.Phrase c : lx.currencies) signs.add(c.text());
        this.currencySigns = java.util.Set.copyOf(signs);
        for (String h : lx.hedgesBefore.keySet()) {
            String[] ws = h.split(" ");
            if (ws.length > 1) hedgesOfWords.add(ws);
        }
    }

    /**
     * What a figure with no noun after it measures, read before it: the subject of a linking verb
     * ("Consumer prices rose 3.2%", "the rate stands at 5.91%", "borrowing came in at £120.7bn",
     * "the fire could spread to 500,000 acres", "Los Angeles, which covers 300,000 acres"), the
     * object of "at"/"to" ("holds rates at 5.25%", "raise the retirement age to 64") or the noun
     * of an "of" ("a depth of 18 kilometers").
     */
    String subject(List<Tok> t, Mention m) {
        if (placeAfterDistance(t, m)) return null;
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
        int moved = fromToVerb(t, k, prep);
        if (moved >= 0) {
            k = moved;                                           // "the deficit shrank from 27% to 19%": the verb's subject
            prep = null;
        }
        if (k < 0 || !t.get(k).isWord()) return null;
        if (prep != null && k > 0 && t.get(k).is("in") && lx.linkingVerbs.contains(t.get(k - 1).lower())) k--;   // "came in at"
        k = w.backOverAdverbs(t, k);                             // "rose even faster by 16.3%", "remained steady at"
        if (k < 0 || !t.get(k).isWord()) return null;
        Tok v = t.get(k);
        String vl = v.lower();
        boolean modal = k > 0 && w.modals.contains(t.get(k - 1).lower()) && !lx.functionWords.contains(vl);
        // passive-to-level: "Payments will be limited to 947 mln dlrs", "The rate was cut to 2%": the passive's subject
        boolean passiveTo = "to".equals(prep) && k > 1 && w.copulas.contains(t.get(k - 1).lower()) && !v.capitalized()
                && (vl.endsWith("ed") && vl.length() > 4 || lx.irregularPast.contains(vl));
        boolean verb = lx.linkingVerbs.contains(vl) || modal || passiveTo || moved >= 0
                // "the jobless rate stayed at 5.4%", "shares closed at 616"
                || prep != null && w.levelVerbs.contains(vl)
                // "Maximum sustained winds were recorded at 50 mph", "the damage was put at $2 billion"
                || prep != null && prep.equals("at") && k > 0 && w.copulas.contains(t.get(k - 1).lower()) && !v.capitalized()
                    && (vl.endsWith("ed") || lx.irregularPast.contains(vl))
                || v.capitalized() && lx.eventVerb(vl) != null && !lx.functionWords.contains(vl)
                || prep == null && !lx.functionWords.contains(vl) && !v.capitalized() && (vl.endsWith("s") || vl.endsWith("ed"))
                // counted.irregular-change: "the herd shrank 30 percent", "sales fell 4%": a verb of change with no regular ending
                || prep == null && !v.capitalized() && !vl.equals("up") && !vl.equals("down") && w.changeNouns.first(List.of(vl)) != null;
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
        x = overRelativeBetweenCommas(t, x);
        if (gluedToNumber(t, x)) return null;                   // "$55.5bn, up 9%": the figure before, no subject
        if (!t.get(x).isWord() || lx.functionWords.contains(t.get(x).lower()) || lx.reportingVerbs.contains(t.get(x).lower())) return null;
        int a = nouns.backOver(t, x);
        // "payments on Ecuador's 8.16 billion dlr foreign debt will be limited to": the words read back
        // end a figure's own phrase, not the passive's subject
        if (passiveTo && a > 0 && a <= x && (t.get(a - 1).isNum() || w.isScaleWord(t.get(a - 1).lower()))) return null;
        return a > x ? null : span(t, a, x + 1);
    }

    /**
     * subject-past-relative: the noun before a relative clause set off by commas between the subject and its verb
     * ("The eastern district, which takes in the suburbs, was at 12%", "Its biggest lender, which was bailed out
     * in 2009, rose 4%"): the token before the clause's opening comma; x itself when no such clause ends at x.
     */
    private int overRelativeBetweenCommas(List<Tok> t, int x) {
        if (x < 3 || !t.get(x).is(",")) return x;
        for (int y = x - 1; y > 1 && x - y < 16; y--) {
            Tok o = t.get(y);
            if (!o.isWord() && !o.isNum() && !o.is("'s") && !o.is("’s") && !o.is("-")) return x;
            if (w.relativeOpeners.contains(o.lower()) && !o.is("that") && t.get(y - 1).is(",")) return y - 2;
        }
        return x;
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
            // (not "and" nor a figure's scale word: "assets of $223.5 million and deposits of": deposits)
            if (!y.isWord() || y.text().length() < 2 || y.capitalized() || !w.nounish(y) || w.isVerbish(y) || w.determiners.contains(y.lower())
                    || lx.functionWords.contains(y.lower()) || lx.timeUnits.contains(y.lower()) || y.is("and") || w.isScaleWord(y.lower())) break;
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

    /**
     * The verb of change before a share that ends at k ("rose 12.3%", "grew by more than 3 pct"), past a
     * month it is said of ("narrowed by 4.9% in December to"), or -1.
     */
    private int changeVerbBeforeShare(List<Tok> t, int k) {
        if (k > 1 && t.get(k - 1).is("in") && lx.months.containsKey(t.get(k).lower())) k -= 2;
        k = overChangePeriod(t, k);
        boolean share = false;
        int x = k, hedge;
        for (; x >= 0 && x > k - 7; x--) {
            Tok y = t.get(x);
            String l = y.lower();
            // counted.level-after-change: the change may be a sum too ("fell 68 cents to $75.34", "rose $1.2 billion to")
            if (y.is("%") || l.equals("pct") || l.equals("percent") || l.equals("cent") || l.equals("cents") || currencySigns.contains(y.text())) share = true;
            else if ((hedge = hedgeOfWords(t, x)) > 0) x -= hedge - 1;   // "climbed as much as 29 cents to"
            else if (!(y.isNum() || l.equals("per") || l.equals("by") || l.equals(".") || lx.hedgesBefore.containsKey(l)
                    || l.equals("than") || l.equals("more") || l.equals("less") || w.isScaleWord(l))) break;
        }
        x = w.backOverAdverbs(t, x);                             // "rose even faster by 16.3% to"
        // a verb of change, or one the counted change nouns know ("narrowed", "widened")
        return share && x >= 0 && t.get(x).isWord() && (lx.changeVerbs.contains(t.get(x).lower())
                || w.changeNouns.first(List.of(t.get(x).lower())) != null) ? x : -1;
    }

    /** The number of words of a hedge of several words (hedges.txt: "as much as") that ends at x, or 0. */
    private int hedgeOfWords(List<Tok> t, int x) {
        if (!t.get(x).isWord()) return 0;
        for (String[] ws : hedgesOfWords) {
            if (x + 1 < ws.length) continue;
            boolean all = true;
            for (int i = 0; i < ws.length && all; i++) all = t.get(x - ws.length + 1 + i).lower().equals(ws[i]);
            if (all) return ws.length;
        }
        return 0;
    }

    /**
     * counted.level-after-change: the period a change before "to" is said of ("fell 23.5 percent in the third quarter to
     * $34.6 billion", "rose 5% last year to"): the token before it, else k. A period is a unit of time or a noun of
     * {@code counted-change-periods.txt} after "in", "during", "this" or "last" and words of {@code counted-period-words.txt}.
     */
    private int overChangePeriod(List<Tok> t, int k) {
        if (k < 2 || !t.get(k).isWord() || !lx.timeUnits.contains(t.get(k).lower()) && !changePeriods.contains(t.get(k).lower())) return k;
        int x = k - 1;
        while (x > 0 && t.get(x).isWord() && (w.determiners.contains(t.get(x).lower()) || periodWords.contains(t.get(x).lower()))
                && !t.get(x).is("this") && !t.get(x).is("last")) x--;
        if (t.get(x).is("in") || t.get(x).is("during")) return x - 1;
        return t.get(x).is("this") || t.get(x).is("last") ? x - 1 : k;
    }

    /**
     * {@code from-to-level}: a figure in "VERB from X to Y" ("the deficit shrank from 27% to 19%", "exports
     * rose from $2bn to $3bn") with a verb of change or of moving between levels; both figures measure the
     * verb's subject.
     */
    boolean fromToLevel(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        if (k < 0 || !t.get(k).isWord()) return false;
        String prep = w.linkPreps.contains(t.get(k).lower()) ? t.get(k).lower() : null;
        return fromToVerb(t, prep == null ? k : k - 1, prep) >= 0;
    }

    /**
     * The verb before "from" of a figure whose token before it (past its hedge and a link preposition
     * prep) is k: "from" itself, or, after "to", the end of the figure "from" opens; else -1.
     */
    private int fromToVerb(List<Tok> t, int k, String prep) {
        if (k < 0) return -1;
        int f = -1;
        if (prep == null && t.get(k).is("from")) f = k;
        else if ("to".equals(prep)) {
            for (int x = k; x >= 0 && x > k - 7; x--) {
                Tok y = t.get(x);
                if (y.is("from")) { f = x; break; }
                String l = y.lower();
                if (!(y.isNum() || !y.isWord() || w.isScaleWord(l) || l.equals("pct") || l.equals("percent") || l.equals("per")
                        || l.equals("cent") || lx.hedgesBefore.containsKey(l))) break;
            }
            if (f == k) return -1;                               // "from to"
        }
        if (f < 1 || !t.get(f - 1).isWord() || t.get(f - 1).capitalized()) return -1;
        String v = t.get(f - 1).lower();
        if (v.equals("up") || v.equals("down")) return -1;      // "9,000, up from 6,000": an earlier level of the figure before
        return lx.changeVerbs.contains(v) || w.changeNouns.first(List.of(v)) != null || w.fromToVerbs.contains(v) ? f - 1 : -1;
    }

    /**
     * level-named-after: "brought to 12 the number of killings since the truce", "pushed to 40 the total of deaths": a verb
     * that brings a quantity to a level (lexicon/counted-push-verbs.txt) with the level told before the quantity; the
     * figure counts what the measure noun after it (lexicon/measure-nouns.txt) is of. The token after that "of", or j.
     */
    int levelNamedAfter(List<Tok> t, Mention m, int j) {
        int b = CountedWords.beforeHedge(t, m);
        if (b < 1 || !t.get(b).is("to") || !w.pushVerbs.contains(t.get(b - 1).lower()) || j + 3 >= t.size()) return j;
        boolean named = t.get(j).is("the") && lx.measureNouns.contains(t.get(j + 1).lower()) && t.get(j + 2).is("of");
        return named && t.get(j + 3).isWord() ? j + 3 : j;
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
            // "pushed the 10-month deficit to": a verb that brings a quantity to a level (lexicon/counted-push-verbs.txt),
            // before the noun phrase or inside what was read back as one (then the phrase starts after it)
            int v = -1;
            for (int x = Math.max(0, a - 3); x < k; x++) {
                if (lx.changeVerbs.contains(t.get(x).lower()) || w.pushVerbs.contains(t.get(x).lower())) v = x;
            }
            if (a > 0 && t.get(a - 1).is("from")) return null;     // "boosting shipments from zero to": the level it left
            int far = v < 0 ? objectChangeVerb(t, a, k) : -1;
            if (far >= 0) {
                // counted.level-of-object: "increase the cost of pay-offs at Iberia to", "cut the cost of moving crude to the Gulf Coast to"
                a = far + 1;
                while (a < k && (w.determiners.contains(t.get(a).lower()) || w.owners.contains(t.get(a).lower()))) a++;
                return a <= k && w.nounish(t.get(a)) ? span(t, a, k + 1) : null;
            }
            if (v < 0) return null;
            if (v >= a) {
                a = v + 1;
                while (a < k && w.determiners.contains(t.get(a).lower())) a++;
            }
        }
        return span(t, a, k + 1);
    }

    /**
     * counted.level-of-object: a verb that changes its object ({@code counted-object-change-verbs.txt}) or brings it to a
     * level ({@code counted-push-verbs.txt}) up to {@link #OBJECT_WORDS} words before the noun at k, before the noun
     * phrase that opens at a and past its complements ("of pay-offs at Iberia"), in one clause; -1 for none.
     */
    private int objectChangeVerb(List<Tok> t, int a, int k) {
        for (int x = a - 1; x >= 0 && k - x <= OBJECT_WORDS; x--) {
            Tok y = t.get(x);
            if (y.is("-") || y.is("'s") || y.is("’s")) continue;
            if (y.isWord() && (objectVerbs.first(List.of(y.lower())) != null || w.pushVerbs.contains(y.lower()))) return x;
            if (!y.isWord() || lx.linkingVerbs.contains(y.lower()) || lx.reportingVerbs.contains(y.lower()) || w.modals.contains(y.lower())) return -1;
        }
        return -1;
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


    /**
     * counted.distance-place-after: "The climbers camped with their guide 12 kilometers (7 miles) outside the village":
     * a distance followed (past its conversion in brackets) by the place it is measured from ("outside", "from", "off",
     * a direction "north of") is read with that place, not with a subject before it; not after a linking verb ("The
     * forces were 20 km from the town": the distance between the subject and the place).
     */
    private boolean placeAfterDistance(List<Tok> t, Mention m) {
        if (!w.distanceUnits.contains(m.unit.toLowerCase(java.util.Locale.ROOT))) return false;
        int b = beforeHedge(t, m);                               // "The forces were 20 km from the town": the subject is kept
        if (b >= 0 && t.get(b).isWord() && (w.copulas.contains(t.get(b).lower()) || lx.linkingVerbs.contains(t.get(b).lower()))) return false;
        int x = CountedWords.afterFigure(t, m);
        if (x < t.size() && t.get(x).is("(")) {
            int y = x + 1;
            while (y < t.size() && !t.get(y).is(")") && y < x + 6) y++;
            if (y < t.size() && t.get(y).is(")")) x = y + 1;
        }
        if (x + 1 >= t.size() || !t.get(x).isWord()) return false;
        return w.directionRun(t, x) > x || w.distancePreps.contains(t.get(x).lower()) && (t.get(x + 1).isWord() || t.get(x + 1).isNum());
    }
}
