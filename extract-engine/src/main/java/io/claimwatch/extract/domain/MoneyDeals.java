package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a sum after "for" is when a verb of a deal or a suit before it in its sentence names what it was for
 * ({@code keys/money-deal-verbs.txt}): "sold the plant to a rival for $2bn" is the sum paid for the plant, "sued the
 * city for $5m" the sum claimed from the city, not the currency alone nor the phrase of a word near the sum. A
 * conversion in brackets ("for $800m (£424m)") is read from before the sum it converts, so it names the same thing in
 * its own currency.
 */
final class MoneyDeals {

    /** The rules of this class, each with an example sentence of ours and the phrase it gives the last sum. */
    enum Rule {
        MONEY_SALE_PRICE("a sum after \"for\" in the clause of a verb that sells or buys is what was paid for the thing sold: the verb's object, else its subject",
                "The county sold its old hospital to a housing trust for $4 million.", "paid for its old hospital (US dollars)"),
        MONEY_SUIT_CLAIM("a sum after \"for\" in the clause of a verb that sues is what is claimed from the one sued",
                "A farmers' cooperative has sued the water board for £2.5m (about $3.2m).", "claimed from the water board (US dollars)");

        final String id;
        final String example;
        final String counted;

        Rule(String description, String example, String counted) {
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.example = example;
            this.counted = counted;
        }
    }

    /** How many tokens before "for" the verb may stand ("was sold in June to a consortium that included X, and Y, for"). */
    private static final int VERB_REACH = 40;
    /** How many words the thing sold or the one sued may have. */
    private static final int THING_WORDS = 5;

    private final CountedWords w;
    private final Lexicon lx;
    private final MoneyWhat what;
    private final ConceptLexicon verbs = ConceptLexicon.load("/keys/money-deal-verbs.txt");

    MoneyDeals(CountedWords w, MoneyWhat what) {
        this.w = w;
        this.lx = w.lx;
        this.what = what;
    }

    /** The phrase of the sum at {@code m} by these rules, else null. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        // a currency the phrase names in brackets once keyed ("paid for the plant (US dollars)"); unit words open it
        String units = w.currencyName(m).isEmpty() ? m.unitWords : "";
        int k = what.before(t, m);
        if (units.isEmpty() && w.currencyName(m).isEmpty() || k < 1 || !t.get(k).is("for")) return null;
        int v = -1;
        String deal = null;
        for (int x = k - 1; x >= 0 && k - x <= VERB_REACH; x--) {
            Tok tok = t.get(x);
            if (tok.is(";") || tok.is(":") || lx.currencyCodes.contains(tok.text())) return null;   // another clause, another sum
            deal = tok.isWord() ? verbs.first(List.of(tok.lower())) : null;
            if (deal != null) {
                v = x;
                break;
            }
        }
        if (v < 0) return null;
        boolean passive = v > 0 && w.copulas.contains(t.get(v - 1).lower());   // "was sold": its subject is the thing sold
        String thing = passive ? "" : object(t, v);
        if (thing.isEmpty() && deal.startsWith("paid")) thing = subject(t, v);   // "the mill was sold for", "a mill sold to X for"
        if (thing.isEmpty()) return null;
        Rule rule = deal.startsWith("paid") ? Rule.MONEY_SALE_PRICE : Rule.MONEY_SUIT_CLAIM;
        return new CountedPhrase.Result((units.isEmpty() ? "" : units + " ") + deal + " " + thing, r.end(), null, rule.id);
    }

    /** The noun phrase right after the verb at {@code v}, up to a function word other than a determiner or a comma; "" if none. */
    private String object(List<Tok> t, int v) {
        int end = v;
        for (int x = v + 1; x < t.size() && x <= v + THING_WORDS; x++) {
            Tok tok = t.get(x);
            if (tok.isWord() && (lx.timeAdverbs.contains(tok.lower()) || lx.timeUnits.contains(tok.lower()))) break;   // "bought last spring"
            if (tok.isWord() && (!lx.functionWords.contains(tok.lower()) || x == v + 1 && EconomicFigures.is("determiner", tok.lower()))) end = x;
            else if (!tok.isWord() && (tok.is("'") || tok.is("’")) && end == x - 1) end = x;   // "Yukos' main arm"
            else break;
        }
        return phrase(t, v + 1, end);
    }

    /** The noun phrase before the verb at {@code v} and its auxiliaries, from its determiner; "" for a pronoun or none. */
    private String subject(List<Tok> t, int v) {
        int e = v - 1;
        while (e >= 0 && EconomicFigures.is("auxiliary", t.get(e).lower())) e--;
        while (e >= 0 && t.get(e).is(",")) e--;                                   // "The mill, Krivorizhstal, was sold"
        int b = e + 1;
        for (int x = e; x >= 0 && e - x < THING_WORDS; x--) {
            Tok tok = t.get(x);
            boolean determiner = EconomicFigures.is("determiner", tok.lower());
            if (!tok.isWord() && !tok.is(",") || !determiner && lx.functionWords.contains(tok.lower())) break;
            b = x;
            if (determiner) break;
        }
        while (b <= e && t.get(b).is(",")) b++;
        if (b <= e && EconomicFigures.is("determiner", t.get(b).lower()) && b == e) return "";   // a determiner alone
        return phrase(t, b, e);
    }

    /** The words of tokens [from, to], a determiner that opens them in lower case. */
    private static String phrase(List<Tok> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int x = from; x <= to; x++) {
            Tok tok = t.get(x);
            if (out.length() > 0 && tok.isWord()) out.append(' ');
            out.append(x == from && EconomicFigures.is("determiner", tok.lower()) ? tok.lower() : tok.text());
        }
        return out.toString();
    }
}
