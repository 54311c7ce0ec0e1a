package io.claimwatch.extract.domain;

import java.util.Locale;
import java.util.Set;

/**
 * claimant.must-be-source: the check every claimant passes. A claimant is a speaker or a source: a person, a body, a
 * document or a study, named by a noun phrase whose head can report. Words that a reader took for a subject and that
 * name no such thing are dropped, and the figure has no claimant (none is better than a wrong one):
 * <ul>
 * <li>a figure with no name after it ("1.4 million", of "With 1.4 million confirmed infections, ...");</li>
 * <li>words that a subordinator or a relative adverb opens ("where the nationwide", lexicon/claimant-not-source-openers.txt);</li>
 * <li>a quantifier alone, standing for unnamed people ("some had feared", lexicon/claimant-quantifier-pronouns.txt);</li>
 * <li>words that a participle in -ing and a preposition open (claimant.adverbial-opening: ", starting with soap operas
 * and late-night talk shows", lexicon/claimant-prepositions.txt);</li>
 * <li>words whose last word, in lower case, heads no noun phrase: an adverb ("newly"), an adjective or a quantifier
 * left without its noun ("new", "the town with the most", "A partial tally of the bills alone":
 * lexicon/claimant-not-heads.txt; not every word in -ly: "a government tally", "the family").</li>
 * </ul>
 */
final class MustBeSource {

    private static final Set<String> NOT_HEADS = words("claimant-not-heads.txt");
    private static final Set<String> OPENERS = words("claimant-not-source-openers.txt");
    private static final Set<String> QUANTIFIERS = words("claimant-quantifier-pronouns.txt");
    private static final Set<String> PREPOSITIONS = words("claimant-prepositions.txt");

    private MustBeSource() {}

    private static Set<String> words(String name) {
        return Set.copyOf(Lexicon.lines(name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether c (not null) names a speaker or a source. */
    static boolean isSource(String c) {
        String[] x = WordSplits.WHITESPACE.split(c.strip());
        if (x.length == 0 || x[0].isEmpty() || StockTickers.onlyTicker(c)) return false;   // "( HFD.N )": claimant.ticker-transparent
        // (a figure and no name after it: "1.4 million", not "80th Air Assault Brigade", "3M")
        boolean named = false;
        for (int i = 0; i < x.length && !named; i++) named = x[i].chars().anyMatch(Character::isUpperCase);
        if (!named && x[0].chars().noneMatch(Character::isLetter)) return false;
        if (x[0].chars().noneMatch(Character::isLetter) && x.length == 1) return false;
        if (Character.isLowerCase(x[0].charAt(0)) && OPENERS.contains(x[0])) return false;
        if (x.length == 1 && QUANTIFIERS.contains(x[0].toLowerCase(Locale.ROOT))) return false;   // ("some", "Others")
        if (adverbialOpening(c)) return false;
        String last = x[x.length - 1];
        int e = last.length();
        while (e > 0 && !Character.isLetter(last.charAt(e - 1))) e--;
        last = last.substring(0, e);
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) return true;
        return !NOT_HEADS.contains(last);
    }

    /** claimant.adverbial-opening: "starting with soap operas": a participle's phrase. */
    private static boolean adverbialOpening(String c) {
        java.util.List<Tok> t = Tok.of(c, 0, c.length());
        if (t.isEmpty() || !t.get(0).isWord() || t.get(0).capitalized()) return false;
        return t.size() > 1 && ClaimantWords.ingForm(t.get(0)) && t.get(1).isWord() && PREPOSITIONS.contains(t.get(1).lower());
    }
}
