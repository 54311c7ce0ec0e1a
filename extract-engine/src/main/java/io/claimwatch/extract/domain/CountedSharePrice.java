package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedWords.beforeHedge;

import java.util.List;
import java.util.Set;

/**
 * {@code counted.share-price}: a sum whose subject is a company's shares or stock is the price of a share, not the
 * currency it is counted in. After "to" or "at" and a verb of change or of trading ({@code counted-price-verbs.txt}) it
 * is the level: "Harbor Foods' shares rose 5 percent to $31.40" -> "Harbor Foods share price", "the stock was trading at
 * $12" -> "share price"; right after a verb of change it is the change: "shares of the airline fell $2" -> "share price
 * fall". The company is the capitalised name before "shares" ("Acme shares", "Acme's stock") or after "shares of".
 * Read after the other rules.
 */
final class CountedSharePrice {

    private final CountedWords w;
    private final Set<String> priceVerbs = Set.copyOf(Lexicon.lines("counted-price-verbs.txt"));
    /** Words of a change given before "to" ("rose $2, or nearly 5 percent, to"). */
    private final Set<String> changeWords = Set.copyOf(Lexicon.lines("counted-price-change-words.txt"));
    /** Verbs of a market's move besides the verbs of change ("shed 12p", "gained 40 cents"). */
    private final ConceptLexicon moveVerbs = ConceptLexicon.load("/lexicon/counted-share-move-verbs.txt");
    private final CountedShareMovers movers;

    CountedSharePrice(CountedWords w) {
        this.w = w;
        this.movers = new CountedShareMovers(w);
    }

    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        String sub = movers.subunit(t, m);
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        boolean level = t.get(k).is("to") || t.get(k).is("at");
        // "fell 12p to 402": a level with no unit of its own is in the small unit of the change before it
        if (sub == null && level && k >= 2 && m.unit.isEmpty() && t.get(k - 1).isWord() && t.get(k - 2).isNum()) sub = movers.subunit(t.get(k - 1));
        if (!w.lx.currencyCodes.contains(m.unit) && sub == null) return r;
        boolean moved = false;
        String comparative = null;
        if (level) {
            int to = k;
            k = backOverChange(t, k - 1);
            if (k >= 1 && (t.get(k).is("higher") || t.get(k).is("lower"))) {   // "were 3.7 percent lower at"
                comparative = t.get(k).is("higher") ? "rise" : "fall";
                k = backOverChange(t, k - 1);
            }
            moved = k < to - 1;
        }
        if (k < 1 || !t.get(k).isWord()) return r;
        if ((t.get(k).is("up") || t.get(k).is("down")) && k > 1 && t.get(k - 1).isWord()) k--;   // "edged up 2 percent to"
        String verb = t.get(k).lower();
        if (k + 1 < t.size() && (t.get(k + 1).is("up") || t.get(k + 1).is("down"))) verb = t.get(k + 1).lower();
        String change = w.changeNouns.first(List.of(verb));
        if (change == null) change = moveVerbs.first(List.of(verb));
        if (change == null && comparative != null && w.lx.linkingVerbs.contains(verb)) change = comparative;
        if (change == null && !(level && priceVerbs.contains(verb))) return r;
        if (change != null && !change.equals("rise") && !change.equals("fall")) return r;
        int x = w.backOverAdverbs(t, k - 1);
        while (x >= 0 && w.auxBeforeVerb.contains(t.get(x).lower())) x--;   // "were trading", "has fallen"
        x = w.backOverAdverbs(t, x);
        String company = subjectCompany(t, x);
        String rule = CountedRule.SHARE_PRICE.id;
        if (company == null) {
            // counted.share-price-of-mover: a name that moved by a change to a plain price, or a name with its ticker
            boolean market = level ? moved && movers.plainPrice(t, m) : movers.levelAfter(t, m);
            company = movers.company(t, x, !market);
            if (company == null) return r;
            rule = CountedRule.SHARE_PRICE_OF_MOVER.id;
        }
        // a change in cents or pence, an adverb, a comparative: read only for a company the words name (a bare "The stock" of
        // one line would key with another company's)
        if (company.isEmpty() && (sub != null || comparative != null || widened(t, k, beforeHedge(t, m)))) return r;
        String phrase = (company.isEmpty() ? "" : company + " ") + "share price" + (level ? "" : " " + change)
                + (sub == null ? "" : " (" + movers.subunitName(sub) + ")");
        return new CountedPhrase.Result(phrase, r.end(), null, rule);
    }

    /** Between the verb at k and the figure, a small unit of a currency or an adverb in -ly ("down 73 cents at", "up marginally at"). */
    private boolean widened(List<Tok> t, int k, int to) {
        for (int i = k + 1; i < to; i++) {
            if (movers.subunit(t.get(i)) != null || t.get(i).isWord() && t.get(i).lower().endsWith("ly") && t.get(i).lower().length() > 4) return true;
        }
        return false;
    }

    /** Back from the token before "to" over a change already given ("rose 5 percent to", "rose $2, or 5 percent, to"). */
    private int backOverChange(List<Tok> t, int k) {
        int start = k;
        while (k >= 0 && start - k < 12) {
            Tok y = t.get(k);
            if (y.isNum() || changeWords.contains(y.lower()) || y.isWord() && !y.capitalized() && y.lower().endsWith("ly") && y.lower().length() > 4) {
                k--;
                continue;
            }
            if (!y.isWord() && !y.is(".") && y.text().length() == 1 && !Character.isLetterOrDigit(y.text().charAt(0))) { k--; continue; }
            break;
        }
        return k;
    }

    /** The company whose shares end the subject at x ("" for shares of no name), or null when x is no "shares". */
    private String subjectCompany(List<Tok> t, int x) {
        if (x < 0 || !t.get(x).isWord()) return null;
        if (t.get(x).is("shares") || t.get(x).is("stock")) return nameBefore(t, x - 1);
        // "shares of Acme Corp", "Shares in Acme": the capitalised words after "of" or "in"
        int y = x;
        while (y >= 0 && t.get(y).isWord() && w.properName(t.get(y)) && x - y < 4) y--;
        if (y == x || y < 1 || !(t.get(y).is("of") || t.get(y).is("in")) || !t.get(y - 1).is("shares")) return null;
        return CountedWords.span(t, y + 1, x + 1);
    }

    /** The capitalised name before "shares" ("Acme", "Acme's", "Acme'"), or "". */
    private String nameBefore(List<Tok> t, int y) {
        if (y >= 0 && (t.get(y).is("'") || t.get(y).is("’"))) y--;
        if (y < 0 || !t.get(y).isWord() || !w.properName(t.get(y))) return "";
        String owner = CountedWords.owner(t.get(y));
        String name = owner != null ? owner : t.get(y).text();
        for (int a = y - 1; a >= 0 && y - a < 3 && t.get(a).isWord() && w.properName(t.get(a)) && CountedWords.owner(t.get(a)) == null; a--) {
            name = t.get(a).text() + " " + name;                // "Harbor Foods' shares"
        }
        return name;
    }
}
