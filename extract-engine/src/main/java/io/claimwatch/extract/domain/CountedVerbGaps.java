package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What stands between a counted noun and the verb that says what was done to it, read past by
 * {@link CountedVerbs#after}: an adverb of two words among its auxiliaries (adverb-phrase-before-verb:
 * "12 people have so far been confirmed dead"), a second noun coordinated with it that shares its
 * plural auxiliary (coordinated-noun-subject: "40 houses and a school in the town were evacuated"),
 * a passive's participle that is spelt as its base (unchanged-participle: "ballots were cast"), a verb of belief
 * before "to" and the verb it reports (believed-to: "bodies are believed to be buried"), and reads the adverb of
 * manner after a passive's participle (manner-after-passive: "were cast fraudulently"), and a relative clause
 * after the noun, up to the "be" or "have been" that closes it (relative-main-verb: "103 people who live in the
 * tower were buried").
 */
final class CountedVerbGaps {

    private final CountedWords w;
    /** "so far": two-word adverbs among the auxiliaries. */
    private final Set<String> adverbPhrases;
    /** "were", "have": the auxiliaries a subject of two coordinated nouns takes. */
    private final Set<String> pluralAuxiliaries;
    /** "believed", "feared": verbs of belief whose infinitive says what was done to the counted. */
    private final Set<String> beliefVerbs = Set.copyOf(Lexicon.lines("counted-belief-verbs.txt"));
    /** "have", "be", "been", "still": the words between "to" and the verb a belief reports. */
    private final Set<String> beliefSkips = Set.copyOf(Lexicon.lines("counted-belief-skips.txt"));

    CountedVerbGaps(CountedWords words) {
        this.w = words;
        this.adverbPhrases = Set.copyOf(Lexicon.lines("counted-adverb-phrases.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        this.pluralAuxiliaries = Set.copyOf(Lexicon.lines("counted-plural-auxiliaries.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * believed-to: the verb a verb of belief at k reports after "to" ("were believed to have died", "are thought to be
     * still buried"), past "have", "be", "been" and "still"; k itself when no such verb follows.
     */
    int overBelief(List<Tok> t, int k) {
        if (k + 2 >= t.size() || !t.get(k).isWord() || !beliefVerbs.contains(t.get(k).lower()) || !t.get(k + 1).is("to")) return k;
        int y = k + 2;
        while (y < t.size() && y < k + 6 && t.get(y).isWord() && beliefSkips.contains(t.get(y).lower())) y++;
        return y < t.size() && y > k + 2 && t.get(y).isWord() && !t.get(y).capitalized() && !w.lx.functionWords.contains(t.get(y).lower()) ? y : k;
    }

    /** adverb-phrase-before-verb: the token after a two-word adverb at k ("so far"), else k. */
    int overAdverbPhrase(List<Tok> t, int k) {
        if (k < 1 || k + 2 >= t.size() || !t.get(k).isWord() || !t.get(k + 1).isWord()) return k;
        // (among the auxiliaries only: "have so far been", not "so far this year" after the noun)
        if (!w.skipAfterNoun.contains(t.get(k - 1).lower())) return k;
        return adverbPhrases.contains(t.get(k).lower() + " " + t.get(k + 1).lower()) ? k + 2 : k;
    }

    /**
     * coordinated-noun-subject: the plural auxiliary after "and" and a noun phrase with a determiner that
     * shares the counted noun's verb ("and a school in the town were evacuated"), when a participle follows
     * it; k itself when no such phrase opens at k.
     */
    int overCoordinatedNoun(List<Tok> t, int k) {
        if (k + 3 >= t.size() || !t.get(k).is("and") || !w.determiners.contains(t.get(k + 1).lower())) return k;
        for (int y = k + 2; y + 1 < t.size() && y < k + 10; y++) {
            Tok x = t.get(y);
            if (!x.isWord()) return k;
            String l = x.lower();
            if (pluralAuxiliaries.contains(l)) {
                int p = y + 1;
                if (l.equals("have") && t.get(p).is("been") && p + 1 < t.size()) p++;
                return y > k + 2 && w.pastVerb(t.get(p)) ? y : k;
            }
            // (a noun phrase, not a clause: no verb in the past, no relative; "a nursing home" may hold an -ing word)
            if (w.skipAfterNoun.contains(l) || w.relativeOpeners.contains(l) && y > k + 2 || w.pastVerb(x) || w.lx.reportingVerbs.contains(l)) return k;
        }
        return k;
    }

    /**
     * manner-after-passive: an adverb of manner right after a passive's participle at k goes with it ("votes were cast
     * fraudulently" -> "votes cast fraudulently"); not a short or a time adverb ("nearly", "yearly").
     */
    void mannerAfter(CountedReading r, int k) {
        if (k + 1 >= r.t.size()) return;
        Tok a = r.t.get(k + 1);
        String l = a.lower();
        if (!a.isWord() || a.capitalized() || !l.endsWith("ly") || l.length() <= 6 || w.lx.timeAdverbs.contains(l)
                || w.lx.functionWords.contains(l)) return;
        r.verb += " " + l;
        r.end = a.end();
    }

    /** unchanged-participle: after "be", a verb whose participle is spelt as its base ("were cast", "was cut"). */
    boolean unchangedParticiple(Tok v) {
        return v.isWord() && !v.capitalized() && v.lower().equals(w.lx.participles.get(v.lower()));
    }

    /**
     * The noun's own "be" after a relative clause ("103 people who live in the tower were buried", "four
     * bolts which are supposed to hold the plug in place were missing"): the "be" before a participle
     * or a state that closes the clause; k itself when no such clause opens at k.
     */
    int overRelative(List<Tok> t, int k) {
        if (k + 4 >= t.size() || !w.relativeOpeners.contains(t.get(k).lower())) return k;
        return clauseClose(t, k, k + 3);
    }

    /**
     * The "be" or "have been" from y = from on that closes the clause at k, before a participle or a state ("who
     * live in the tower were buried", "who stormed the stage have been charged"); k itself when none does.
     */
    int clauseClose(List<Tok> t, int k, int from) { return clauseClose(t, k, from, false); }

    /**
     * As {@link #clauseClose(List, int, int)}; with active, for a clause whose subject is the noun ("who"
     * and its verb), an active perfect closes it too (relative-perfect-main-verb: "six nurses who treated the
     * patients have tested positive", "four guards who were hired in May have quit"), unless a verb of saying
     * in the clause reports the perfect ("who said the plant has closed") or a copula that closes nothing came first
     * ("who joined the scheme are well and have returned": "are" was the main verb).
     */
    int clauseClose(List<Tok> t, int k, int from, boolean active) {
        for (int y = from; y + 1 < t.size() && y < k + 22; y++) {
            Tok x = t.get(y), last = t.get(y - 1);
            if (!x.isWord() && !x.isNum() && !x.is("'s") && !x.is("’s")) return k;
            if (active && (w.lx.reportingVerbs.contains(x.lower()) || x.is("that"))) active = false;
            boolean have = x.is("have") || x.is("has") || x.is("had");
            boolean perfect = have && y + 2 < t.size() && t.get(y + 1).is("been");
            int p = perfect ? y + 2 : y + 1;
            perfect |= active && have && !t.get(y + 1).is("been") && w.pastVerb(t.get(y + 1)) && !t.get(y + 1).capitalized();
            if ((w.copulas.contains(x.lower()) || perfect) && last.isWord() && !w.lx.functionWords.contains(last.lower())
                    && !w.auxBeforeVerb.contains(last.lower()) && !last.lower().endsWith("ly")
                    && (w.pastVerb(t.get(p)) || w.stateAdjectives.contains(t.get(p).lower()))) return y;
            if (active && w.copulas.contains(x.lower())) active = false; // "who joined ... are well and have returned": the copula is the main verb
        }
        return k;
    }
}
