package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule money-given of {@link EconomicFigures}: a sum after a verb that gives, spends, pays or raises it
 * ({@code keys/money-verbs.txt}) counts what it is, to whom and by whom, never "sum" or its currency alone; a sum
 * no verb gives to anyone is read by {@link MoneyWhat}.
 */
final class MoneyGiven {

    private final CountedWords w;
    private final Lexicon lx;
    private final ConceptLexicon moneyVerbs = ConceptLexicon.load("/keys/money-verbs.txt");
    private final MoneyWhat moneyWhat;

    MoneyGiven(CountedWords w) {
        this.w = w;
        this.lx = w.lx;
        this.moneyWhat = new MoneyWhat(w, moneyVerbs);
    }

    /** "gave the party a sum of £500,000", "spent £2.36m on the campaign": what the sum is, to whom, by whom. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        // a phrase of its own ("pushed the quarterly deficit to $214bn") stays; "sum", a verb alone or nothing does not
        String own = r.text().toLowerCase(Locale.ROOT);
        CountedPhrase.Result linked = moneyWhat.linked(t, m, r);      // "a fine of €300,000": the fine, unless r names money
        if (linked != null) return linked;
        if (!own.isEmpty() && !own.startsWith("sum") && moneyVerbs.first(List.of(own)) == null && !w.namesNoNoun(own)) return r;
        int k = beforeHedge(t, m);
        int v = -1;
        String what = null;
        for (int x = k; x >= 0 && k - x < 6 && t.get(x).isWord(); x--) {
            what = moneyVerbs.first(List.of(t.get(x).lower()));
            if (what != null) {
                v = x;
                break;
            }
        }
        if (v < 0) return moneyWhat.of(t, m, r);
        StringBuilder p = new StringBuilder(what);
        // the recipient between the verb and the sum ("gave the party a sum of"), else after it ("to the party")
        List<String> to = new ArrayList<>();
        List<String> verb = List.of(what.split(" "));       // "brought in": its particle is no recipient
        for (int x = v + 1; x <= k && !EconomicFigures.is("sum-word", t.get(x).lower()); x++) {
            if (!w.particles.contains(t.get(x).lower()) && !verb.contains(t.get(x).lower())) to.add(t.get(x).text());
        }
        if (!to.isEmpty() && !what.equals("spent")) p.append(" to ").append(String.join(" ", to));
        int a = m.tokEnd;
        if (a < t.size() && EconomicFigures.is("recipient-prep", t.get(a).lower())) {
            List<String> obj = new ArrayList<>(List.of(t.get(a).lower()));
            for (int x = a + 1; x < t.size() && x < a + 5 && t.get(x).isWord(); x++) {
                String l = t.get(x).lower();
                if (lx.functionWords.contains(l) && !EconomicFigures.is("determiner", l) || lx.timeAdverbs.contains(l)) break;
                obj.add(t.get(x).text());
            }
            if (obj.size() > 1) p.append(' ').append(String.join(" ", obj));
        }
        int e = v - 1;
        if (e >= 0 && (t.get(e).is("who") || t.get(e).is("which"))) e--;
        int b = e;
        while (b >= 0 && e - b < 4 && t.get(b).capitalized() && !lx.functionWords.contains(t.get(b).lower())) b--;
        if (b < e) {
            List<String> by = new ArrayList<>();
            for (int x = b + 1; x <= e; x++) by.add(t.get(x).text());
            p.append(" by ").append(String.join(" ", by));
        }
        if (p.length() == what.length()) return moneyWhat.of(t, m, r);   // "has paid out about 300 million euros": nothing of whom
        return new CountedPhrase.Result(p.toString(), r.end(), null, EconomicFigures.Rule.MONEY_GIVEN.id);
    }
}
