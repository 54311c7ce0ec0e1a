package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rule money-subject-level: a sum after a verb of being, change or level ({@code lexicon/linking-verbs.txt},
 * {@code change-verbs.txt}, {@code keys/money-level-verbs.txt}) whose subject is a money noun
 * ({@code keys/money-measures.txt}) is that noun's level, or its change after "by" or right after the verb: "property
 * claims reached $42bn" is "property claims" ("(US dollars)" once keyed), "mortgage lending rose by £7.2bn" "rise in
 * mortgage lending", "the average price was £192,713 in England" "average price in England", never the currency alone
 * nor a time after the sum. The rule money-subject-raised reads the same level told as expected or estimated
 * ({@link Rule#MONEY_SUBJECT_RAISED}).
 */
final class MoneySubjects {

    /** The rule of this class, with an example sentence of ours and the phrase it gives the last sum. */
    enum Rule {
        MONEY_SUBJECT_LEVEL("a sum after a verb of being, change or level whose subject is a money noun is that noun's level, or its change after \"by\"",
                "In the valley, flood insurance claims reached £310m last month.", "flood insurance claims (pounds sterling)"),
        /**
         * The same level told as expected, or by an estimate: past "expected to", "likely to" ({@code
         * lexicon/money-raising-words.txt}) before "be" or "total", a participle of estimate before "at" ({@code
         * lexicon/money-estimate-verbs.txt}), and the subject's own phrase after its money noun ("to", "for", "of" and up
         * to {@value #PP_WORDS} words: "the final cost to the county").
         */
        MONEY_SUBJECT_RAISED("a sum after a verb of being or level past \"expected to\", or after an estimate's \"at\", whose subject is a"
                + " money noun, with the words of its own after it, is that noun's level",
                "The final cost to the county is expected to be $40 million.", "final cost to the county (US dollars)"),
        /** A sum right after "cost" and its object is what it cost the object: "The closure cost the port $3m". */
        MONEY_COST_TO_OBJECT("a sum right after a form of \"cost\" and its object (a pronoun or up to four words) is the cost to that"
                + " object",
                "The week-long closure cost the harbour board $3 million.", "cost to the harbour board (US dollars)");

        final String id;
        final String example;
        final String counted;

        Rule(String description, String example, String counted) {
            this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.example = example;
            this.counted = counted;
        }
    }

    /** How many words the subject's noun phrase may have. */
    private static final int SUBJECT_WORDS = 4;
    /** How many words the subject's phrase after its money noun may have ("to the county", "for the first half"). */
    private static final int PP_WORDS = 5;

    private final CountedWords w;
    private final Lexicon lx;
    private final MoneyWhat what;
    private final UnaryOperator<String> change;
    private final ConceptLexicon measures = ConceptLexicon.load("/keys/money-measures.txt");
    private final Set<String> levelVerbs = Set.copyOf(Lexicon.resourceLines("/keys/money-level-verbs.txt"));
    private final Set<String> costVerbs = Set.copyOf(Lexicon.lines("money-cost-verbs.txt"));
    /** "cost us", "cost it": an object that names no one of its own. */
    private final Set<String> objectPronouns = Set.copyOf(Lexicon.lines("money-object-pronouns.txt"));
    private final Set<String> raising = Set.copyOf(Lexicon.lines("money-raising-words.txt"));
    private final Set<String> estimates = Set.copyOf(Lexicon.lines("money-estimate-verbs.txt"));
    private final Set<String> subjectPreps = Set.copyOf(Lexicon.lines("money-subject-preps.txt"));

    /** {@code change}: "rise" or "fall" for a verb of change, else null (as {@link EconomicFigures} reads it). */
    MoneySubjects(CountedWords w, MoneyWhat what, UnaryOperator<String> change) {
        this.w = w;
        this.lx = w.lx;
        this.what = what;
        this.change = change;
    }

    /** The phrase of the sum at {@code m} by money-cost-to-object, money-subject-level or -raised, else null. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        CountedPhrase.Result cost = costTo(t, m, r);
        return cost != null ? cost : level(t, m, r);
    }

    /**
     * money-cost-to-object: "had cost it £90m" -> "pounds sterling cost" once keyed, "cost the harbour board $3m" -> "cost
     * to the harbour board": the object, a pronoun or up to four words (no figure, no comma) between a form of "cost"
     * ({@code lexicon/money-cost-verbs.txt}) and the sum.
     */
    private CountedPhrase.Result costTo(List<Tok> t, Mention m, CountedPhrase.Result r) {
        String units = w.currencyName(m).isEmpty() ? m.unitWords : "";
        if (units.isEmpty() && w.currencyName(m).isEmpty()) return null;
        int k = what.before(t, m);
        int v = k;
        while (v >= 0 && k - v < 5 && t.get(v).isWord() && !costVerbs.contains(t.get(v).lower())) v--;
        if (v < 0 || v == k || !t.get(v).isWord() || !costVerbs.contains(t.get(v).lower())) return null;
        if (v > 0 && (CountedWords.owner(t.get(v - 1)) != null || isArticle(t.get(v - 1).lower())
                || t.get(v - 1).is("total"))) return null;                  // "Rio's costs", "a total cost of": the noun
        boolean pronoun = v + 1 == k && objectPronouns.contains(t.get(k).lower());
        for (int x = v + 1; x <= k && !pronoun; x++) {
            String l = t.get(x).lower();
            if (!t.get(x).isWord() || lx.timeUnits.contains(l) || subjectPreps.contains(l) || l.endsWith("ed") || lx.irregularPast.contains(l)
                    || x == v + 1 && lx.functionWords.contains(l) && !isArticle(l)) return null;
        }
        int a = MoneyWhat.after(t, m);
        if (a < t.size() && (t.get(a).is("in") || t.get(a).is("worth"))) return null;   // "costing the firm $2bn in lost sales": what it is
        String phrase = (units.isEmpty() ? "" : units + " ") + "cost" + (pronoun ? "" : " to " + CountedWords.span(t, v + 1, k + 1));
        return new CountedPhrase.Result(phrase, r.end(), null, Rule.MONEY_COST_TO_OBJECT.id);
    }

    private static boolean isArticle(String l) {
        return l.equals("the") || l.equals("a") || l.equals("an") || l.equals("its") || l.equals("their") || l.equals("his") || l.equals("her");
    }

    /** money-subject-level and money-subject-raised. */
    private CountedPhrase.Result level(List<Tok> t, Mention m, CountedPhrase.Result r) {
        // a currency the phrase names in brackets once keyed ("property claims (US dollars)"); unit words open it ("dlrs exports")
        String units = w.currencyName(m).isEmpty() ? m.unitWords : "";
        int k = what.before(t, m);
        if (units.isEmpty() && w.currencyName(m).isEmpty() || k < 1) return null;
        String prep = w.levelPreps.contains(t.get(k).lower()) ? t.get(k--).lower() : null;
        if ("from".equals(prep)) return null;        // "fell from £180,126 to": an earlier level, which the figure after goes on from
        if (k >= 0 && t.get(k).isWord() && t.get(k).lower().endsWith("ly")) k--;       // "fell marginally to"
        if (k < 1 || !t.get(k).isWord()) return null;
        String verb = t.get(k).lower();
        boolean estimate = "at".equals(prep) && estimates.contains(verb);         // "potential revenues estimated at $90bn"
        if (!lx.linkingVerbs.contains(verb) && !levelVerbs.contains(verb) && !estimate) return null;
        int e = k - 1;
        boolean raised = estimate;
        if (e >= 1 && t.get(e).is("to") && raising.contains(t.get(e - 1).lower())) {   // "is expected to be", "are likely to total"
            e -= 2;
            raised = true;
            e = w.backOverAdverbs(t, e);
        }
        while (e >= 0 && (EconomicFigures.is("auxiliary", t.get(e).lower()) || raised && t.get(e).is("now"))) e--;    // "spending was cut by", "costs had reached"
        String pp = "";
        if (raised && e >= 0 && t.get(e).isWord() && measures.first(List.of(t.get(e).lower())) == null) {
            // "the final cost to the county is expected": the money noun before the subject's own phrase
            for (int p = e; p >= 1 && e - p < PP_WORDS; p--) {
                Tok y = t.get(p);
                if (!y.isWord() || y.lower().endsWith("ed") || lx.irregularPast.contains(y.lower())) break;
                if (subjectPreps.contains(y.lower()) && t.get(p - 1).isWord() && measures.first(List.of(t.get(p - 1).lower())) != null) {
                    pp = " " + CountedWords.span(t, p, e + 1);
                    e = p - 1;
                    break;
                }
            }
        }
        if (e < 0 || !t.get(e).isWord() || measures.first(List.of(t.get(e).lower())) == null) return null;
        String dir = prep == null || prep.equals("by") ? change.apply(verb) : null;
        // "trade shortfall": the phrase names it already, unless this rule names its change ("borrowing rose by $2bn in June")
        if ((r.noun() != null || dir == null) && r.text().toLowerCase(Locale.ROOT).contains(t.get(e).lower())) return null;
        List<String> np = new ArrayList<>();
        for (int x = e; x >= 0 && e - x < SUBJECT_WORDS; x--) {
            Tok tok = t.get(x);
            String l = tok.lower();
            if (!tok.isWord() || lx.functionWords.contains(l) || lx.timeUnits.contains(l) || x < e && (lx.irregularPast.contains(l) || l.endsWith("ed"))) break;
            np.add(0, tok.text());
        }
        String phrase = (units.isEmpty() ? "" : units + " ") + (dir == null ? "" : dir + " in ") + String.join(" ", np) + pp;
        int a = MoneyWhat.after(t, m);
        // "was £192,713 in England": the place it is the level of
        if (a + 1 < t.size() && t.get(a).is("in") && w.properName(t.get(a + 1))) {
            StringBuilder in = new StringBuilder(" in");
            for (int x = a + 1; x < t.size() && x < a + 4 && w.properName(t.get(x)); x++) in.append(' ').append(t.get(x).text());
            phrase += in;
        }
        return new CountedPhrase.Result(phrase, r.end(), null, (raised ? Rule.MONEY_SUBJECT_RAISED : Rule.MONEY_SUBJECT_LEVEL).id);
    }
}
