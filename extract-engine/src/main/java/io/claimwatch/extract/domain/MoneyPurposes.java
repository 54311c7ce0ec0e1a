package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rule money-purpose-after: a sum that the rules before leave without a noun of its own (no phrase, its currency
 * alone, its currency and a verb, or the subject of a verb that only holds or hands it out, {@code
 * lexicon/money-purpose-verbs.txt}) is named by what its own clause says it is for, right after it: "to VERB X" ("$40m
 * to repair the bridges": funds to repair the bridges), "for X" ("$12m for a rural broadband fund"), "to X" ("$2bn to
 * cities and counties"), "in X" without a determiner ("$9m in emergency grants for farms": emergency grants for
 * farms) and "from X" ("cut $5m from the transit plan": funds cut from the transit plan; "$60m from the reserve fund":
 * funds from the reserve fund). A verb in the past right before the sum is kept ("added $80m for a patrol boat": funds added for a patrol
 * boat). Words the rules before gave the sum stay in front of the purpose ("dollars lent to Ecuador": the keys read the
 * verb); a sum of no words of its own opens with its currency's words, "funds" only where it has none. Figures inside X are stepped over; X never reaches past its clause, nor is a time ({@code money-purpose-stops.txt}).
 */
final class MoneyPurposes {

    /** The rule of this class, with an example sentence of ours and the phrase it gives the last sum. */
    enum Rule {
        MONEY_PURPOSE_AFTER("a sum left without a noun of its own is what \"to VERB X\", \"for X\", \"to X\", \"in X\" or, after a verb,"
                + " \"from X\" right after it says it is for",
                "The county budget sets aside $4 million to rebuild the old ferry pier.", "funds to rebuild the old ferry pier (US dollars)"),
        MONEY_SPENT_ON_AT("a sum left without a noun of its own, in a sentence that speaks of spending before it, is what \"on X\" or"
                + " \"at X\" right after it says it was spent on or at",
                "The audit found that his expenses included $1,200 on concert tickets and $800 at a ski lodge.", "spent at a ski lodge (US dollars)");

        final String id;
        final String example;
        final String counted;

        Rule(String description, String example, String counted) {
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.example = example;
            this.counted = counted;
        }
    }

    /** How many words the purpose's noun phrase may have. */
    private static final int WORDS = 8;

    private final CountedWords w;
    private final Lexicon lx;
    private final Set<String> holdingVerbs = Set.copyOf(Lexicon.lines("money-purpose-verbs.txt"));
    private final Set<String> stops = Set.copyOf(Lexicon.lines("money-purpose-stops.txt"));
    private final Set<String> spending = Set.copyOf(Lexicon.lines("money-spending-words.txt"));
    /** The words of currencies in units.txt ("dollars", "euros"), stepped over with a figure inside the purpose. */
    private final Set<String> currencyWords = new java.util.HashSet<>();

    MoneyPurposes(CountedWords w) {
        this.w = w;
        this.lx = w.lx;
        for (Lexicon.Phrase u : lx.units) {
            if (lx.currencyCodes.contains(u.fields()[0])) for (String word : u.words()) currencyWords.add(word.toLowerCase(Locale.ROOT));
        }
    }

    /** The phrase of the sum at {@code m} by money-purpose-after, else {@code r}. */
    CountedPhrase.Result read(List<Tok> t, Mention m, CountedPhrase.Result r) {
        if (!lx.currencyCodes.contains(m.unit) || m.unit.equals("%")) return r;
        int k = CountedWords.beforeHedge(t, m);
        while (k >= 0 && t.get(k).isWord() && EconomicFigures.is("sum-word", t.get(k).lower()) && !t.get(k).is("of")) k--;   // "another", "an extra"
        String verb = k >= 0 && w.pastVerb(t.get(k)) ? t.get(k).lower() : null;
        if (!weak(t, m, r, k)) return r;
        int j = MoneyWhat.after(t, m);
        if (j + 1 >= t.size() || !t.get(j).isWord()) return r;
        String prep = t.get(j).lower();
        if (prep.equals("on") || prep.equals("at")) return spentOnAt(t, k, r, j, prep);
        // "from X" names where the sum comes from, after a verb ("cut $5m from the plan") or not ("$600m from the
        // reserve fund"): money-source-from
        if (!prep.equals("to") && !prep.equals("for") && !prep.equals("in") && !prep.equals("from")) return r;
        if (prep.equals("in") && EconomicFigures.is("determiner", t.get(j + 1).lower())) return r;   // "$45m in the budget": where, not what
        String np = phrase(t, j + 1, prep.equals("in"));
        if (np == null) return r;
        // the sum's own words stay in front (its currency and a verb: "dollars lent to Ecuador"), so that the keys read what
        // they read before; a phrase of no words of its own opens with the currency's, never a noun of ours that would
        // become the key's kind
        String units = m.unitWords.isEmpty() ? "funds" : m.unitWords;
        boolean bare = r.text().isEmpty() || w.namesNoNoun(r.text())
                || verb != null && r.text().toLowerCase(Locale.ROOT).startsWith(m.unitWords.toLowerCase(Locale.ROOT) + " ");   // "dollars Lawmakers added"
        String own = bare ? units + (verb == null ? "" : " " + verb) : r.text();
        String head = prep.equals("in") ? np + (verb == null ? "" : " " + verb) : own + " " + prep + " " + np;
        return new CountedPhrase.Result(head, r.end(), null, Rule.MONEY_PURPOSE_AFTER.id);
    }

    /**
     * money-spent-on-at: "his expenses included $1,200 on concert tickets, $800 at a ski lodge", "the couple spent $300 on
     * toys": a sum right before "on X" or "at X", in a sentence with a word of spending before it ({@code
     * money-spending-words.txt}: "spent", "expenses", "purchases", "bought"), is money spent on or at X; X as for a purpose
     * (never a time: "$5m on Tuesday"), a quote mark opening it stepped over. Else {@code r}.
     */
    private CountedPhrase.Result spentOnAt(List<Tok> t, int k, CountedPhrase.Result r, int j, String prep) {
        boolean spoken = false;
        for (int x = 0; x <= k && !spoken; x++) spoken = t.get(x).isWord() && spending.contains(t.get(x).lower());
        if (!spoken) return r;
        int from = j + 1;
        if (from + 1 < t.size() && QUOTES.contains(t.get(from).text())) from++;
        String np = phrase(t, from, false);
        return np == null ? r : new CountedPhrase.Result("spent " + prep + " " + np, r.end(), null, Rule.MONEY_SPENT_ON_AT.id);
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u2018", "'", "``");

    /**
     * Whether {@code r} names nothing of the sum: no phrase, a verb form alone, its currency alone or with a verb
     * ("dollars vetoed"), or the subject of a verb before it that only holds or hands it out ("The bill provides").
     */
    private boolean weak(List<Tok> t, Mention m, CountedPhrase.Result r, int k) {
        String text = r.text().toLowerCase(Locale.ROOT), units = m.unitWords.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || w.namesNoNoun(r.text())) return true;
        if (!units.isEmpty() && (text.equals(units) || text.startsWith(units + " ") && r.noun() == null)) return true;
        if (!CountedRule.SUBJECT_OF_VERB.id.equals(r.rule())) return false;
        return k >= 0 && t.get(k).isWord() && holdingVerbs.contains(t.get(k).lower());
    }

    /**
     * The noun phrase from token {@code from}: words up to the clause's end, a function word other than a determiner,
     * "of" or "and" (and, after "in", one "for"), or a time; figures, their scales and currencies stepped over; a comma
     * only inside a list of words ("state, local and tribal"). Null if it has no content word or is a time.
     */
    private String phrase(List<Tok> t, int from, boolean in) {
        StringBuilder out = new StringBuilder();
        int words = 0, content = 0;
        boolean forSeen = !in;
        for (int x = from; x < t.size() && words < WORDS; x++) {
            Tok tok = t.get(x);
            String l = tok.lower();
            boolean glued = x > from && tok.start() == t.get(x - 1).end();
            if (tok.isNum() && glued && t.get(x - 1).is("-")) {
                out.append(tok.text());                                      // "an LPD-17 ship"
                continue;
            }
            if (tok.isNum()) {
                if (x == from) return null;                                  // "$2m to $3m", "$5bn in 2020"
                while (x + 1 < t.size() && (w.isScaleWord(t.get(x + 1).lower()) || lx.currencyCodes.contains(t.get(x + 1).text())
                        || currencyWords.contains(t.get(x + 1).lower()))) x++;
                continue;
            }
            if (!tok.isWord()) {
                if (glued && x + 1 < t.size() && t.get(x + 1).start() == tok.end() && (tok.is("-") || tok.is("'") || tok.is("’") || tok.is("."))) {
                    out.append(tok.text());
                    continue;
                }
                if (tok.is(",") && listGoesOn(t, x)) {
                    out.append(',');
                    continue;
                }
                break;
            }
            if (stops.contains(l) || lx.timeAdverbs.contains(l) || lx.months.containsKey(l) || lx.weekdays.containsKey(l)) {
                if (content == 0) return null;                                // "$5m for the year"
                break;
            }
            boolean name = tok.capitalized() && x > from && t.get(x - 1).capitalized() && x + 1 < t.size() && t.get(x + 1).capitalized();
            boolean function = lx.functionWords.contains(l) && !name;           // "the Violence Against Women Program"
            if (l.equals("and") && (x + 1 >= t.size() || !t.get(x + 1).isWord() || EconomicFigures.is("sum-word", t.get(x + 1).lower())
                    || EconomicFigures.is("determiner", t.get(x + 1).lower()))) break;   // "and another round of payments": a new item
            if (function && !EconomicFigures.is("determiner", l) && !l.equals("of") && !l.equals("and")) {
                if (l.equals("for") && !forSeen && content > 0) forSeen = true;   // "$9m in emergency grants for farms"
                else if (!(l.equals("to") && x == from)) break;
            }
            if (x > from && w.pastVerb(tok)) break;                                 // "$4m for schools announced"
            if (!function) content++;
            if (out.length() > 0 && !glued) out.append(' ');
            out.append(tok.text());
            words++;
        }
        String s = out.toString().strip();
        while (s.endsWith(" and") || s.endsWith(" of") || s.endsWith(" for") || s.endsWith(",")) s = s.substring(0, s.lastIndexOf(s.endsWith(",") ? "," : " ")).strip();
        return content == 0 || s.isEmpty() ? null : s;
    }

    /** A comma inside a list of lower-case words: "state, local and tribal", "direct, flexible aid" (not ", officials said"). */
    private boolean listGoesOn(List<Tok> t, int x) {
        if (x + 2 >= t.size()) return false;
        Tok next = t.get(x + 1), after = t.get(x + 2);
        if (!w.listNoun(next) || !t.get(x - 1).isWord() || t.get(x - 1).capitalized()) return false;
        return after.is("and") || after.is("or") || w.listNoun(after) && !w.isVerbish(after);
    }
}
