package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a share's phrase is named once the noun-phrase rules have read it: the whole it is a share of and the part
 * ({@code counted.share-of-whole}), and its unit as the wires abbreviate it.
 */
final class CountedShareNames {

    /** Words at most in the part a share of a whole names ("are unhappy with the new rules"). */
    static final int PART = 8;

    private final CountedWords w;
    /** "residents", "voters": nouns of people, whose part is said with "who" ("residents who are black"). */
    private final Set<String> personNouns = Set.copyOf(Lexicon.lines("counted-person-nouns.txt"));

    CountedShareNames(CountedWords w) {
        this.w = w;
    }

    /**
     * {@code counted.share-of-whole}: "64% of tenants are unhappy with the new rules" -> "tenants who are unhappy with the
     * new rules": a share "of" a noun that is the subject of a verb in the past or of "be" names the whole and the
     * part the predicate says, to the clause's end and at most {@value #PART} words; shares coordinated with it share
     * the predicate after the last ("85% of stops, 90% of fines and 93% of arrests involved tourists"), the last keeping a
     * verb read with its object already; not "be" before a preposition ("were in adults"), not after "with"
     * ("with 90% of ballots counted": a clause with no predicate). Else {@code r}.
     */
    CountedPhrase.Result part(String text, List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!m.unit.equals("%") || r.noun() == null || !(r.rule().equals(CountedRule.NOUN_AFTER_FIGURE.id)
                || r.rule().equals(CountedRule.NOUN_VERB_AFTER.id))) return r;
        int before = CountedWords.beforeHedge(t, m);
        if (before >= 0 && t.get(before).is("with")) return r;   // "With 90% of ballots counted, ...": no predicate
        int j = 0;
        while (j < t.size() && t.get(j).start() < m.end) j++;
        if (j >= t.size() || !t.get(j).is("of")) return r;
        // the noun within 20 chars after "of" (not looked for on to the text's end)
        int of = t.get(j).end();
        int at = r.noun().isEmpty() ? of : TextSearch.indexOf(text, r.noun(), of, Math.min(text.length(), of + 20 + r.noun().length()));
        if (at < 0) return r;
        int n = j;
        while (n < t.size() && t.get(n).start() < at + r.noun().length()) n++;
        String whole = r.text().endsWith(r.noun()) ? r.text() : r.noun();   // "percent of homes", as the share was read
        if (r.rule().equals(CountedRule.NOUN_VERB_AFTER.id) && n < t.size() && !r.text().equals(r.noun() + " " + t.get(n).text())
                && !(pastVerb(t.get(n)) && predicate(t, n + 1))) return r;   // the verb after the noun read with its object already
        int k = n;
        if (n < t.size() && pastVerb(t.get(n)) && predicate(t, n + 1)) {
            whole = r.noun() + " " + t.get(n).text();            // "93% of people arrested were black": the whole is "people arrested"
            k = n + 1;
        } else if (!predicate(t, n)) {
            k = pastCoordinatedShares(t, n);
            if (k == n) return r;
        }
        if (k >= t.size()) return r;                                  // the shares' list runs to the text's end: no predicate
        if (w.copulas.contains(t.get(k).lower()) && k + 1 < t.size() && w.copulaPreps.contains(t.get(k + 1).lower())) return r;   // "were in adults"
        int v = k;
        if (v + 1 < t.size() && (t.get(v).is("have") || t.get(v).is("has") || t.get(v).is("had")) && pastVerb(t.get(v + 1))) v++;
        if (!predicate(t, k)) return r;
        int e = k;
        while (e < t.size() && e - k < PART && !clauseEnd(t, e)) e++;
        while (e > v + 1 && w.lx.functionWords.contains(t.get(e - 1).lower())) e--;
        if (e <= v + (w.copulas.contains(t.get(v).lower()) ? 1 : 0)) return r;   // "are" alone says no part
        String predicate = text.substring(t.get(k).start(), t.get(e - 1).end()).replaceAll("\\s+", " ");
        String noun = r.noun();
        String last = noun.substring(noun.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String ing = v == k && !personNouns.contains(last) ? ing(t.get(k).lower()) : null;
        String said = ing != null ? whole + " " + ing + predicate.substring(t.get(k).text().length())
                : whole + (personNouns.contains(last) ? " who " : " that ") + predicate;
        return new CountedPhrase.Result(said, t.get(e - 1).end(), noun, CountedRule.SHARE_OF_WHOLE.id);
    }

    /**
     * A thing's part said by a regular verb in the past is said in "-ing" ("stops involving tourists", "cases ending in
     * a fine"): "involved" -> "involving", "carried" -> "carrying", "agreed" -> "agreeing"; null for an irregular past.
     */
    private String ing(String past) {
        if (w.lx.irregularPast.contains(past) || !past.endsWith("ed")) return null;
        if (past.endsWith("ied")) return past.substring(0, past.length() - 3) + "ying";
        if (past.endsWith("eed")) return past.substring(0, past.length() - 1) + "ing";
        return past.substring(0, past.length() - 2) + "ing";
    }

    /** A predicate at k: a form of "be", a verb in the past, or "have" before one. */
    private boolean predicate(List<Tok> t, int k) {
        if (k >= t.size()) return false;
        if (k + 1 < t.size() && (t.get(k).is("have") || t.get(k).is("has") || t.get(k).is("had")) && pastVerb(t.get(k + 1))) return true;
        return w.copulas.contains(t.get(k).lower()) || pastVerb(t.get(k)) || t.get(k).is("had") || t.get(k).is("have") || t.get(k).is("has");
    }

    /** Past ", 90% of fines" and "and 93% of arrests" after the share's noun, to the predicate they share. */
    private int pastCoordinatedShares(List<Tok> t, int k) {
        for (int n = 0; n < 6 && k < t.size() && (t.get(k).is(",") || t.get(k).is("and")); n++) {
            int y = k + 1;
            if (t.get(k).is(",") && y < t.size() && t.get(y).is("and")) y++;
            if (y + 2 >= t.size() || !t.get(y).isNum() || !t.get(y + 1).is("%") || !t.get(y + 2).is("of")) return k;
            y += 3;
            int from = y;
            while (y < t.size() && y - from < 5 && (t.get(y).isWord() && !pastVerb(t.get(y)) && !w.copulas.contains(t.get(y).lower())
                    && !t.get(y).is("and") || t.get(y).is("-") && t.get(y).start() == t.get(y - 1).end())) y++;
            if (y == from) return k;
            k = y;
        }
        return k;
    }

    /** A lower-case verb in the past: "-ed" or an irregular past ("found", "said"). */
    private boolean pastVerb(Tok k) {
        String l = k.lower();
        return k.isWord() && !k.capitalized() && (l.endsWith("ed") && l.length() > 3 || w.lx.irregularPast.contains(l));
    }

    /** Where the clause of the part ends: a stop, a comma, a bracket, a spaced dash, or "and"/"but" before another clause. */
    private static boolean clauseEnd(List<Tok> t, int e) {
        Tok k = t.get(e);
        if (k.is("-") || k.is("–") || k.is("—")) return e == 0 || k.start() != t.get(e - 1).end();
        if (k.isWord() || k.isNum()) return (k.is("and") || k.is("but") || k.is("while")) && e + 1 < t.size() && t.get(e + 1).isNum()
                || k.is("while") || k.is("whereas") || k.is("compared");
        return !k.is("'") && !k.is("’");
    }

    /**
     * A share's phrase names its unit as the wires abbreviate it: "pct rise in exports", "pct
     * contained", "all bridges (pct)" for "7.5% of all bridges" (in brackets, as any unit of a figure
     * that is a measure, not a count); "percent" where the article writes it so. A phrase that names
     * nothing of its own ("", a bare measure noun: "figure") stays as it is, to be read as referring
     * to the figure before it.
     */
    CountedPhrase.Result unitNamed(CountedPhrase.Result r, Mention m) {
        String unit = CountedWords.unitName(m);
        String phrase = r.text();
        if (unit.equals(m.unitWords) || phrase.isEmpty() || phrase.equalsIgnoreCase(m.unitWords)
                || w.lx.measureNouns.contains(phrase.toLowerCase(Locale.ROOT))) return r;
        if (!m.unitWords.isEmpty() && phrase.startsWith(m.unitWords)) {
            phrase = unit + phrase.substring(m.unitWords.length());   // "per cent" -> "pct"
        } else if (!w.namesShare(phrase)) {
            phrase = phrase + " (" + unit + ")";
        }
        return new CountedPhrase.Result(phrase, r.end(), r.noun(), r.rule());
    }
}
