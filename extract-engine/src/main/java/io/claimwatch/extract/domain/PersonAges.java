package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * Ages after a person in a crime or accident report, which are no counts ({@link NumberRule#AGE_IN_APPOSITION}): after
 * a full name closed by a semicolon or by the sentence ({@code age.name-in-a-list}: "Police named Ann Roe, 31; Joe
 * "Red" Kay, 40; and Lee Poe, 19."), and after a noun of a person with a determiner or a number before it
 * ({@code age.person-noun}: "One man, 30, was hurt", "two women, 41 and 52, were treated").
 */
final class PersonAges {

    private final Lexicon lx;
    /** "man", "women", "victim": a noun of people an age may follow (numbers-age-person-nouns.txt). */
    private final Set<String> personNouns = NotFigures.words("age-person-nouns");

    PersonAges(Lexicon lx) {
        this.lx = lx;
    }

    /**
     * {@code age.name-in-a-list}: "Police named Ann Roe, 31; Joe "Red" Kay, 40; and Lee Poe, 19.", "The man was identified
     * as Tom Willis, 52.": a whole number up to 120 after a full name (two capitalised words or more, a nickname in quotation
     * marks between them) and a comma, closed by a semicolon or by the sentence's end, is the person's age. Not a name in the
     * plural, a party or a country in a list of results ("the Greens, 12; the Liberal Democrats, 9."), unless "as" names
     * the person before it.
     */
    boolean afterName(List<Tok> t, int value, int i, int j) {
        if (value > 120 || i < 3 || !t.get(i - 1).is(",")) return false;
        boolean semicolon = j < t.size() && t.get(j).is(";");
        boolean closes = j >= t.size() || t.get(j).is(".") && j + 1 == t.size();
        if (!semicolon && !closes) return false;
        int x = i - 2, words = 0;
        while (x >= 0) {
            Tok w = t.get(x);
            if (quote(w)) {                                           // a nickname: Joe "Red" Kay
                int y = x - 1;
                while (y >= 0 && y > x - 5 && !quote(t.get(y))) y--;
                if (y < 0 || !quote(t.get(y))) break;
                x = y - 1;
                continue;
            }
            if (!w.isWord() || !w.capitalized() || lx.functionWords.contains(w.lower())) break;
            words++;
            x--;
        }
        if (words < 2) return false;
        Tok surname = t.get(i - 2);
        return !surname.lower().endsWith("s") || x >= 0 && t.get(x).is("as");
    }

    private static boolean quote(Tok w) {
        return w.is("\"") || w.is("“") || w.is("”");
    }

    /**
     * {@code age.person-noun}: "One man, 30, was hurt", "Another woman, 64, was treated", "two women, 41 and 52, were
     * taken to hospital": the whole numbers up to 120 between a comma after a noun of numbers-age-person-nouns.txt (with a
     * determiner or a number before it, up to two words between) and a comma, a semicolon, a bracket or the sentence's end
     * are the persons' ages: one after a noun in the singular, two or more after one in the plural. Not "two men, three
     * women and a child" (a noun follows), nor a bare noun in a table ("Men, 41; women, 38").
     */
    boolean afterPersonNoun(List<Tok> t, int i) {
        int first = i, last = i, numbers = 1;
        for (int x = i - 1; x >= 1; x--) {                              // back to the list's first age
            Tok w = t.get(x);
            if (w.is(",") || w.is("and")) continue;
            if (!age(w)) break;
            first = x;
            numbers++;
        }
        for (int x = i + 1; x < t.size(); x++) {                        // on to its last
            Tok w = t.get(x);
            if (w.is(",") || w.is("and")) continue;
            if (!age(w)) break;
            last = x;
            numbers++;
        }
        int end = last + 1;
        if (end < t.size() && !(t.get(end).is(",") || t.get(end).is(";") || t.get(end).is(")") || t.get(end).is(".") && end + 1 == t.size())) return false;
        if (first < 3 || !t.get(first - 1).is(",")) return false;
        // the separators inside the list are only commas and "and"
        Tok noun = t.get(first - 2);
        if (!noun.isWord() || !personNouns.contains(noun.lower())) return false;
        if (plural(noun) ? numbers < 2 : numbers != 1) return false;
        for (int x = first - 3; x >= Math.max(0, first - 5); x--) {
            Tok w = t.get(x);
            if (w.isNum() || lx.numberWords.containsKey(w.lower()) || DETERMINERS.contains(w.lower())) return true;
            if (!w.isWord() || lx.functionWords.contains(w.lower())) return false;
        }
        return false;
    }

    /**
     * {@code age.people-between}: "Most of the victims were between 17 and 25.": both numbers up to 120 of "between N and M"
     * right after a noun of numbers-age-person-nouns.txt in the plural and "are"/"were", closing the clause, are the ages
     * the persons span; not "between 10 and 30 people" (a noun follows).
     */
    boolean between(List<Tok> t, int i) {
        if (i < 3) return false;
        int b = t.get(i - 1).is("between") ? i - 1 : i >= 3 && t.get(i - 1).is("and") && age(t.get(i - 2)) && t.get(i - 3).is("between") ? i - 3 : -1;
        if (b < 2 || b + 3 >= t.size() || !t.get(b + 2).is("and") || !age(t.get(b + 1)) || !age(t.get(b + 3))) return false;
        int end = b + 4;
        if (end < t.size() && !NotFigures.CLAUSE_ENDS.contains(t.get(end).text())) return false;
        Tok verb = t.get(b - 1), noun = t.get(b - 2);
        return (verb.is("are") || verb.is("were")) && personNouns.contains(noun.lower()) && plural(noun);
    }

    /** "women", "victims": a noun of numbers-age-person-nouns.txt in the plural. */
    private static boolean plural(Tok noun) {
        return noun.lower().endsWith("s") || noun.lower().endsWith("men");
    }

    /** A whole number in digits up to 120. */
    private static boolean age(Tok w) {
        return w.isNum() && w.text().length() <= 3 && w.text().chars().allMatch(Character::isDigit) && Integer.parseInt(w.text()) <= 120;
    }

    /** The determiners before a noun of a person that takes an age: "another man, 30". */
    private static final Set<String> DETERMINERS = NotFigures.words("age-person-determiners");
}
