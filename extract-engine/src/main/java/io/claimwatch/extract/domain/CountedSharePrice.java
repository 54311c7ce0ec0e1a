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
    /** Verbs of a session's end after "to" before "at" ("fell 14 cents to close at $62.89"). */
    private final Set<String> closeVerbs = Set.copyOf(Lexicon.lines("counted-price-close-verbs.txt"));
    /** Extremes between "as" and "as" ("fell as low as $137.62"). */
    private final Set<String> extremes = Set.copyOf(Lexicon.lines("counted-price-extremes.txt"));

    CountedSharePrice(CountedWords w) {
        this.w = w;
        this.movers = new CountedShareMovers(w);
    }

    /**
     * The shares named before the figure: {@code inSentence} the company whose shares the figure before it in the sentence
     * counted, {@code before} the company whose shares the last figure of the sentence before counted ("" for shares of no
     * name; null for none).
     */
    record Shares(String inSentence, String before) { }

    CountedPhrase.Result read(List<Tok> t, Mention m, Shares shares, CountedPhrase.Result r) {
        CountedPhrase.Result own = m.unit.equals("%") ? move(t, m, shares, r) : price(t, m, shares, r);
        if (own != r || shares.inSentence() == null) return own;
        return m.unit.equals("%") ? continued(t, m, shares.inSentence(), r) : levelAfterMove(t, m, shares.inSentence(), r);
    }

    private CountedPhrase.Result price(List<Tok> t, Mention m, Shares shares, CountedPhrase.Result r) {
        String sub = movers.subunit(t, m);
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        int reached = reached(t, k);
        boolean level = t.get(k).is("to") || t.get(k).is("at") || reached >= 0;
        // "fell 12p to 402": a level with no unit of its own is in the small unit of the change before it
        if (sub == null && level && k >= 2 && m.unit.isEmpty() && t.get(k - 1).isWord() && t.get(k - 2).isNum()) sub = movers.subunit(t.get(k - 1));
        if (!w.lx.currencyCodes.contains(m.unit) && sub == null) return r;
        boolean moved = false;
        String comparative = null;
        if (reached >= 0) k = reached;
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
        x = beforeRelative(t, x);
        String company = subjectCompany(t, x);
        String rule = reached >= 0 ? CountedRule.SHARE_PRICE_REACHED.id : CountedRule.SHARE_PRICE.id;
        if (company == null && pronoun(t, x) && shares.before() != null) {
            company = shares.before();                      // counted.share-pronoun: "They fell C$2.98 to end at C$91.64"
            rule = CountedRule.SHARE_PRONOUN.id;
        }
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

    /**
     * {@code counted.share-move}: a share right after a verb of a market's move (or "was up", "closed down", "were 3 percent
     * lower") whose subject is a company's shares or stock, or a company named by its ticker or moving to a plain price, is
     * that move's share in the company's shares: "Lufthansa shed 2.1 percent to 11.42 euros" -> "percent fall in shares of
     * Lufthansa" (the company after "of", where the keys read it as the move's party). The subject may stand before an aside between commas or dashes ("Cathay Pacific (0293.HK), which bore the
     * brunt of the SARS crisis, closed down 0.9 percent"); "shares in the carmaker" name no company ("percent fall in shares").
     */
    private CountedPhrase.Result move(List<Tok> t, Mention m, Shares shares, CountedPhrase.Result r) {
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        int j = CountedWords.afterFigure(t, m);
        String change;
        int v = k;
        boolean comparative = j < t.size() && (t.get(j).is("higher") || t.get(j).is("lower"));
        // "BA stock closed 0.9 percent up at 190.1 pence": "up" or "down" after the figure of a verb of a session
        boolean after = !comparative && j < t.size() && (t.get(j).is("up") || t.get(j).is("down")) && priceVerbs.contains(t.get(k).lower());
        if (comparative || after) {
            // "EasyJet were 3.7 percent lower at 426 pence"
            if (!w.lx.linkingVerbs.contains(t.get(k).lower()) && !priceVerbs.contains(t.get(k).lower())) return r;
            change = t.get(j).is("higher") || t.get(j).is("up") ? "rise" : "fall";
            j++;
        } else if (t.get(k).is("up") || t.get(k).is("down")) {
            // "was up 1.7 percent", "closed down 0.9 percent", "were trading up 1.2 percent"
            if (!t.get(k - 1).isWord() || t.get(k - 1).capitalized()) return r;
            change = t.get(k).is("up") ? "rise" : "fall";
            v = k - 1;
        } else {
            change = w.changeNouns.first(List.of(t.get(k).lower()));
            if (change == null) change = moveVerbs.first(List.of(t.get(k).lower()));
        }
        if (!"rise".equals(change) && !"fall".equals(change)) return r;
        int x = w.backOverAdverbs(t, v - 1);
        int verb = x;
        while (x >= 0 && w.auxBeforeVerb.contains(t.get(x).lower())) x--;
        // an -ing form with no auxiliary is no finite move ("with carriers such as Korean tumbling 25 percent")
        if (t.get(v).lower().endsWith("ing") && x == verb) return r;
        x = w.backOverAdverbs(t, x);
        boolean market = levelAt(t, j);
        // the subject right before the verb, else, past an aside that ends in a comma or a dash, before each comma or dash of it
        boolean aside = x >= 0 && (t.get(x).is(",") || dash(t.get(x)));
        for (int s = x; s >= 0 && x - s <= ASIDE; s--) {
            if (t.get(s).is(".") || t.get(s).is(";")) break;
            if (s < x && !(t.get(s + 1).is(",") || dash(t.get(s + 1))) || dash(t.get(s)) || t.get(s).is(",")) continue;
            String company = sharesOf(t, overTickers(t, s));
            if (company == null) company = movers.company(t, s, !market);
            boolean taken = company == null && s == x && pronoun(t, s) && shares.before() != null;
            if (taken) company = shares.before();           // counted.share-pronoun: "They had dived as much as 5.2 percent"
            // a change already read in the shares' own words keeps them ("BP depositary shares", "Allstate shares"): its key stays
            // (and shares of no name read by comparative-change: "Shares of the utility closed 2.4% lower")
            if (company != null && r.rule().equals(CountedRule.SHARE_CHANGE.id) && (company.isEmpty() || r.text().contains(company))
                    && namesShares(r.text())) return r;
            if (company != null && company.isEmpty() && r.rule().equals(CountedRule.COMPARATIVE_CHANGE.id)) return r;
            if (company != null) {
                String phrase = CountedWords.unitName(m) + " " + change + " in shares" + (company.isEmpty() ? "" : " of " + company);
                return new CountedPhrase.Result(phrase, r.end(), null, (taken ? CountedRule.SHARE_PRONOUN : CountedRule.SHARE_MOVE).id);
            }
            if (!aside) break;
        }
        return r;
    }

    /**
     * {@code counted.share-price-reached}: a level the price reached, not a change: "fell 14 cents to close at $62.89" -> the
     * "to" before "close at"; "fell as low as $137.62" -> the first "as". Returns where the level's words start, else -1.
     */
    private int reached(List<Tok> t, int k) {
        if (k < 2) return -1;
        if (t.get(k).is("at") && closeVerbs.contains(t.get(k - 1).lower()) && t.get(k - 2).is("to")) return k - 2;
        if (t.get(k).is("as") && extremes.contains(t.get(k - 1).lower()) && t.get(k - 2).is("as")) return k - 2;
        return -1;
    }

    /** Back from the comma that ends a relative clause after the subject ("shares, which hit a low last week, rose") to its subject. */
    private static int beforeRelative(List<Tok> t, int x) {
        if (x < 0 || !t.get(x).is(",")) return x;
        for (int s = x - 1; s >= 1 && x - s <= ASIDE; s--) {
            if (t.get(s).is(".") || t.get(s).is(";")) break;
            if (t.get(s).is(",")) {
                return t.get(s + 1).is("which") || t.get(s + 1).is("who") ? s - 1 : x;
            }
        }
        return x;
    }

    /**
     * {@code counted.share-level-after-move}: a sum "at" or "to" right after a share the figure before it in the sentence counted
     * as a move of shares (past its unit, "up", "lower", "on" and a day) is the price those shares reached: "Shares in the
     * world's largest technology company closed down 0.24 percent at $334.40" -> "share price", "Chevron shares were down 2.3
     * percent on Thursday to $105.41" -> "Chevron share price".
     */
    private CountedPhrase.Result levelAfterMove(List<Tok> t, Mention m, String owner, CountedPhrase.Result r) {
        String sub = movers.subunit(t, m);
        if (!w.lx.currencyCodes.contains(m.unit) && sub == null || !movers.plainPrice(t, m)) return r;
        int k = beforeHedge(t, m);
        if (k < 1 || !(t.get(k).is("to") || t.get(k).is("at"))) return r;
        for (int i = k - 1; i >= 0 && k - i <= 5; i--) {
            Tok y = t.get(i);
            if (y.isNum()) {
                String phrase = (owner.isEmpty() ? "" : owner + " ") + "share price" + (sub == null ? "" : " (" + movers.subunitName(sub) + ")");
                return new CountedPhrase.Result(phrase, r.end(), null, CountedRule.SHARE_LEVEL_AFTER_MOVE.id);
            }
            boolean day = y.isWord() && y.capitalized() && i > 0 && t.get(i - 1).is("on");
            if (!(y.is("%") || changeWords.contains(y.lower()) || y.is("up") || y.is("down") || y.is("higher") || y.is("lower")
                    || day || y.is("on") && i + 1 < k && t.get(i + 1).capitalized())) return r;
        }
        return r;
    }

    /**
     * {@code counted.share-move-continued}: a share after a verb of change in -ing after "after" or "before", or "up"/"down" after
     * "and", with no subject of its own, goes on with the shares whose move the figure before it in the sentence counted:
     * "closed down 0.24 percent at $334.40, after slipping as much as 1.7 percent" -> "percent fall in shares", "down 3.46
     * percent at C$24.27 ... and down 2.17 percent at $23.88".
     */
    private CountedPhrase.Result continued(List<Tok> t, Mention m, String owner, CountedPhrase.Result r) {
        int k = beforeHedge(t, m);
        if (k < 1 || !t.get(k).isWord()) return r;
        String l = t.get(k).lower();
        String change;
        if ((l.equals("up") || l.equals("down")) && t.get(k - 1).is("and")) {
            change = l.equals("up") ? "rise" : "fall";
        } else if (l.endsWith("ing") && (t.get(k - 1).is("after") || t.get(k - 1).is("before"))) {
            change = w.changeNouns.first(List.of(l));
            if (change == null) change = moveVerbs.first(List.of(l));
        } else {
            return r;
        }
        if (!"rise".equals(change) && !"fall".equals(change)) return r;
        String phrase = CountedWords.unitName(m) + " " + change + " in shares" + (owner.isEmpty() ? "" : " of " + owner);
        return new CountedPhrase.Result(phrase, r.end(), null, CountedRule.SHARE_MOVE_CONTINUED.id);
    }

    /** "it" or "they" at x: a subject that takes up the shares of the sentence before. */
    private static boolean pronoun(List<Tok> t, int x) {
        return x >= 0 && (t.get(x).is("it") || t.get(x).is("they"));
    }

    /** A phrase that names shares or stock ("percent fall in Shares of the utility"), not another subject ("market value closed"). */
    private static boolean namesShares(String phrase) {
        String l = " " + phrase.toLowerCase(java.util.Locale.ROOT) + " ";
        return l.contains(" shares ") || l.contains(" stock ") || l.contains(" share ");
    }

    /** Tokens at most from the verb back to the subject past an aside. */
    private static final int ASIDE = 30;

    private static boolean dash(Tok y) {
        return y.is("-") || y.is("\u2014") || y.is("\u2013");
    }

    /** Back past stock tickers in brackets ("( CCL.L )( CCL.N )") to the token before them. */
    private static int overTickers(List<Tok> t, int x) {
        while (x >= 0 && t.get(x).is(")")) {
            int o = x - 1;
            while (o >= 0 && x - o < 6 && !t.get(o).is("(")) o--;
            if (o < 0 || !t.get(o).is("(")) return x;
            x = o - 1;
            if (x > 0 && t.get(x).is(".") && t.get(x - 1).isWord()) x--;      // "Yum Brands Inc. ( YUM.N )"
        }
        return x;
    }

    /** The company whose shares or stock end the subject at x ("" for none named: "shares in the carmaker"), else null. */
    private String sharesOf(List<Tok> t, int x) {
        String company = subjectCompany(t, x);
        if (company != null) return company;
        // "Shares in the world's top three reinsurers", "shares of the carmaker": a common noun's shares name no company;
        // "Shares in leading telecoms equipment maker Cisco Systems Inc": the name that ends the noun phrase
        for (int y = x - 1; y >= 1 && x - y < 12 && t.get(y).isWord(); y--) {
            if ((t.get(y).is("of") || t.get(y).is("in")) && (t.get(y - 1).is("shares") || t.get(y - 1).is("stock"))) {
                int a = x;
                while (a > y && x - a < 4 && w.properName(t.get(a)) && CountedWords.owner(t.get(a)) == null) a--;
                return a == x ? "" : CountedWords.span(t, a + 1, x + 1);
            }
        }
        return null;
    }

    /** At j "to" or "at" and a price: "to $5.21", "at 426 pence". */
    private static boolean levelAt(List<Tok> t, int j) {
        if (j >= t.size() || !(t.get(j).is("to") || t.get(j).is("at"))) return false;
        j++;
        if (j < t.size() && !t.get(j).isNum() && !t.get(j).isWord() && j + 1 < t.size()) j++;   // "$", "£"
        return j < t.size() && t.get(j).isNum();
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
        // counted.share-owner-adjective: "RIM's volatile shares": past one adjective after a possessive name
        if (y >= 1 && t.get(y).isWord() && !t.get(y).capitalized() && !w.properName(t.get(y)) && t.get(y - 1).isWord()
                && w.properName(t.get(y - 1)) && CountedWords.owner(t.get(y - 1)) != null) y--;
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
