package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules money-noun-after, money-noun-of and money-raised-by of {@link EconomicFigures}: what a sum is when no
 * verb gives it to anyone, named by its currency and the noun it measures ({@code keys/money-measures.txt}), never
 * by its currency alone: "a €5 tourist charge" is "euros tourist charge", "a fine of €300,000" "euros fine", "The
 * tourist tax, ..., raised €100 million" "euros raised by tourist tax". A conversion in brackets after a sum ("€5
 * (about $5.4) tourist charge") is read from around the sum it converts, so it takes the same noun.
 */
final class MoneyWhat {

    /** How many words a noun phrase naming a sum may have. */
    private static final int NOUN_WORDS = 3;
    /** How many words before "of/totaling" the money noun may stand ("an aid package for Ukraine totaling"). */
    private static final int LINK_REACH = 5;

    private final CountedWords w;
    private final Lexicon lx;
    private final ConceptLexicon measures = ConceptLexicon.load("/keys/money-measures.txt");
    private final ConceptLexicon moneyVerbs;

    /** {@code moneyVerbs}: keys/money-verbs.txt, as {@link MoneyGiven} (its owner) loaded it. */
    MoneyWhat(CountedWords w, ConceptLexicon moneyVerbs) {
        this.w = w;
        this.lx = w.lx;
        this.moneyVerbs = moneyVerbs;
    }

    /** The currency of the sum at {@code m} ("euros"), else its unit words; "" for neither. */
    private String currency(Mention m) {
        String name = w.currencyName(m);
        return name.isEmpty() ? m.unitWords : name;
    }

    /** The phrase of the first rule that reads what the sum at {@code m} is; {@code r} if none. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        String currency = currency(m);
        if (currency.isEmpty()) return r;
        int k = before(t, m), j = after(t, m);
        String noun = verbAfter(t, j);
        EconomicFigures.Rule rule = EconomicFigures.Rule.MONEY_VERB_AFTER;
        if (noun == null) {
            noun = nounAfter(t, j);
            rule = EconomicFigures.Rule.MONEY_NOUN_AFTER;
        }
        if (noun == null) {
            noun = nounOf(t, k);
            rule = EconomicFigures.Rule.MONEY_NOUN_OF;
        }
        if (noun == null) {
            noun = raisedBy(t, k);
            rule = EconomicFigures.Rule.MONEY_RAISED_BY;
        }
        return noun == null ? r : new CountedPhrase.Result(currency + " " + noun, r.end(), null, rule.id);
    }

    /** money-noun-of alone, read before any phrase of the sum that names no money: null if it does not read the sum. */
    CountedPhrase.Result linked(List<Tok> t, Mention m, CountedPhrase.Result r) {
        String currency = currency(m);
        // a phrase of more words that names money already ("payments per month for each family") stays
        String[] own = r.text().split(" ");
        if (currency.isEmpty() || own.length > 1 && named(List.of(own)) != null) return null;
        String noun = nounOf(t, before(t, m));
        return noun == null ? null : new CountedPhrase.Result(currency + " " + noun, r.end(), null, EconomicFigures.Rule.MONEY_NOUN_OF.id);
    }

    /** The token before the sum and its hedge; for a conversion in brackets, before the sum it converts and its hedge. */
    int before(List<Tok> t, Mention m) {
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).is("(")) return k;
        k--;
        // the sum it converts: its figure, scale and currency ("£960m", "$10 billion", "£4 bn")
        while (k >= 0 && (!t.get(k).isWord() || w.isScaleWord(t.get(k).lower()) || lx.currencyCodes.contains(t.get(k).text())
                || k > 0 && t.get(k - 1).isNum() && t.get(k - 1).end() == t.get(k).start())) k--;
        while (k >= 0 && t.get(k).isWord() && EconomicFigures.is("sum-word", t.get(k).lower()) && !t.get(k).is("of")) k--;
        return k;
    }

    /** The token after the sum, past a conversion in brackets after it or the bracket closing the conversion it is. */
    static int after(List<Tok> t, Mention m) {
        int j = CountedWords.afterFigure(t, m);
        if (j < t.size() && t.get(j).is(")")) return j + 1;
        if (j >= t.size() || !t.get(j).is("(")) return j;
        for (int y = j + 1; y < t.size() && y < j + 10; y++) if (t.get(y).is(")")) return y + 1;
        return j;
    }

    /** Past the period a sum at {@code j} is a rate of ("a year", "per annum", "yearly", keys/economic-words.txt sum-period): where it ends; {@code j} if none. */
    int period(List<Tok> t, int j) {
        if (j < t.size() && EconomicFigures.is("sum-period", t.get(j).lower())) return j + 1;
        if (j + 1 < t.size() && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("per") || t.get(j).is("each"))
                && EconomicFigures.is("sum-period", t.get(j + 1).lower())) return j + 2;
        return j;
    }

    /**
     * money-verb-after: "£2m is needed to repair the roof", "the £400m being spent yearly on research": a sum before a
     * verb of keys/money-verbs.txt (past the period it is a rate of and a conversion in brackets, after "is", "was",
     * "being"...) is that, with the period and what it is for.
     */
    private String verbAfter(List<Tok> t, int j) {
        List<String> words = new ArrayList<>();
        int x = period(t, j);
        for (int y = j; y < x; y++) words.add(t.get(y).lower());
        if (x < t.size() && t.get(x).is("(")) {
            int close = x + 1;
            while (close < t.size() && close < x + 10 && !t.get(close).is(")")) close++;
            x = close + 1;
        }
        int aux = x;
        while (x < t.size() && EconomicFigures.is("auxiliary", t.get(x).lower())) x++;
        if (x == aux || x >= t.size() || !t.get(x).isWord()) return null;
        String l = t.get(x).lower(), what = moneyVerbs.first(List.of(l));
        if (what == null || !l.endsWith("ed") && !lx.irregularPast.contains(l)) return null;   // a participle: "is needed", "being spent"
        List<String> out = new ArrayList<>(List.of(what));
        out.addAll(words);
        int y = x + 1;
        if (y < t.size() && EconomicFigures.is("sum-period", t.get(y).lower())) out.add(t.get(y++).lower());   // "spent yearly"
        for (int end = y + 5; y < t.size() && y < end && t.get(y).isWord(); y++) out.add(t.get(y).text());
        return String.join(" ", out);
    }

    /** The words after the sum at {@code m} that name money (money-noun-after), else null. */
    String nounAfter(List<Tok> t, Mention m) {
        return nounAfter(t, after(t, m));
    }

    /** money-noun-after: "a €5 tourist charge", "a $1.7 billion aid package": the words after the sum, one a money noun. */
    private String nounAfter(List<Tok> t, int j) {
        int e = j;
        while (e < t.size() && e - j < NOUN_WORDS && content(t.get(e))) e++;
        if (e == j || e < t.size() && (t.get(e).is("of") || t.get(e).is("-"))) return null;
        return named(t, j, e);
    }

    /** money-noun-of: "a fine of €300,000", "an aid package for Ukraine totaling $1.7 billion": the money noun before the link. */
    private String nounOf(List<Tok> t, int k) {
        if (k < 1 || !t.get(k).isWord() || !EconomicFigures.is("money-link", t.get(k).lower())) return null;
        for (int h = k - 1; h >= 0 && k - h <= LINK_REACH && t.get(h).isWord(); h--) {
            if (!content(t.get(h)) || measureOf(t.get(h)) == null) continue;
            int b = h;
            // (not past "and" nor a figure's scale word: "assets of $223.5 million and deposits of": deposits)
            while (b > 0 && h - b < NOUN_WORDS - 1 && content(t.get(b - 1)) && !t.get(b - 1).is("and") && !w.isScaleWord(t.get(b - 1).lower())) b--;
            List<String> words = new ArrayList<>();
            for (int x = b; x < k; x++) words.add(t.get(x).text());
            return String.join(" ", words);
        }
        return null;
    }

    /**
     * money-raised-by: "The new tourist tax, which began in April, brought in €2 million": a sum after a verb that raises
     * it (keys/money-verbs.txt, of the role raising in keys/economic-words.txt) whose sentence opens on a noun phrase that names money is raised by that.
     */
    private String raisedBy(List<Tok> t, int k) {
        String what = null;
        int v = -1;
        for (int x = k; x >= 0 && k - x < 6 && t.get(x).isWord(); x--) {
            what = moneyVerbs.first(List.of(t.get(x).lower()));
            if (what != null) {
                v = x;
                break;
            }
        }
        if (v < 0 || !EconomicFigures.is("raising", what.split(" ")[0])) return null;
        int b = 0, depth = 0;
        if (b < t.size() && w.determiners.contains(t.get(b).lower())) b++;
        List<String> subject = new ArrayList<>();
        for (int x = b; x < v; x++) {
            Tok tok = t.get(x);
            if (tok.is("(")) depth++;
            else if (tok.is(")")) depth--;
            else if (depth == 0 && tok.isWord() && !w.isScaleWord(tok.lower()) && !lx.currencyCodes.contains(tok.text())) {
                if (!content(tok)) break;
                subject.add(tok.text());
            } else if (depth == 0 && !tok.isWord() && ",;:–—".contains(tok.text())) break;   // a sum in it is stepped over
        }
        if (subject.isEmpty() || subject.size() > NOUN_WORDS || named(subject) == null) return null;
        return what + " by " + String.join(" ", subject);
    }

    /** A word of a noun phrase: lower case, no function word, verb or time word. */
    private boolean content(Tok tok) {
        return w.listNoun(tok) && !lx.timeAdverbs.contains(tok.lower());
    }

    private String measureOf(Tok tok) {
        return WordForms.first(measures, List.of(tok.lower()));
    }

    /** The words from {@code from} to {@code to}, if one names money; else null. */
    private String named(List<Tok> t, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int x = from; x < to; x++) words.add(t.get(x).text());
        return named(words);
    }

    private String named(List<String> words) {
        for (String word : words) if (WordForms.first(measures, List.of(word.toLowerCase(java.util.Locale.ROOT))) != null) return String.join(" ", words);
        return null;
    }
}
