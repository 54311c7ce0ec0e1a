package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;
import static io.claimwatch.extract.domain.CountedWords.span;

import java.util.List;
import java.util.Set;

/**
 * {@code counted.pay-of-subject}: a sum a month (a year, a week, an hour) after a verb of being paid
 * ({@code counted-pay-verbs.txt}: "get", "earn", "start at") is the pay of the verb's subject, not the currency it is
 * counted in: "the most junior nurse will start at 3,150 crowns a month" -> "most junior nurse pay a month", "A head
 * surgeon is to get a minimum of 41,000 crowns a month" -> "head surgeon minimum pay a month". A bare figure of such a
 * verb counts the same when a sum follows it in the clause ("The best paid start at 9,000, up from 8,200 crowns").
 * Read after the other rules, over a phrase that names only the sum's unit or the verb.
 */
final class CountedPay {

    private final CountedWords w;
    private final NounPhrases nouns;
    private final Set<String> payVerbs = Set.copyOf(Lexicon.lines("counted-pay-verbs.txt"));
    private final Set<String> currencyWords = Set.copyOf(Lexicon.lines("counted-currency-words.txt"));

    CountedPay(CountedWords w, NounPhrases nouns) {
        this.w = w;
        this.nouns = nouns;
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Prev prev, CountedPhrase.Result r) {
        if (m.unit.equals("%") || m.unit.equals("pp")) return r;
        int j = CountedWords.afterFigure(t, m);
        if (m.unit.isEmpty() && j < t.size() && currencyWords.contains(t.get(j).lower())) j++;    // "3,150 crowns"
        else if (r.noun() != null) return r;
        // "..., up from 2,900 crowns": the earlier level of the pay read for the figure before
        int f = m.tokStart - 1;
        if (j > m.tokEnd && f > 0 && t.get(f).is("from") && (t.get(f - 1).is("up") || t.get(f - 1).is("down")) && prev != null
                && prev.counted().contains(" pay")) {
            return new CountedPhrase.Result(prev.counted(), r.end(), null, CountedRule.PAY_OF_SUBJECT.id);
        }
        boolean rate = j + 1 < t.size() && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("per")) && w.lx.rateUnits.contains(t.get(j + 1).lower());
        if (!rate && !(m.unit.isEmpty() && j == m.tokEnd && earlierLevelFollows(t, j))) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        String bound = "";
        for (int y = k + 1; y < m.tokStart; y++) {
            if (t.get(y).is("minimum") || t.get(y).is("maximum")) bound = " " + t.get(y).lower();
        }
        boolean at = t.get(k).is("at");
        if (at) k--;
        if (k < 1 || !t.get(k).isWord() || !payVerbs.contains(t.get(k).lower()) || at != t.get(k).lower().startsWith("start")) return r;
        int x = k - 1;
        while (x >= 0 && t.get(x).isWord() && (w.modals.contains(t.get(x).lower()) || w.copulas.contains(t.get(x).lower())
                || t.get(x).is("to") && x > 0 && w.copulas.contains(t.get(x - 1).lower()))) x--;
        if (x < 0 || !t.get(x).isWord() || w.lx.functionWords.contains(t.get(x).lower())) return r;
        int a = nouns.backOver(t, x);
        if (a > x || x - a > 4) return r;
        String subject = span(t, a, x + 1);
        if (a == 0 && t.get(0).capitalized() && !w.properName(t.get(0))) subject = subject.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + subject.substring(1);
        String phrase = subject + bound + " pay" + (rate ? " " + t.get(j).lower() + " " + t.get(j + 1).lower() : "");
        return new CountedPhrase.Result(phrase, rate ? t.get(j + 1).end() : r.end(), null, CountedRule.PAY_OF_SUBJECT.id);
    }

    /** An earlier level "up from" or "down from" within the next few tokens of the clause ("9,000, up from 8,200 crowns"). */
    private static boolean earlierLevelFollows(List<Tok> t, int j) {
        for (int y = j; y < t.size() && y < j + 6; y++) {
            if (t.get(y).is(";") || t.get(y).is(".")) return false;
            if (t.get(y).isNum() && y >= 2 && t.get(y - 1).is("from") && (t.get(y - 2).is("up") || t.get(y - 2).is("down"))) return true;
        }
        return false;
    }
}
