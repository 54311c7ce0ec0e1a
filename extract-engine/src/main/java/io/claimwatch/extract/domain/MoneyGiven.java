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

    /** The reader of what a sum no verb gives is ({@link MoneyDeals} reads around a sum as it does). */
    MoneyWhat what() {
        return moneyWhat;
    }

    /** "gave the party a sum of £500,000", "spent £2.36m on the campaign": what the sum is, to whom, by whom. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        // a phrase of its own ("pushed the quarterly deficit to $214bn") stays; "sum", a verb alone or nothing does not
        String own = r.text().toLowerCase(Locale.ROOT);
        CountedPhrase.Result linked = moneyWhat.linked(t, m, r);      // "a fine of €300,000": the fine, unless r names money
        if (linked != null) return linked;
        int k = moneyWhat.before(t, m);                                // a conversion in brackets: before the sum it converts
        int v = -1;
        String what = null;
        for (int x = k; x >= 0 && k - x < 6 && t.get(x).isWord(); x--) {
            what = moneyVerbs.first(List.of(t.get(x).lower()));
            if (what != null) {
                v = x;
                break;
            }
        }
        // money-verb-over-subject: "Britain pledges £1bn", "the sector was spending £60m": the verb right before the sum
        // says what it is, not the verb's subject the counted rules read
        boolean over = v >= 0 && rightBefore(t, v, k) && (CountedRule.SUBJECT_OF_VERB.id.equals(r.rule()) || CountedRule.VERB_BEFORE.id.equals(r.rule()));
        if (over && moneyWhat.nounAfter(t, m) != null) return moneyWhat.of(t, m, r);   // "will pay a €3 congestion charge": the charge
        if (!over && !own.isEmpty() && !own.startsWith("sum") && moneyVerbs.first(List.of(own)) == null && !w.namesNoNoun(own)) return r;
        if (v < 0) return moneyWhat.of(t, m, r);
        StringBuilder p = new StringBuilder(what);
        // the recipient between the verb and the sum ("gave the party a sum of"), else after it ("to the party")
        List<String> to = new ArrayList<>();
        List<String> verb = List.of(what.split(" "));       // "brought in": its particle is no recipient
        for (int x = v + 1; x <= k && !EconomicFigures.is("sum-word", t.get(x).lower()); x++) {
            if (!w.particles.contains(t.get(x).lower()) && !verb.contains(t.get(x).lower())) to.add(t.get(x).text());
        }
        if (!to.isEmpty() && !what.equals("spent")) p.append(" to ").append(String.join(" ", to));
        int a = moneyWhat.after(t, m);
        // "£60m a year on research": the period the sum is a rate of; "£960m over 15 years to the scheme": the recipient after
        int period = moneyWhat.period(t, a);
        if (period > a) {
            for (int x = a; x < period; x++) p.append(' ').append(t.get(x).lower());
            a = period;
        }
        if (a + 3 < t.size() && (t.get(a).is("over") || t.get(a).is("within")) && t.get(a + 1).isNum()
                && lx.timeUnits.contains(t.get(a + 2).lower())) a += 3;
        if (a < t.size() && EconomicFigures.is("recipient-prep", t.get(a).lower())) {
            List<String> obj = new ArrayList<>(List.of(t.get(a).lower()));
            int o = a + 1 < t.size() && QUOTES.contains(t.get(a + 1).text()) ? a + 2 : a + 1;   // "on “stuffed toys”"
            for (int x = o; x < t.size() && x < o + 4 && t.get(x).isWord(); x++) {
                String l = t.get(x).lower();
                if (lx.functionWords.contains(l) && !EconomicFigures.is("determiner", l) || lx.timeAdverbs.contains(l)
                        || over && EconomicFigures.is("subject-stop", l)) break;
                obj.add(t.get(x).text());
            }
            if (obj.size() > 1) p.append(' ').append(String.join(" ", obj));
        }
        String subject = over && CountedRule.SUBJECT_OF_VERB.id.equals(r.rule()) ? giver(r.text()) : "";
        if (!subject.isEmpty()) return new CountedPhrase.Result(p + " by " + subject, r.end(), null, EconomicFigures.Rule.MONEY_VERB_OVER_SUBJECT.id);
        int e = v - 1;
        while (over && e >= 0 && EconomicFigures.is("auxiliary", t.get(e).lower())) e--;   // "Britain has pledged"
        if (e >= 0 && (t.get(e).is("who") || t.get(e).is("which"))) e--;
        int b = e;
        while (b >= 0 && e - b < 4 && t.get(b).capitalized() && !lx.functionWords.contains(t.get(b).lower())) b--;
        if (b < e) {
            List<String> by = new ArrayList<>();
            for (int x = b + 1; x <= e; x++) by.add(t.get(x).text());
            p.append(" by ").append(String.join(" ", by));
        }
        if (p.length() == what.length()) {       // "has paid out about 300 million euros": nothing of whom
            CountedPhrase.Result named = moneyWhat.of(t, m, r);
            // "would pay 30,000 dirhams": the phrase of the verb before the sum ("dirhams paid") says more than the verb
            if (over && named == r && CountedRule.VERB_BEFORE.id.equals(r.rule())) return r;
            return over && named == r ? new CountedPhrase.Result(what, r.end(), null, EconomicFigures.Rule.MONEY_VERB_OVER_SUBJECT.id) : named;
        }
        return new CountedPhrase.Result(p.toString(), r.end(), null, (over ? EconomicFigures.Rule.MONEY_VERB_OVER_SUBJECT : EconomicFigures.Rule.MONEY_GIVEN).id);
    }

    /**
     * money-conversion: "increasing aid flows by over $50 billion (£27bn)": a conversion in brackets that no rule reads
     * is the same amount as the sum before it, so it counts what the sum counts ({@code prev}: the figure before it).
     */
    CountedPhrase.Result converted(List<Tok> t, Mention m, CountedPhrase.Prev prev, CountedPhrase.Result r) {
        if (!r.text().isEmpty() || prev == null || prev.counted().isEmpty() || !lx.currencyCodes.contains(prev.unit())
                || prev.unit().equals(m.unit)) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).is("(") || !t.get(k - 1).isWord() && !t.get(k - 1).isNum()) return r;
        return new CountedPhrase.Result(prev.counted(), r.end(), prev.noun(), EconomicFigures.Rule.MONEY_CONVERSION.id);
    }

    /** The subject the counted rules read before a verb that gives ("Labour and the Conservatives spent"): the giver, without the verb. */
    private String giver(String subject) {
        List<String> words = new ArrayList<>(List.of(subject.split(" ")));
        while (!words.isEmpty() && (moneyVerbs.first(List.of(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) != null
                || EconomicFigures.is("auxiliary", words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) words.remove(words.size() - 1);
        return String.join(" ", words);
    }

    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "\u201c", "\u2018", "``");

    /** Whether only words that belong to the sum ("an extra", "only") stand between the verb at {@code v} and {@code k}. */
    private static boolean rightBefore(List<Tok> t, int v, int k) {
        for (int x = v + 1; x <= k; x++) if (!EconomicFigures.is("sum-word", t.get(x).lower())) return false;
        return true;
    }
}
