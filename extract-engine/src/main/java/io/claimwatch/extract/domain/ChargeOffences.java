package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * counted.charge-offence: a count of charges (counted-charge-nouns.txt: "counts", "charges", "felonies") keeps
 * the offence that its "of" names, participles and hyphened words with it: "she faces 12 counts of attempted
 * second-degree arson" counts "counts of attempted second-degree arson", not "counts". The offence runs over
 * up to six words that are not function words, with one "and" or "or" between two of them ("counts of fraud
 * and identity theft"); it stops at a mark, a name, a day, a reporting verb and a verb form after its first word
 * ("counts of arson filed on Monday", "counts of fraud involving a bank"), but an "-ing" noun that ends its clause
 * ("counts of aggravated stalking."; one that goes on, "money laundering and", is left to the rules after the noun phrase).
 * Read by {@link NounPhrases} inside the noun phrase after a figure.
 */
final class ChargeOffences {

    private final CountedWords w;
    private final Lexicon lx;
    /** "counts", "charges", "felonies": nouns that count charges, whose "of" names the offence. */
    private final Set<String> chargeNouns;

    ChargeOffences(CountedWords words) {
        this.w = words;
        this.lx = words.lx;
        this.chargeNouns = Set.copyOf(Lexicon.lines("counted-charge-nouns.txt"));
    }

    /**
     * The offence after "of" at j when the last of words is a noun of charges: adds "of" and the offence to words,
     * its end to end[0], and returns the token after it; j when there is none.
     */
    int read(List<Tok> t, int j, List<String> words, int[] end) {
        if (words.isEmpty() || j + 1 >= t.size() || !t.get(j).is("of")
                || !chargeNouns.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT))) return j;
        List<String> offence = new ArrayList<>();
        int x = j + 1, content = 0, e = end[0];
        boolean joined = false;
        while (x < t.size() && content < 6) {
            Tok tok = t.get(x);
            if (tok.is("-") && content > 0 && x + 1 < t.size() && t.get(x + 1).isWord() && tok.start() == t.get(x - 1).end()
                    && t.get(x + 1).start() == tok.end()) {
                offence.set(offence.size() - 1, offence.get(offence.size() - 1) + "-" + t.get(x + 1).text());   // "first-degree"
                e = t.get(x + 1).end();
                x += 2;
                continue;
            }
            if (!tok.isWord() || tok.capitalized()) break;
            String l = tok.lower();
            if ((l.equals("and") || l.equals("or")) && content > 0 && !joined && x + 1 < t.size() && offenceWord(t.get(x + 1))
                    && !w.isVerbish(t.get(x + 1))) {
                offence.add(l);
                joined = true;
                x++;
                continue;
            }
            if (!offenceWord(tok)) break;
            // "counts of aggravated stalking.": an "-ing" noun that ends the clause is the offence's; one that goes on is left
            if (content > 0 && w.isVerbish(tok) && !(l.endsWith("ing") && (x + 1 >= t.size() || !t.get(x + 1).isWord()))) break;
            offence.add(tok.text());
            e = tok.end();
            content++;
            x++;
        }
        while (!offence.isEmpty() && (offence.get(offence.size() - 1).equals("and") || offence.get(offence.size() - 1).equals("or"))) {
            offence.remove(offence.size() - 1);
        }
        if (content == 0) return j;
        words.add("of");
        words.addAll(offence);
        end[0] = e;
        return x;
    }

    /** A word an offence may have: a lower-case word that is no function word, day, month, time word or reporting verb. */
    private boolean offenceWord(Tok tok) {
        if (!tok.isWord() || tok.capitalized()) return false;
        String l = tok.lower();
        return !lx.functionWords.contains(l) && !lx.reportingVerbs.contains(l) && !lx.weekdays.containsKey(l) && !lx.months.containsKey(l)
                && !lx.timeAdverbs.contains(l) && !lx.numberWords.containsKey(l);
    }
}
