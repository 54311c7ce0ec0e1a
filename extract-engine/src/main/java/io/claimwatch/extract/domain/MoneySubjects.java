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
 * nor a time after the sum.
 */
final class MoneySubjects {

    /** The rule of this class, with an example sentence of ours and the phrase it gives the last sum. */
    enum Rule {
        MONEY_SUBJECT_LEVEL("a sum after a verb of being, change or level whose subject is a money noun is that noun's level, or its change after \"by\"",
                "In the valley, flood insurance claims reached £310m last month.", "flood insurance claims (pounds sterling)");

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

    private final CountedWords w;
    private final Lexicon lx;
    private final MoneyWhat what;
    private final UnaryOperator<String> change;
    private final ConceptLexicon measures = ConceptLexicon.load("/keys/money-measures.txt");
    private final Set<String> levelVerbs = Set.copyOf(Lexicon.resourceLines("/keys/money-level-verbs.txt"));

    /** {@code change}: "rise" or "fall" for a verb of change, else null (as {@link EconomicFigures} reads it). */
    MoneySubjects(CountedWords w, MoneyWhat what, UnaryOperator<String> change) {
        this.w = w;
        this.lx = w.lx;
        this.what = what;
        this.change = change;
    }

    /** The phrase of the sum at {@code m} by money-subject-level, else null. */
    CountedPhrase.Result of(List<Tok> t, Mention m, CountedPhrase.Result r) {
        // a currency the phrase names in brackets once keyed ("property claims (US dollars)"); unit words open it ("dlrs exports")
        String units = w.currencyName(m).isEmpty() ? m.unitWords : "";
        int k = what.before(t, m);
        if (units.isEmpty() && w.currencyName(m).isEmpty() || k < 1) return null;
        String prep = w.levelPreps.contains(t.get(k).lower()) ? t.get(k--).lower() : null;
        if ("from".equals(prep)) return null;        // "fell from £180,126 to": an earlier level, which the figure after goes on from
        if (k >= 0 && t.get(k).isWord() && t.get(k).lower().endsWith("ly")) k--;       // "fell marginally to"
        if (k < 1 || !t.get(k).isWord()) return null;
        String verb = t.get(k).lower();
        if (!lx.linkingVerbs.contains(verb) && !levelVerbs.contains(verb)) return null;
        int e = k - 1;
        while (e >= 0 && EconomicFigures.is("auxiliary", t.get(e).lower())) e--;    // "spending was cut by", "costs had reached"
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
        String phrase = (units.isEmpty() ? "" : units + " ") + (dir == null ? "" : dir + " in ") + String.join(" ", np);
        int a = MoneyWhat.after(t, m);
        // "was £192,713 in England": the place it is the level of
        if (a + 1 < t.size() && t.get(a).is("in") && w.properName(t.get(a + 1))) {
            StringBuilder in = new StringBuilder(" in");
            for (int x = a + 1; x < t.size() && x < a + 4 && w.properName(t.get(x)); x++) in.append(' ').append(t.get(x).text());
            phrase += in;
        }
        return new CountedPhrase.Result(phrase, r.end(), null, Rule.MONEY_SUBJECT_LEVEL.id);
    }
}
