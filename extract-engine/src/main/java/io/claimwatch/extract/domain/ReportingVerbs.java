package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.ingForm;
import static io.claimwatch.extract.domain.ClauseMarks.isDash;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence reports: its reporting and evidential verbs ("said", "estimates", "indicate"), a
 * participle after "with" (", with the ministry saying"), "had expected"; and the readings in which
 * a word of those lists is no verb of reporting (a noun, an adjective, "claimed three lives").
 */
final class ReportingVerbs {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final VerbReadings readings;

    ReportingVerbs(Lexicon lx) {
        this.lx = lx;
        this.readings = new VerbReadings(lx);
    }

    /** Whether the word at k, whatever its spelling, is no reporting verb here ({@link VerbReadings}). */
    boolean noReportingVerb(List<Tok> t, int k) {
        return readings.noReportingVerb(t, k);
    }

    /** The tokens {@link #find} read last and what it found (an article's attribution asks up to five times a sentence). */
    private List<Tok> lastTokens;
    private List<Integer> lastVerbs;

    /** The indexes of the tokens of t that report, in order (unmodifiable; read once for the same list of tokens). */
    List<Integer> find(List<Tok> t) {
        if (t == lastTokens) return lastVerbs;
        List<Integer> verbs = reportingIn(t);
        lastTokens = t;
        lastVerbs = verbs;
        return verbs;
    }

    private List<Integer> reportingIn(List<Tok> t) {
        List<Integer> verbs = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Tok x = t.get(k);
            // (one lookup a word: a word of none of the lists below reports nothing)
            if (!x.isWord() || !lx.mayReportWords.mayHold(x.lower()) || !lx.mayReport.contains(x.lower())) continue;
            if (quotedAs(t, k)) {        // "IRNA quoted the commander as saying", "Petrovic was quoted as saying"
                verbs.add(k);
                continue;
            }
            boolean reports = lx.reportingVerbs.contains(x.lower()) || lx.evidentialVerbs.contains(x.lower()) || withReporting(t, k)
                    || viewOfAClause(t, k) || lookingFor(t, k) || w.thatReport(t, k)    // claimant.charged-that
                    // "economists had expected", "The government expected that" (not "is expected to")
                    || x.is("expected") && k > 0 && (w.perfect.contains(t.get(k - 1).lower())
                        || k + 1 < t.size() && t.get(k + 1).is("that") && !w.passive.contains(t.get(k - 1).lower()));
            if (!reports) continue;     // (the word first: most words report nothing)
            if (k > 0 && passiveBefore(t, k) && !x.lower().endsWith("ing")) continue;      // "ballots will be counted", "was now estimated"
            if (!readings.noReportingVerb(t, k)) verbs.add(k);
        }
        return java.util.Collections.unmodifiableList(verbs);
    }

    /** ", with the ministry saying": a participle of the with-reporting list after "with" and a noun. */
    boolean withReporting(List<Tok> t, int k) {
        return lx.withReporting.contains(t.get(k).lower()) && withSubject(t, k) >= 0;
    }

    /**
     * claimant.view-of-a-clause: "The agency sees the economy expanding 3%", "The bank projects prices to rise 2%": a verb
     * of lexicon/claimant-clause-views.txt reports when a noun phrase and a verb of its own (an -ing form, "to" and a
     * word, a modal) follow it before any figure, after a subject with a name; "The city sees 3 million visitors" has the
     * figure as its object.
     */
    private boolean viewOfAClause(List<Tok> t, int k) {
        // (not a name: "Incident Commander Billy See said")
        if (k == 0 || t.get(k).capitalized() || !w.clauseViews.contains(t.get(k).lower())) return false;
        // (a named holder, "The IMF sees"; "The property firm sees" goes on with the source before it)
        boolean named = false;
        for (int x = k - 1; x >= 0 && x >= k - 6 && t.get(x).isWord() && !named; x--) {
            named = t.get(x).capitalized() && !w.determiners.contains(t.get(x).lower()) && !t.get(x).is("A") && !t.get(x).is("An");
        }
        if (!named) return false;
        for (int x = k + 1; x < t.size() && x <= k + 8; x++) {
            Tok y = t.get(x);
            if (!y.isWord()) return false;
            if (x == k + 1) continue;
            if (ingForm(y) || y.is("will") || y.is("would")) return true;
            if (y.is("to")) return x + 1 < t.size() && t.get(x + 1).isWord();
        }
        return false;
    }

    /**
     * claimant.looking-for: "Many economists are looking for at least two more rate rises": "looking for" and a figure within
     * four words is the expectation of a subject whose head is one of lexicon/claimant-forecasters.txt, before a form of "be".
     */
    private boolean lookingFor(List<Tok> t, int k) {
        if (!t.get(k).is("looking") || k < 2 || k + 2 >= t.size() || !t.get(k + 1).is("for") || !w.passive.contains(t.get(k - 1).lower())) return false;
        if (!t.get(k - 2).isWord() || !w.forecasters.contains(t.get(k - 2).lower())) return false;
        for (int x = k + 2; x < t.size() && x <= k + 5; x++) if (t.get(x).isNum() || lx.numberWords.containsKey(t.get(x).lower())) return true;
        return false;
    }

    /** "quoted ... as saying": a quoting verb (lexicon/claimant-quoted-as.txt) with "as" and a participle of the list after it. */
    private boolean quotedAs(List<Tok> t, int k) {
        if (!w.quotedAs.contains(t.get(k).lower()) || ingForm(t.get(k))) return false;
        for (int x = k + 1; x + 1 < t.size() && x <= k + 14; x++) {
            if (!t.get(x).isWord() && !t.get(x).is(",")) return false;     // ("quoted Ana Ruiz, the fire chief, as saying")
            if (t.get(x).is("as")) return w.quotedAs.contains(t.get(x + 1).lower()) && ingForm(t.get(x + 1));
        }
        return false;
    }

    /**
     * "Although exports grew, according to Chinese figures, the Commerce Department revealed the deficit was $19.6bn": a
     * reporting verb in [from, to), after an "according to" that a comma closes and before the figure, has a source
     * of its own nearer the figure.
     */
    boolean reportsBetween(List<Tok> t, int from, int to) {
        if (from >= to || !t.get(from).is(",")) return false;
        // (not a verb that also sums: "According to Labor Department figures, US firms added only 146,000 jobs"; not the
        // source's own relative clause: "according to the Interior Ministry, which said the boat carried 280 people")
        for (int v : find(t)) {
            if (v > from && v < to && !passiveBefore(t, v) && !w.sumVerbs.contains(t.get(v).lower())
                    && !(t.get(v - 1).isWord() && w.relativePronouns.contains(t.get(v - 1).lower()))) return true;
        }
        return false;
    }

    /** "Fifty-one people were reported killed", "is now estimated at": a reporting verb in the passive, its source unnamed. */
    boolean passiveReport(List<Tok> t) {
        for (int k = 1; k < t.size(); k++) {
            if (!t.get(k).isWord() || !lx.reportingVerbs.contains(t.get(k).lower()) || !t.get(k).lower().endsWith("ed")) continue;
            if (passiveBefore(t, k)) return true;
        }
        return false;
    }

    /** Whether a form of "be" stands before k, past adverbs ("was now estimated"). */
    private boolean passiveBefore(List<Tok> t, int k) {
        int x = k - 1;
        while (x > 0 && t.get(x).isWord() && w.verbAdverbs.contains(t.get(x).lower()) && !w.passive.contains(t.get(x).lower())) x--;
        return x >= 0 && t.get(x).isWord() && w.passive.contains(t.get(x).lower());
    }

    /** The first reporting verb (of the reporting list) that is not passive, from token 1; -1 if none. */
    int first(List<Tok> t) {
        for (int k = 1; k < t.size(); k++) {
            Tok x = t.get(k);
            if (!x.isWord() || !lx.reportingVerbs.contains(x.lower()) || w.passive.contains(t.get(k - 1).lower())
                    || readings.noReportingVerb(t, k)) continue;
            return k;
        }
        return -1;
    }

    /** "reports that a total of ...", "sources that 40 ...": an evidential noun before a clause with its own subject. */
    boolean contentClause(List<Tok> t, int k) {
        Tok x = t.get(k);
        if (!x.isWord() || !lx.evidentialSubjects.contains(x.lower()) || lx.dataNouns.contains(x.lower())) return false;
        if (k + 2 >= t.size() || !t.get(k + 1).is("that")) return false;
        Tok n = t.get(k + 2);
        return n.isNum() || n.isWord() && (w.verbComplements.contains(n.lower()) && !w.pronouns.contains(n.lower()) || n.capitalized());
    }

    /**
     * "Firefighters battled 23 fires, the ministry said, the largest of which has burned 9,000 hectares": a
     * reporting verb that a comma and the outlet's own words follow (not the speaker's ", adding that ...").
     */
    boolean outletTail(List<Tok> t) {
        for (int v : find(t)) {
            if (v + 2 >= t.size() || !t.get(v + 1).is(",") || !t.get(v + 2).isWord()) continue;
            if (!lx.withReporting.contains(t.get(v + 2).lower()) && !ingForm(t.get(v + 2))) return true;
        }
        return false;
    }

    /**
     * "The series of strikes, which employers say has cost them 7 mln guilders, began ... in protest at plans
     * for 800 redundancies", "Monday, after Texaco confirmed that the pipeline had been closed, crude rose 20
     * cts": the verb at v stands in a relative or subordinate clause that a comma closes before mTok.
     */
    boolean relativeAsideBefore(List<Tok> t, int v, int mTok) {
        int x = v - 1;
        while (x >= 0 && t.get(x).isWord() && !w.relativePronouns.contains(t.get(x).lower()) && !lx.subordinators.contains(t.get(x).lower())) x--;
        if (x < 0 || !t.get(x).isWord()) return false;
        if (w.relativePronouns.contains(t.get(x).lower()) ? x < 1 || !t.get(x - 1).is(",") : x > 0 && !t.get(x - 1).is(",")) return false;
        for (int y = v + 1; y < mTok; y++) if (t.get(y).is(",")) return true;
        return false;
    }

    /** ", the coast guard said, as a search continued for some dozen people": the outlet narrates again. */
    boolean outletClauseBetween(List<Tok> t, int v, int mTok) {
        for (int x = v + 1; x + 1 < mTok; x++) {
            // "... had been returned - meaning 179 prisoners freed in total": the outlet's own sum after a dash (not "– adding
            // that", a participle of lexicon/with-reporting.txt: the speaker's own, as after a comma, claimant.dash-participle)
            if (isDash(t.get(x)) && t.get(x - 1).end() < t.get(x).start() && ingForm(t.get(x + 1))
                    && !lx.withReporting.contains(t.get(x + 1).lower())) return true;
            if (!t.get(x).is(",")) continue;
            Tok n = t.get(x + 1);
            // (", as well as 32 probable" coordinates, it does not narrate)
            // (", while 29 were killed" inside what \"said\" reports goes on reporting: only after a verb that ends its clause)
            if (n.is("while") && verbEndsClause(t, v)
                    || n.is("as") && !(x + 2 < t.size() && (w.asCoordinators.contains(t.get(x + 2).lower())
                        || w.quotedAs.contains(t.get(x + 2).lower()) && ingForm(t.get(x + 2))))) return true;   // (", as saying")
        }
        return false;
    }

    /** ", police said, while ...": the verb at v is followed by the end of its clause. */
    private static boolean verbEndsClause(List<Tok> t, int v) {
        int x = v + 1;
        return x >= t.size() || t.get(x).is(",") || t.get(x).is(".") || t.get(x).is(";");
    }

    /**
     * ", with the Ukrainian presidency's office saying 116 were freed": the start of the noun phrase
     * between "with" and the participle at k, or -1 if the participle does not follow "with" and a noun.
     */
    int withSubject(List<Tok> t, int k) {
        for (int x = k - 1; x >= Math.max(0, k - 8); x--) {
            Tok y = t.get(x);
            if (y.is("with")) return x + 1 < k && hasNoun(t, x + 1, k) ? x + 1 : -1;
            if (!y.isWord() && !y.is("’") && !y.is("'") && !y.is(".")) return -1;
        }
        return -1;
    }

    private boolean hasNoun(List<Tok> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && !w.determiners.contains(t.get(i).lower()) && !t.get(i).is("a")) return true;
        return false;
    }

}
