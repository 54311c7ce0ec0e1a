package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * The numbers and hyphens inside a noun phrase that belong to its words, not figures of their own: a
 * model's number ("Boeing 737 Max 9 aircraft"), the number that ends a name after "of" ("members of
 * Local 222"), a hyphened designator ("L-39 bombers"), and acronyms ("US Army"). Read by {@link NounPhrases}.
 */
final class NamedParts {

    private final CountedWords w;
    private final Lexicon lx;

    NamedParts(CountedWords words) {
        this.w = words;
        this.lx = words.lx;
    }

    /**
     * name-number: "2,800 members of Local 222 are affected", "the crew of Flight 371": a number that ends a
     * name after "of" is part of the name (not a month's day, not a figure of its own: "of Local 222 and 40").
     */
    boolean nameNumber(List<Tok> t, int j) {
        Tok before = t.get(j - 1), after = j + 1 < t.size() ? t.get(j + 1) : null;
        return j >= 2 && t.get(j - 2).is("of") && before.capitalized() && !lx.months.containsKey(before.lower())
                && !lx.weekdays.containsKey(before.lower()) && t.get(j).text().chars().allMatch(Character::isDigit)
                && t.get(j).text().length() <= 4 && before.end() < t.get(j).start()
                && (after == null || !after.isWord() && !after.is("-") && !after.is("%") || lx.functionWords.contains(after.lower()) && !after.is("and")
                    && !after.is("of"));
    }

    /**
     * The number at j names a model, not a figure: right after a capitalised word and before a word,
     * with no space missing ("Boeing 737 Max 9 aircraft", "two Max 8 jets").
     */
    boolean modelNumber(List<Tok> t, int j) {
        Tok before = t.get(j - 1), after = j + 1 < t.size() ? t.get(j + 1) : null;
        return before.capitalized() && !lx.months.containsKey(before.lower()) && !lx.weekdays.containsKey(before.lower())
                && after != null && after.isWord() && !lx.functionWords.contains(after.lower()) && !lx.timeUnits.contains(after.lower())
                && !(j + 2 < t.size() && t.get(j + 2).is("of"))   // "Aviaco 10 out of 82": a figure
                && t.get(j).text().chars().allMatch(Character::isDigit) && t.get(j).text().length() <= 4
                && before.end() < t.get(j).start() && t.get(j).end() < after.start();
    }

    /**
     * The hyphen at j joins the word before it to a model's number or a word after it, inside a noun phrase
     * that goes on: "L-39 bombers", "Max-9 aircraft", "COVID-19 patients", "anti- aircraft guns" (a prefix
     * cut by a line break); not a range ("10-15") or a dash between clauses ("ships - and").
     */
    boolean designator(List<Tok> t, int j) {
        if (j + 2 >= t.size() || t.get(j).start() != t.get(j - 1).end() || !t.get(j - 1).isWord()) return false;
        Tok next = t.get(j + 1), after = t.get(j + 2);
        if (next.isNum()) {
            return next.start() == t.get(j).end() && next.text().chars().allMatch(Character::isDigit) && next.text().length() <= 4
                    && after.isWord() && !lx.functionWords.contains(after.lower()) && !lx.timeUnits.contains(after.lower());
        }
        return next.isWord() && !next.capitalized() && !lx.functionWords.contains(next.lower()) && !w.isVerbish(next)
                && after.isWord() && !lx.functionWords.contains(after.lower()) && !w.isVerbish(after)
                && t.get(j - 1).text().length() <= 5 && !t.get(j - 1).capitalized();
    }

    /** A word of two or more letters all in capitals ("US", "IT"). */
    static boolean allCaps(Tok tok) {
        return tok.isWord() && tok.text().length() > 1 && tok.text().equals(tok.text().toUpperCase(Locale.ROOT));
    }
}
