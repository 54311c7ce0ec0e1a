package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;
import java.util.Locale;

/**
 * {@code share-measure-before}: a share or a rate that no other rule gives a phrase, read from the measure its
 * clause names before the number. The figure stands after "be" ("Growth in farm output - the target of the
 * new subsidies - was 6.1% last year"), after "at" in a dash's aside ("Rents - at 4.2% - ..."), after "up"/"down" that
 * follow a comma, a dash or "be" ("Car sales were up 3%"), or after a comma and "to" ("..., to 4.1%");
 * the measure is the noun phrase that opens the clause, with its "in"/"of"/"at"/"on" complement but not a time
 * ("for the whole of 2004"), read past a dash's aside and the words after it ("was still high,"). A change ("up",
 * "down", a verb of change after the figure's dash) is the share of the measure's rise or fall. Read after
 * {@link CountedPhrase}'s own rules and {@link EconomicFigures}, where they leave the share without a phrase, or, after a comma or a dash, read back
 * the clause's predicate as its subject ("still modest last spring" for "Spending was still modest last spring, up 4.5%").
 */
final class CountedShareMeasures {

    private final CountedWords w;
    private final Lexicon lx;
    /** "in", "of", "at": a preposition that goes on with the measure's noun phrase ("growth in industrial output"). */
    private final java.util.Set<String> measurePreps = words("measure-preps");
    /** "whole", "previous": a word that makes a complement a time, not part of the measure ("for the whole of 2004"). */
    private final java.util.Set<String> periodWords = words("period-words");
    /** "and", "while": a word that opens a clause before its subject. */
    private final java.util.Set<String> clauseOpeners = words("clause-openers");
    /** "higher" -> rise, "lower" -> fall: a comparative right after a share that says it is a change. */
    private final ConceptLexicon comparativeChanges = ConceptLexicon.load("/lexicon/counted-comparative-changes.txt");
    /** "closed", "ended": a verb of a market's session before a share of its change ("closed 2.4% lower"). */
    private final java.util.Set<String> sessionVerbs = words("session-verbs");

    CountedShareMeasures(CountedWords w) {
        this.w = w;
        this.lx = w.lx;
    }

    private static java.util.Set<String> words(String name) {
        return java.util.Set.copyOf(Lexicon.lines("counted-" + name + ".txt"));
    }

    /** The share's phrase by the measure before it, or {@code r} when {@code r} names something or no measure is read. */
    CountedPhrase.Result read(String text, List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!m.unit.equals("%") && !m.unit.equals("pp")) return r;
        boolean none = r.text().isEmpty() || r.text().equalsIgnoreCase(m.unitWords);
        boolean readBack = r.rule().equals(CountedRule.SHARE_CHANGE.id) || r.rule().equals(CountedRule.SUBJECT_OF_VERB.id);
        String comparative = comparativeAfter(t, m);
        if (!none && !readBack && comparative == null) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        String l = t.get(k).lower();
        String change = null;
        CountedRule rule = CountedRule.SHARE_MEASURE_BEFORE;
        int end;                                                 // the measure is read back from the token before end
        boolean afterBreak = t.get(k - 1).is(",") || dash(t.get(k - 1));
        if (comparative != null && (w.copulas.contains(l) || lx.linkingVerbs.contains(l) || sessionVerbs.contains(l))) {
            // comparative-change: "Shares of the utility closed 2.4% lower", "Rents were 3% higher than a year ago"
            change = comparative;
            end = k;
            none = true;
            rule = CountedRule.COMPARATIVE_CHANGE;
        } else if (comparative != null && !none && !readBack) {
            return r;
        } else if ((l.equals("up") || l.equals("down")) && (afterBreak || w.copulas.contains(t.get(k - 1).lower()))) {
            change = w.changeNouns.first(List.of(l));
            end = k - 1;
        } else if (l.equals("at") && dash(t.get(k - 1)) || l.equals("to") && t.get(k - 1).is(",")) {
            end = k - 1;
        } else if (w.copulas.contains(l) || l.equals("at") && w.copulas.contains(t.get(k - 1).lower())) {
            end = l.equals("at") ? k - 1 : k;
        } else {
            return r;
        }
        if (change == null) change = changeAfter(t, m);
        int[] np = l.equals("to") && !dash(t.get(k - 1)) ? namedBeforeAside(t, end) : null;
        if (np != null) rule = CountedRule.MEASURE_BEFORE_ASIDE;
        else np = measure(t, clauseStart(t, end), end);
        if (np == null) return r;
        // "Spending was still high, up 4.5%": the words read back before the comma were the clause's predicate, not its subject
        if (!none && !(afterBreak && predicate(t, np[1], end))) return r;
        String measure = truecased(text, t, np[0], span(t, np[0], np[1]));
        String unit = m.unit.equals("pp") ? "percentage points" : CountedWords.unitName(m);
        // as CountedPhrase names a share: "pct rise in consumer prices", "growth in industrial output (pct)"
        String phrase = change == null || !change.equals("rise") && !change.equals("fall") ? measure + " (" + unit + ")" : unit + " " + change + " in " + measure;
        return new CountedPhrase.Result(phrase, r.end(), null, rule.id);
    }

    /** The change a comparative right after the share names ("2.4% lower": fall), else null. */
    private String comparativeAfter(List<Tok> t, Mention m) {
        int j = CountedWords.afterFigure(t, m);
        return j < t.size() && t.get(j).isWord() ? comparativeChanges.first(List.of(t.get(j).lower())) : null;
    }

    /** A linking verb between the measure and the end of its clause: the clause before a comma says something of the measure. */
    private boolean predicate(List<Tok> t, int from, int end) {
        for (int x = from; x < end; x++) if (t.get(x).isWord() && (w.copulas.contains(t.get(x).lower()) || lx.linkingVerbs.contains(t.get(x).lower()))) return true;
        return false;
    }

    /** "consumer prices - at 2.4% - rose": the change the verb right after the figure's aside names, else null. */
    private String changeAfter(List<Tok> t, Mention m) {
        int j = CountedWords.afterFigure(t, m);
        if (j + 1 >= t.size() || !dash(t.get(j)) || !t.get(j + 1).isWord() || t.get(j + 1).is("up") || t.get(j + 1).is("down")) return null;
        return lx.changeVerbs.contains(t.get(j + 1).lower()) ? w.changeNouns.first(List.of(t.get(j + 1).lower())) : null;
    }

    /** A dash between words ("output - the main target - was"), not a hyphen inside one. */
    private static boolean dash(Tok x) {
        return x.is("-") || x.is("–") || x.is("—");
    }

    /**
     * The first token of the clause that ends before {@code end}: after the sentence's start, a comma, a semicolon or
     * colon, "that", a reporting verb or a word that opens a clause ("and", "while"); a dash's aside ("- the main target
     * of ... -") is stepped over whole.
     */
    private int clauseStart(List<Tok> t, int end) {
        int x = end - 1;
        while (x >= 0 && end - x < 30) {
            Tok y = t.get(x);
            if (dash(y) && y.start() > 0) {
                int open = x - 1;
                while (open >= 0 && x - open < 25 && !dash(t.get(open))) open--;
                if (open >= 0 && dash(t.get(open))) {
                    x = open - 1;
                    continue;
                }
                return x + 1;
            }
            if (y.is(",") || y.is(";") || y.is(":") || y.is("that") || y.isWord() && (lx.reportingVerbs.contains(y.lower())
                    || clauseOpeners.contains(y.lower()))) return x + 1;
            x--;
        }
        return x + 1;
    }

    /**
     * The measure's noun phrase [start, end) from the clause's start: past determiners, its words up to a verb, a dash or
     * a comma, with the complement of a preposition of {@code counted-measure-preps.txt} that names no time; null when it
     * ends in no noun, names data ("Figures released ...") or is a pronoun ("It", "That").
     */
    private int[] measure(List<Tok> t, int s, int end) {
        int a = s;
        if (a < end && t.get(a).isWord() && clauseOpeners.contains(t.get(a).lower())) a++;
        while (a < end && t.get(a).isWord() && w.determiners.contains(t.get(a).lower())) a++;
        int x = a;
        int last = -1;
        while (x < end && x < a + 9) {
            Tok y = t.get(x);
            String l = y.isWord() ? y.lower() : "";
            if (y.is("-") && x > a && y.start() == t.get(x - 1).end() && x + 1 < end && t.get(x + 1).start() == y.end()) {
                x++;                                             // "year-on-year"
                continue;
            }
            if (!y.isWord() && !y.text().equals("'s") && !y.text().equals("’s")) break;
            if (measurePreps.contains(l)) {
                if (last < 0 || timeAfter(t, x + 1, end)) break;
                x++;
                continue;
            }
            if (w.determiners.contains(l) && last >= 0 && measurePreps.contains(t.get(x - 1).lower())) {
                x++;
                continue;
            }
            // "investment in fixed assets": a participle in a complement, before its noun, modifies it
            boolean modifier = w.isVerbish(y) && x > a && measurePreps.contains(t.get(x - 1).lower()) && x + 1 < end
                    && w.nounish(t.get(x + 1)) && !w.isVerbish(t.get(x + 1));
            if (lx.functionWords.contains(l) || lx.linkingVerbs.contains(l) || w.modals.contains(l) || w.auxBeforeVerb.contains(l)
                    || w.isVerbish(y) && !modifier || w.adverbs.contains(l) || lx.timeUnits.contains(l) || lx.months.containsKey(l)) break;
            if (w.nounish(y)) last = x;
            x++;
        }
        if (last < 0) return null;
        if (last == a && lx.dataNouns.contains(t.get(a).lower())) return null;
        return new int[] {a, last + 1};
    }

    /** The complement at x names a time: a number, a month, a unit of time or a word of {@code counted-period-words.txt}. */
    private boolean timeAfter(List<Tok> t, int x, int end) {
        while (x < end && t.get(x).isWord() && w.determiners.contains(t.get(x).lower())) x++;
        if (x >= end) return true;
        Tok y = t.get(x);
        String l = y.lower();
        return y.isNum() || lx.months.containsKey(l) || lx.weekdays.containsKey(l) || lx.timeUnits.contains(l) || periodWords.contains(l);
    }

    /** The measure as written, its first word in lower case where it only opens the sentence ("Growth in ..." -> "growth in ..."). */
    private static String truecased(String text, List<Tok> t, int a, String measure) {
        if (a != 0 || !t.get(0).capitalized()) return measure;
        String first = t.get(0).text();
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.equals(first) || !WrittenWords.asWord(text, lower)) return measure;
        return lower + measure.substring(first.length());
    }

    /**
     * measure-before-aside: "raised its target for the discount rate, the interest it charges lenders, to 4.25%": the
     * comma at {@code comma} closes an aside that opens with "the", "a" or "an" after a comma; the measure is the noun
     * phrase before that aside (a noun, with the nouns, adjectives, determiners and measure prepositions before it), not
     * what the aside says. Null when there is no such aside or no noun before it.
     */
    private int[] namedBeforeAside(List<Tok> t, int comma) {
        int open = comma - 1;
        while (open > 0 && comma - open < 14 && !t.get(open).is(",")) open--;
        if (open < 2 || !t.get(open).is(",") || comma - open < 3) return null;
        Tok first = t.get(open + 1);
        if (!first.is("the") && !first.is("a") && !first.is("an")) return null;
        int last = open - 1;
        if (!t.get(last).isWord() || !w.nounish(t.get(last)) || w.isVerbish(t.get(last)) || lx.functionWords.contains(t.get(last).lower())) return null;
        int a = last;
        while (a > 0 && last - a < 7) {
            Tok y = t.get(a - 1);
            if (!y.isWord()) break;
            String l = y.lower();
            boolean inner = measurePreps.contains(l) || w.determiners.contains(l) && !w.owners.contains(l);
            if (!inner && (lx.functionWords.contains(l) || w.isVerbish(y) || !w.nounish(y) || y.capitalized())) break;
            a--;
        }
        while (a < last && (measurePreps.contains(t.get(a).lower()) || w.determiners.contains(t.get(a).lower()))) a++;
        return new int[] {a, last + 1};
    }
}
