package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;

/**
 * A share that is the size of a change named by what changed, where what changed is not the noun after the share:
 * {@code counted.change-of-object} ("The council cut its water bill 12 percent" -> "percent cut in water bill", "will
 * raise fees for day visitors by 5 percent" -> "percent rise in fees for day visitors": the object of a verb that
 * changes it, {@code counted-object-change-verbs.txt}) and {@code counted.change-of-it} ("Attendance has fallen for
 * years (it fell 8 percent in 2020 alone)" -> "percent fall in Attendance": "it" before a verb of change takes the
 * subject of the same change named before it in the sentence). Read after the other rules, over a share whose phrase
 * names no noun after it.
 */
final class CountedObjectChanges {

    /** Words at most in what changed. */
    private static final int WHAT = 7;

    private final CountedWords w;
    private final NounPhrases nouns;
    private final ConceptLexicon objectVerbs = ConceptLexicon.load("/lexicon/counted-object-change-verbs.txt");
    /** "although", "while": words that open a clause before its subject (lexicon/counted-clause-openers.txt). */
    private final java.util.Set<String> clauseOpeners = java.util.Set.copyOf(Lexicon.lines("counted-clause-openers.txt"));

    CountedObjectChanges(CountedWords w, NounPhrases nouns) {
        this.w = w;
        this.nouns = nouns;
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (r.noun() != null || !m.unit.equals("%") && !m.unit.equals("pp")) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        if (t.get(k).is("by")) k--;
        String unit = m.unit.equals("pp") ? "percentage points" : CountedWords.unitName(m);
        String object = object(t, k);
        if (object != null) {
            return new CountedPhrase.Result(unit + " " + object, r.end(), null, CountedRule.CHANGE_OF_OBJECT.id);
        }
        String it = itsChange(t, k);
        return it == null ? r : new CountedPhrase.Result(unit + " " + it, r.end(), null, CountedRule.CHANGE_OF_IT.id);
    }

    /** "cut its water bill" ending at k: "cut in water bill"; null when no verb of {@code counted-object-change-verbs.txt} opens a noun phrase ending at k. */
    private String object(List<Tok> t, int k) {
        Tok last = t.get(k);
        if (!last.isWord() || w.lx.functionWords.contains(last.lower()) || w.nounInner.contains(last.lower()) || !w.nounish(last)
                || last.lower().endsWith("ly")) return null;
        for (int v = k - 1; v >= 0 && k - v <= WHAT + 1; v--) {
            Tok y = t.get(v);
            if (!y.isWord()) return null;
            String change = objectVerbs.first(List.of(y.lower()));
            if (change != null) {
                // "a sales increase of": a noun after a determiner, not the verb
                if (v > 0 && (w.determiners.contains(t.get(v - 1).lower()) || w.owners.contains(t.get(v - 1).lower()))) return null;
                int a = v + 1;
                while (a < k && (w.determiners.contains(t.get(a).lower()) || w.owners.contains(t.get(a).lower()))) a++;
                Tok first = t.get(a);
                if (w.lx.functionWords.contains(first.lower()) || first.lower().endsWith("ly") || w.isVerbish(first) && a == k) return null;
                return change + " in " + span(t, a, k + 1);
            }
            String l = y.lower();
            if (w.lx.functionWords.contains(l) && !w.nounInner.contains(l) && !w.determiners.contains(l) && !w.owners.contains(l)
                    && !l.equals("to") && !l.equals("for")) return null;
        }
        return null;
    }

    /** "(it fell 8 percent", the verb of change at k after "it": "fall in" the subject of that change named before it; else null. */
    private String itsChange(List<Tok> t, int k) {
        String change = w.changeNouns.first(List.of(t.get(k).lower()));
        if (!"rise".equals(change) && !"fall".equals(change) || t.get(k).is("up") || t.get(k).is("down")) return null;
        int s = k - 1;
        while (s >= 0 && t.get(s).isWord() && (w.copulas.contains(t.get(s).lower()) || t.get(s).is("has") || t.get(s).is("had")
                || t.get(s).is("have"))) s--;
        if (s < 1 || !t.get(s).is("it")) return null;
        for (int u = s - 1; u >= 1; u--) {
            if (!t.get(u).isWord() || !change.equals(w.changeNouns.first(List.of(t.get(u).lower())))) continue;
            int x = u - 1;
            while (x >= 0 && t.get(x).isWord() && (w.copulas.contains(t.get(x).lower()) || t.get(x).is("has") || t.get(x).is("had")
                    || t.get(x).is("have") || w.modals.contains(t.get(x).lower()))) x--;
            if (x < 0 || !t.get(x).isWord() || w.lx.functionWords.contains(t.get(x).lower()) || !w.nounish(t.get(x))) return null;
            int a = nouns.backOver(t, x);
            // (not the word that opens the clause: "Although thefts have fallen ... (they fell")
            while (a < x && t.get(a).isWord() && clauseOpeners.contains(t.get(a).lower())) a++;
            if (a > x || x - a >= WHAT) return null;
            return change + " in " + span(t, a, x + 1);
        }
        return null;
    }
}
