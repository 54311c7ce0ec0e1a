package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code counted.share-price-of-mover}: a market report's line "NAME moved by a change to/at a price" names a company
 * whose share it is, though it never writes "shares": "Kestrel Air was down 14 cents at $8.15" -> "Kestrel Air share
 * price", "Norland Bank fell 12p to 402" -> "Norland Bank share price fall (pence)". The subject is a company when it
 * carries a ticker in brackets ("Harbor Foods Inc (HRB.N) fell 4 percent to $31.20") or is a name of capitalised words
 * whose move ends "to" or "at" a plain price (no scale word: "rose 5 percent to $4 billion" is a revenue, no price); not
 * a thing priced by the market that is no company ({@code lexicon/counted-priced-not-shares.txt}: "Gold rose 1 percent to
 * $1,310"), nor a price "a barrel" or "an ounce", nor a money noun ("Revenue", {@code keys/money-measures.txt}). A price
 * in a currency's small unit (pence, cents, {@code lexicon/counted-price-subunits.txt}) names it in brackets, as a
 * sum's currency is named once keyed. Read by {@link CountedSharePrice} where the subject is not "shares" or "stock".
 */
final class CountedShareMovers {

    /**
     * A share move's phrase that names its company, in either order: "percent fall in shares of Lufthansa" (counted.share-move,
     * "Shares of Lufthansa fell", share-change's "pct fall in Shares in Lufthansa"), "percent fall in Lufthansa shares" ("Lufthansa shares fell", counted.share-of-price-move).
     */
    private static final Pattern MOVE_OF = Pattern.compile("(?:percent|pct|per cent) (?:rise|fall) in (?:[Ss]hares (?:of|in) (\\p{Lu}.*)|(\\p{Lu}.*?) shares)");
    /** Words at most in a company's name. */
    private static final int NAME_WORDS = 4;
    /** A plain share price is below this (a level above it, or with a scale word, is a sum of another kind). */
    private static final BigDecimal MAX_PRICE = new BigDecimal(100_000);

    private final CountedWords w;
    private final Set<String> notShares = Set.copyOf(Lexicon.lines("counted-priced-not-shares.txt"));
    private final Set<String> subunits = Set.copyOf(Lexicon.lines("counted-price-subunits.txt"));
    private final ConceptLexicon moneyNouns = ConceptLexicon.load("/keys/money-measures.txt");

    CountedShareMovers(CountedWords w) {
        this.w = w;
    }

    /** The small unit of a currency written right after the figure ("pence", "p", "cents"), else null; not a share's "per cent". */
    String subunit(List<Tok> t, Mention m) {
        if (!m.unit.isEmpty()) return null;
        int j = CountedWords.afterFigure(t, m);
        if (m.unitWords != null && subunits.contains(m.unitWords.toLowerCase(Locale.ROOT))) return m.unitWords;
        if (j < t.size() && t.get(j).isWord() && subunits.contains(t.get(j).lower())) return t.get(j).text();
        // "14p": the unit glued to the figure
        if (j > 0 && j - 1 < t.size() && t.get(j - 1).isWord() && subunits.contains(t.get(j - 1).lower())
                && t.get(j - 1).start() >= m.start) return t.get(j - 1).text();
        return null;
    }

    /**
     * {@code counted.share-price-owner}: the company a share price's phrase names ("Wal-Mart share price (US dollars)",
     * "Norland Bank share price fall (pence)"), the key's party, so two companies' prices are two quantities; else null.
     */
    static String ownerOf(String counted) {
        if (counted == null) return null;
        // counted.share-move: "percent fall in shares of Lufthansa", "percent fall in Lufthansa shares"
        Matcher move = MOVE_OF.matcher(counted);
        if (move.matches()) return move.group(1) != null ? move.group(1) : move.group(2);
        int i = counted.indexOf(" share price");
        if (i <= 0) return null;
        String rest = counted.substring(i + " share price".length());
        return rest.isEmpty() || rest.startsWith(" (") || rest.startsWith(" rise") || rest.startsWith(" fall") ? counted.substring(0, i) : null;
    }

    /** A share move's phrase that names no company as {@link #MOVE_OF} reads it: "percent fall in shares", "pct rise in Acme shares closed". */
    private static final Pattern MOVE_OF_NONE = Pattern.compile("(?:percent|pct|per cent) (?:rise|fall) in (?:.+ )?(?:[Ss]hares|[Ss]tock)(?: .+)?");

    /**
     * The company whose shares a counted phrase names, "" for a share price or move of no name ("share price fall (US dollars)",
     * "percent fall in shares"), else null: what a later "it" or "they" moving in the market takes up.
     */
    static String shareOwner(String counted) {
        if (counted == null) return null;
        String owner = ownerOf(counted);
        if (owner != null) return owner;
        return counted.startsWith("share price") || MOVE_OF_NONE.matcher(counted).matches() ? "" : null;
    }

    /** The small unit of a currency this word is ("p", "pence", "cents"), else null. */
    String subunit(Tok y) {
        return y.isWord() && subunits.contains(y.lower()) ? y.text() : null;
    }

    /** How the phrase names a small unit: "p" is "pence", "cent" "cents". */
    String subunitName(String sub) {
        String l = sub.toLowerCase(Locale.ROOT);
        return l.equals("p") ? "pence" : l.equals("cent") || l.equals("c") ? "cents" : l;
    }

    /** The figure's clause goes on "to" or "at" a price: "fell 12p to 402", "was down 14 cents at $8.15". */
    boolean levelAfter(List<Tok> t, Mention m) {
        int j = CountedWords.afterFigure(t, m);
        if (j < t.size() && subunits.contains(t.get(j).lower())) j++;
        if (j >= t.size() || !(t.get(j).is("to") || t.get(j).is("at"))) return false;
        j++;
        if (j < t.size() && !t.get(j).isNum() && !t.get(j).isWord() && j + 1 < t.size()) j++;   // "$", "£"
        return j < t.size() && t.get(j).isNum();
    }

    /** A plain price: no scale word, below {@link #MAX_PRICE}, and not a price per barrel or ounce. */
    boolean plainPrice(List<Tok> t, Mention m) {
        if (m.scale.compareTo(BigDecimal.ONE) != 0 || m.value == null || m.value.compareTo(MAX_PRICE) >= 0) return false;
        int j = CountedWords.afterFigure(t, m);
        if (j < t.size() && subunits.contains(t.get(j).lower())) j++;
        return !(j + 1 < t.size() && (t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("per")) && t.get(j + 1).isWord());
    }

    /**
     * The company whose name ends the subject at {@code x} (its ticker in brackets past), or null. {@code ticker}: only a
     * name with a ticker counts (where no price follows to say it is a market's line).
     */
    String company(List<Tok> t, int x, boolean tickerOnly) {
        boolean ticker = false;
        if (x >= 0 && t.get(x).is(")")) {
            int o = x - 1;
            while (o >= 0 && x - o < 6 && !t.get(o).is("(")) o--;
            if (o < 0 || !t.get(o).is("(") || !tickerLike(t, o + 1, x)) return null;
            ticker = true;
            x = o - 1;
        }
        if (tickerOnly && !ticker) return null;
        int a = x;
        while (a >= 0 && x - a < NAME_WORDS && t.get(a).isWord() && w.properName(t.get(a)) && CountedWords.owner(t.get(a)) == null) a--;
        if (a == x) return null;
        String name = CountedWords.span(t, a + 1, x + 1);
        if (!ticker) {
            // the subject opens there: the sentence's start, a comma, a conjunction ("and Norland Bank fell")
            if (a >= 0 && !(t.get(a).is(",") || t.get(a).is(";") || t.get(a).is("and") || t.get(a).is("while")
                    || t.get(a).is("but") || t.get(a).is("with"))) return null;
            for (int i = a + 1; i <= x; i++) {
                String l = t.get(i).lower();
                if (notShares.contains(l) || moneyNouns.first(List.of(l)) != null) return null;
            }
            // one word opening the sentence may be a common noun written with its capital ("Prices", "Sales")
            if (a < 0 && x == 0 && t.get(0).lower().endsWith("s")) return null;
        }
        return name;
    }

    /** "YUM.N", "HRB.L", "7203.T": capitals, digits and a dot, no lower-case word. */
    private static boolean tickerLike(List<Tok> t, int a, int b) {
        if (a >= b) return false;
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) sb.append(t.get(i).text());
        return sb.toString().matches("[A-Z0-9][A-Z0-9.^=_-]{0,11}") && sb.indexOf(".") > 0;
    }
}
