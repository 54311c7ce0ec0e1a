package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.ingForm;
import static io.claimwatch.extract.domain.ClauseMarks.isQuote;

import java.util.List;

/**
 * The readings in which a word of the reporting lists is no verb of reporting: a noun after a determiner, a
 * noun/verb homograph read as a noun, an adjective before the noun it describes ("44 confirmed heat deaths"),
 * "claimed three lives", a verb that sums a figure, a passive participle. Split from {@link ReportingVerbs}.
 */
final class VerbReadings {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;

    VerbReadings(Lexicon lx) {
        this.lx = lx;
    }

    /**
     * The word at k, whatever its spelling, is no reporting verb here: a noun after a determiner or
     * preposition, a noun/verb homograph read as a noun ("in nearby states, with"), an adjective
     * between a figure and its noun ("44 confirmed heat deaths"), "claimed three lives", "claimed responsibility for"
     * (claimant.responsibility-not-a-report), or an infinitive after "to"
     * ("prompting officials to declare an emergency and evacuate 20,000 people": no report was made).
     */
    boolean noReportingVerb(List<Tok> t, int k) {
        String l = t.get(k).lower();
        return k > 0 && w.nounContext.contains(t.get(k - 1).lower()) || lx.nounVerbs.contains(l) && !verbReading(t, k)
                || adjectival(t, k) || takesLives(t, k) || reducedPassive(t, k) || sumsAFigure(t, k)
                || k > 0 && w.notReporting.contains(t.get(k - 1).lower() + " " + l)
                || k + 1 < t.size() && w.notReporting.contains(l + " " + t.get(k + 1).lower())
                || k > 0 && t.get(k - 1).is("to") || mediumParticiple(t, k) || objectOfAVerb(t, k)
                || addsTo(t, k) || passiveAside(t, k) || countedHomograph(t, k) || indefiniteNoun(t, k);
    }

    /**
     * claimant.homograph-after-figure: "presented about 45 tweets out of 1,100", "three reports of looting": a reporting verb
     * that is also a noun (lexicon/noun-verbs.txt), in the plural right after a figure, is the noun the figure counts.
     */
    private boolean countedHomograph(List<Tok> t, int k) {
        if (k == 0 || !lx.nounVerbs.contains(t.get(k).lower()) || !t.get(k).lower().endsWith("s")) return false;
        Tok p = t.get(k - 1);
        return p.isNum() || p.isWord() && !p.is("one") && lx.numberWords.containsKey(p.lower());
    }

    /**
     * claimant.homograph-after-article: "an attack on a Houthi post about 6 miles outside the base": a reporting verb that is
     * also a noun, in its base form after "a" or "an" and up to three capitalised words, is a noun (a verb there would agree with
     * no such subject).
     */
    private boolean indefiniteNoun(List<Tok> t, int k) {
        String l = t.get(k).lower();
        if (!lx.nounVerbs.contains(l) || l.endsWith("s") || l.endsWith("ed")) return false;
        int x = k - 1;
        while (x > 0 && k - x <= 3 && t.get(x).capitalized()) x--;
        return x < k - 1 && (t.get(x).is("a") || t.get(x).is("an"));
    }

    /**
     * claimant.adds-to-not-reporting: "Vanuatu's remote location adds to the challenges", "The cancellations add to the 72
     * flights": a verb that also sums (lexicon/claimant-sum-verbs.txt) before "to" and a noun in lower case (past a determiner
     * or a possessive), or a figure after a determiner, increases
     * that noun; its subject reports nothing (not "added to reporters", lexicon/claimant-audience-nouns.txt, nor "to the BBC").
     */
    private boolean addsTo(List<Tok> t, int k) {
        if (!w.sumVerbs.contains(t.get(k).lower()) || k + 2 >= t.size() || !t.get(k + 1).is("to")) return false;
        int n = k + 2;
        if (t.get(n).isWord() && (w.determiners.contains(t.get(n).lower()) || t.get(n).is("a") || t.get(n).is("an")
                || NameShapes.possessive(t.get(n))) && n + 1 < t.size()) n++;
        Tok x = t.get(n);
        // ("The cancellations add to the 72 flights called off last week": a figure that counts what is increased)
        return x.isNum() && n > k + 2 || x.isWord() && !x.capitalized() && !w.audienceNouns.contains(x.lower()) && !w.pronouns.contains(x.lower());
    }

    /**
     * claimant.passive-aside: "The confirmed deaths, reported by the disaster office, are just from the capital": a participle
     * right after a comma and before "by" is passive; the noun before it is what was reported, no speaker.
     */
    private static boolean passiveAside(List<Tok> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k - 1).is(",") && t.get(k).lower().endsWith("ed") && t.get(k + 1).is("by");
    }

    /**
     * claimant.homograph-after-verb: "the attacks pushed claims up to $37bn", "the bank cut estimates": a reporting verb that
     * is also a noun (lexicon/noun-verbs.txt), right after a verb in the past in lower case, is that verb's object (not after
     * an auxiliary of the perfect: "had forecast").
     */
    private boolean objectOfAVerb(List<Tok> t, int k) {
        if (k == 0 || !lx.nounVerbs.contains(t.get(k).lower())) return false;
        Tok p = t.get(k - 1);
        return p.isWord() && !p.capitalized() && ClaimantWords.edForm(p.lower()) && !w.perfect.contains(p.lower())
                && !w.passive.contains(p.lower());
    }

    /**
     * claimant.statement-medium: "in a statement posted on Facebook that", "a post published to X": a participle right after
     * a noun of a medium (lexicon/claimant-medium-nouns.txt) and before a preposition describes the medium; it reports nothing.
     */
    private boolean mediumParticiple(List<Tok> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).lower().endsWith("ed") && w.mediumNouns.contains(t.get(k - 1).lower())
                && t.get(k + 1).isWord() && (w.prepositions.contains(t.get(k + 1).lower()) || t.get(k + 1).is("to"));
    }

    /**
     * claimant.sums-a-figure: "The economy added 337,000 jobs in October", "Congress also added 100 million dollars for a ship",
     * "Lawmakers added 750 projects to the bill", "GM added 500 hourly workers to its total", "the Nasdaq added 1%.": a verb
     * that also sums, whose object is the figure (past words such as "another", "about": lexicon/claimant-sum-hedges.txt; its
     * scale and up to two words in lower case after it, none a participle in -ed), with a preposition or the clause's end
     * after them, not a clause ("he added 40 people were missing", "she added 12 people died").
     */
    private boolean sumsAFigure(List<Tok> t, int k) {
        if (!w.sumVerbs.contains(t.get(k).lower())) return false;
        int x = k + 1;
        while (x < t.size() && t.get(x).isWord() && w.sumHedges.contains(t.get(x).lower())) x++;
        if (x >= t.size() || !t.get(x).isNum()) return false;
        x++;
        while (x < t.size() && (t.get(x).isNum() || t.get(x).is("%") || t.get(x).isWord() && scale(t.get(x)))) x++;
        for (int nouns = 0; nouns < 2 && x < t.size() && nounWord(t.get(x)) && !t.get(x).lower().endsWith("ed"); nouns++) x++;
        return x >= t.size() || !t.get(x).isWord() || w.prepositions.contains(t.get(x).lower()) || w.verbPrepositions.contains(t.get(x).lower());
    }

    /** A scale word of the number lists ("million"). */
    private boolean scale(Tok x) {
        long[] v = lx.numberWords.get(x.lower());
        return v != null && v[1] == 2;
    }

    /**
     * "with 16 deaths reported in Greenbrier County", "The 337,000 new jobs added to US payrolls": a participle right
     * after a counted noun is passive, with no subject.
     */
    private boolean reducedPassive(List<Tok> t, int k) {
        if (k < 2 || !t.get(k).lower().endsWith("ed")) return false;
        // ("71,000 new construction jobs added in October": the noun may have words of its own before it)
        int x = k - 1;
        while (x > 0 && k - x <= 3 && nounWord(t.get(x))) x--;
        return x < k - 1 && t.get(x).isNum()
                && (k + 1 >= t.size() || !t.get(k + 1).isWord() || w.prepositions.contains(t.get(k + 1).lower())
                    || t.get(k + 1).is("to"));
    }

    private boolean nounWord(Tok n) {
        return n.isWord() && !n.capitalized() && !lx.functionWords.contains(n.lower()) && !w.pronouns.contains(n.lower());
    }

    /** "claimed at least three lives", "claimed the lives of 12 people": the verb kills, it does not report. */
    private boolean takesLives(List<Tok> t, int k) {
        if (!w.lifeVerbs.contains(t.get(k).lower())) return false;       // "which Chad said cost 1,269 lives" reports
        for (int x = k + 1; x < t.size() && x <= k + 5; x++) {
            Tok y = t.get(x);
            if (y.isWord() && w.lifeNouns.contains(y.lower())) return true;
            if (!y.isNum() && !y.isWord() || y.is("that")) return false;
        }
        return false;
    }

    /**
     * "44 confirmed heat deaths had been reported": a participle between a figure and a noun is an
     * adjective of what the figure counts, not a verb whose subject is the figure.
     */
    private boolean adjectival(List<Tok> t, int k) {
        // "causing estimated visible damage": after an -ing form, too, a participle before a noun is an adjective
        if (k > 0 && ingForm(t.get(k - 1)) && k + 1 < t.size() && t.get(k).lower().endsWith("ed")) {
            Tok n = t.get(k + 1);
            return n.isWord() && !n.capitalized() && !lx.functionWords.contains(n.lower()) && !w.verbComplements.contains(n.lower());
        }
        if (k == 0 || !t.get(k).lower().endsWith("ed") || k + 1 >= t.size()) return false;
        Tok n = t.get(k + 1);
        if (attributive(t, k)) return n.isNum() || nounWord(n) && !w.verbComplements.contains(n.lower());
        if (!t.get(k - 1).isNum() && !scaledFigure(t, k - 1)) return false;
        return n.isWord() && !n.capitalized() && !lx.functionWords.contains(n.lower()) && !w.verbComplements.contains(n.lower());
    }

    /**
     * claimant.attributive-participle: "newly reported 3,100 cases", "the nationwide reported death toll", "the state with the
     * most confirmed cases": a participle right after a modifier of a noun (lexicon/claimant-attributive-modifiers.txt: "new",
     * "newly", "most", "nationwide"), which no subject ends, describes the noun or the figure after it; no one reports.
     */
    private boolean attributive(List<Tok> t, int k) {
        Tok p = t.get(k - 1);
        return p.isWord() && w.attributiveModifiers.contains(p.lower());
    }

    /** "1.4 million confirmed infections": a scale word ("million") right after a figure ends the figure. */
    private boolean scaledFigure(List<Tok> t, int x) {
        Tok s = t.get(x);
        if (x < 1 || !s.isWord() || !t.get(x - 1).isNum()) return false;
        long[] v = lx.numberWords.get(s.lower());
        return v != null && v[1] == 2;
    }

    /** "year", "Monday", "March", "week": a word of time. */
    boolean timeWord(Tok x) {
        String l = x.lower();
        return x.isWord() && (lx.timeUnits.contains(l) || lx.weekdays.containsKey(l) || lx.months.containsKey(l));
    }

    /** A reporting verb that is also a noun reads as a verb only before a complement. */
    private boolean verbReading(List<Tok> t, int k) {
        // "that economists had forecast": after an auxiliary of the perfect, a verb
        // (claimant.perfect-past-adverb: "AIR Worldwide has previously forecast losses of $1.1 billion": past adverbs)
        int a = k - 1;
        while (a > 0 && t.get(a).isWord() && w.verbAdverbs.contains(t.get(a).lower()) && !w.perfect.contains(t.get(a).lower())
                && !w.passive.contains(t.get(a).lower()) && !w.futureModals.contains(t.get(a).lower())) a--;
        if (a >= 0 && t.get(a).isWord() && w.perfect.contains(t.get(a).lower())) return true;
        // ", the Resolution Foundation estimates.": a verb that ends the sentence after a comma
        if (k + 1 >= t.size() || t.get(k + 1).is(".") && k + 2 >= t.size()) {
            for (int x = k - 1; x >= Math.max(0, k - 6); x--) {
                if (t.get(x).is(",")) return true;
                if (!t.get(x).isWord() || w.verbPrepositions.contains(t.get(x).lower())) return false;
            }
            return false;
        }
        Tok n = t.get(k + 1);
        if (n.isNum() || isQuote(n) || n.is(":")) return true;
        // claimant.homograph-after-name: ", Ruiz reports in the May issue of ...": after a comma and a name, in lower case, a verb
        if (k >= 2 && !t.get(k).capitalized() && t.get(k - 1).capitalized() && (t.get(k - 2).is(",") || k >= 3 && t.get(k - 2).capitalized() && t.get(k - 3).is(","))) return true;
        // claimant.homograph-before-object: "ECLAC forecasts growth of 4%": a noun and "of" a figure after it are its object
        if (k + 3 < t.size() && nounWord(n) && t.get(k + 2).is("of") && (t.get(k + 3).isNum() || w.verbComplements.contains(t.get(k + 3).lower())))
            return true;
        // "the highest for any U.S. state this year": a determiner that opens a time is no object
        if (k + 2 < t.size() && w.relativeTimes.contains(n.lower()) && timeWord(t.get(k + 2))) return false;
        // "claim to control 1,150 km", not "the initial count to 42"
        if (n.is("to")) return k + 2 < t.size() && t.get(k + 2).isWord() && !w.verbComplements.contains(t.get(k + 2).lower());
        return n.isWord() && w.verbComplements.contains(n.lower());
    }
}
