package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code counted.sum-per-unit}: a sum right after which "a", "an" or "per" gives what it is for, one of a noun of
 * {@code counted-per-units.txt} ("the chain now charges $6 a gallon", "sold at $14 per share", "the ferry costs $3 per
 * person"), is a sum per that noun: the claim's phrase, once keyed, names "per" and the noun, and an "of" after the
 * noun with the word it names ("$5 per gallon of diesel"), before the currency in brackets: "town's ferry cost per
 * person (US dollars)", "US dollars per share". Not a time after the noun ("$75 million a year ago", "a week earlier":
 * a sum of a past period: {@code counted-relative-times.txt}), nor where the phrase names that noun already ("earnings per share", "pay a month"); a
 * conversion in brackets between the sum and "a" is stepped over ("$80 (£60) a barrel"). Read after the keys, which it
 * does not change (a price per gallon is keyed as the price was).
 */
final class CountedSumsPerUnit {

    private static final Set<String> NOUNS = Set.copyOf(Lexicon.lines("counted-per-units.txt"));

    private final CountedWords w;

    CountedSumsPerUnit(CountedWords w) {
        this.w = w;
    }

    /** The phrase with the sum's "per" noun named, else the phrase as it is. */
    String named(String phrase, List<Tok> t, Mention m) {
        if (phrase == null || phrase.isBlank() || !w.lx.currencyCodes.contains(m.unit) || m.unit.equals("%")) return phrase;
        int j = CountedWords.afterFigure(t, m);
        if (j < t.size() && t.get(j).is("(")) {                   // "$80 (£60) a barrel": past the conversion
            int close = j + 1;
            while (close < t.size() && close < j + 8 && !t.get(close).is(")")) close++;
            if (close >= t.size() || !t.get(close).is(")")) return phrase;
            j = close + 1;
        }
        if (j + 1 >= t.size() || !(t.get(j).is("a") || t.get(j).is("an") || t.get(j).is("per")) || !t.get(j + 1).isWord()) return phrase;
        String noun = t.get(j + 1).lower();
        String single = noun.endsWith("s") && NOUNS.contains(noun.substring(0, noun.length() - 1)) ? noun.substring(0, noun.length() - 1) : noun;
        if (!NOUNS.contains(single) || t.get(j + 1).capitalized()) return phrase;
        if (j + 2 < t.size() && t.get(j + 2).isWord() && w.relativeTimes.contains(t.get(j + 2).lower())) return phrase;
        for (String x : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (x.equals(single) || x.equals(single + "s")) return phrase;
        }
        StringBuilder per = new StringBuilder("per ").append(noun);
        if (j + 3 < t.size() && t.get(j + 2).is("of") && t.get(j + 3).isWord() && !t.get(j + 3).capitalized()
                && w.nounish(t.get(j + 3)) && !w.lx.functionWords.contains(t.get(j + 3).lower())) {
            per.append(" of ").append(t.get(j + 3).lower());     // "$5 per gallon of diesel"
        }
        int bracket = phrase.endsWith(")") ? phrase.lastIndexOf(" (") : -1;
        return bracket > 0 ? phrase.substring(0, bracket) + " " + per + phrase.substring(bracket) : phrase + " " + per;
    }
}
