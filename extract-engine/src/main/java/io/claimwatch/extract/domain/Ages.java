package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * Ages, which are no counts: an age that qualifies who is counted ({@link NumberRule#AGE_QUALIFIER}: "those aged 65 and
 * over"), one a linking verb gives to "age" ({@link NumberRule#AGE_STATED}), one in apposition after a name
 * ({@link NumberRule#AGE_IN_APPOSITION}) and a person's age told ({@link NumberRule#AGE_OF_PERSON}: "He was 91.").
 */
final class Ages {

    private final Lexicon lx;
    private final NotFigures not;
    /** "he", "she", "i": with "was" and a bare number, a person's age ({@link NumberRule#AGE_OF_PERSON}). */
    private final Set<String> agePronouns = NotFigures.words("age-pronouns");
    /** "only", "now": between "was" and a person's age. */
    private final Set<String> ageAdverbs = NotFigures.words("age-adverbs");
    /** "when", "in": after a person's age, heading no noun. */
    private final Set<String> ageFollowers = NotFigures.words("age-followers");
    /** "child", "people": before "under"/"over" and a person's age. */
    private final Set<String> ageNouns = NotFigures.words("age-nouns");
    /** "retire", "died": before "at" and a person's age. */
    private final Set<String> ageVerbs = NotFigures.words("age-verbs");
    /** "wife", "sister": after a possessive determiner and before a comma and a person's age. */
    private final Set<String> kinNouns = NotFigures.words("age-kin-nouns");

    /** "group", "bracket": after "age", a span of ages ({@link NumberRule#AGE_QUALIFIER}: "the age group of 20 to 44"). */
    private final Set<String> ageGroupNouns = NotFigures.words("age-group-nouns");

    /** Ages after a name in a list or after a noun of a person: "Joe Kay, 40;", "One man, 30, was hurt". */
    private final PersonAges persons;

    Ages(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
        this.persons = new PersonAges(lx);
    }

    /**
     * {@link NumberRule#AGE_QUALIFIER}: "children under the age of five", "people ages 50 to 64", "those
     * aged 65 and over": an age that qualifies who is counted, not a count.
     */
    boolean ageOf(List<Tok> t, int i) {
        if (i >= 1 && (t.get(i - 1).is("ages") || t.get(i - 1).is("aged"))) return true;
        // "aged between 18 and 24": both ages of the span
        if (i >= 2 && t.get(i - 1).is("between") && (t.get(i - 2).is("ages") || t.get(i - 2).is("aged"))) return true;
        if (i >= 4 && t.get(i - 1).is("and") && numeral(t.get(i - 2)) && t.get(i - 3).is("between")
                && (t.get(i - 4).is("ages") || t.get(i - 4).is("aged"))) return true;
        // "those who are 65 and older", "children 12 or younger"
        if (i + 2 < t.size() && (t.get(i + 1).is("and") || t.get(i + 1).is("or"))
                && (t.get(i + 2).is("older") || t.get(i + 2).is("younger"))) return true;
        // "between the ages of 5 and 9", "ranging in age from 50 to 110": the second age of a span
        if (i >= 4 && (t.get(i - 1).is("to") || t.get(i - 1).is("and")) && numeral(t.get(i - 2))
                && (t.get(i - 3).is("of") || t.get(i - 3).is("from")) && (t.get(i - 4).is("age") || t.get(i - 4).is("ages"))) return true;
        if (i >= 2 && t.get(i - 1).is("from") && (t.get(i - 2).is("age") || t.get(i - 2).is("ages"))) return true;
        // "ranged in age from about 18 to 24": a hedge word between "from" and the span's first age (age.hedged-span)
        if (i >= 3 && hedgeWord(t.get(i - 1)) && t.get(i - 2).is("from") && (t.get(i - 3).is("age") || t.get(i - 3).is("ages"))) return true;
        if (i >= 5 && (t.get(i - 1).is("to") || t.get(i - 1).is("and")) && numeral(t.get(i - 2)) && hedgeWord(t.get(i - 3))
                && (t.get(i - 4).is("of") || t.get(i - 4).is("from")) && (t.get(i - 5).is("age") || t.get(i - 5).is("ages"))) return true;
        // "who had turned 110 in May", "A friend just turned 95", "will turn 18 on August 7": the age a person reached, unless a noun follows ("turned 40 homes into")
        if (i >= 1 && (t.get(i - 1).is("turned") || t.get(i - 1).is("turns") || t.get(i - 1).is("turning") || t.get(i - 1).is("turn"))
                && (i + 1 >= t.size() || !t.get(i + 1).isWord() || LOWER_FUNCTION_AFTER_AGE.contains(t.get(i + 1).lower()))) return true;
        // the second age of a span: "ages 50 to 64"
        if (i >= 3 && (t.get(i - 1).is("to") || t.get(i - 1).is("and") || t.get(i - 1).is("-") || t.get(i - 1).is("–"))
                && numeral(t.get(i - 2)) && (t.get(i - 3).is("ages") || t.get(i - 3).is("aged"))) return true;
        // "the age group of 20 to 44", "an age bracket between 30 and 39": both ages of the span (age.group-span)
        if (i >= 3 && (t.get(i - 1).is("of") || t.get(i - 1).is("from") || t.get(i - 1).is("between")) && ageGroup(t, i - 2)) return true;
        if (i >= 5 && (t.get(i - 1).is("to") || t.get(i - 1).is("and") || t.get(i - 1).is("-") || t.get(i - 1).is("–"))
                && numeral(t.get(i - 2)) && (t.get(i - 3).is("of") || t.get(i - 3).is("from") || t.get(i - 3).is("between"))
                && ageGroup(t, i - 4)) return true;
        return i >= 2 && t.get(i - 1).is("of") && (t.get(i - 2).is("age") || t.get(i - 2).is("ages"));
    }

    /** "age group", "age bracket" ending at token {@code k} (numbers-age-group-nouns.txt). */
    private boolean ageGroup(List<Tok> t, int k) {
        return k >= 1 && ageGroupNouns.contains(t.get(k).lower()) && t.get(k - 1).is("age");
    }

    /**
     * {@link NumberRule#AGE_STATED}: "the average age of the suspects is 37", "the age range of suspects is from 10 years
     * old to 100": a number that a linking verb gives to the noun "age" before it, and that heads no noun, is an age; not
     * an age a rule changes ("raise the retirement age to 64" is a claim).
     */
    boolean ageStated(List<Tok> t, int i, int j) {
        Tok next = j < t.size() ? t.get(j) : null;   // "age was 31 and 5,293 pregnant women": the second heads a noun
        if (next != null && next.isWord() && !lx.functionWords.contains(next.lower()) && !next.is("and") && !next.is("or")) return false;
        boolean linked = false;
        for (int x = i - 1; x >= Math.max(0, i - 16); x--) {
            Tok w = t.get(x);
            if (w.is("age")) return linked;
            if (!w.isWord() && !w.isNum()) return false;   // a comma, a bracket or a quotation mark ends the clause's reach
            linked |= LINKING.contains(w.lower());
        }
        return false;
    }

    /**
     * {@link NumberRule#AGE_OF_PERSON}: a bare whole number up to 120 that heads no noun (it ends its clause or a word of
     * numbers-age-followers.txt follows) is a person's age after a personal pronoun (numbers-age-pronouns.txt) and
     * "was"/"is", an adverb of numbers-age-adverbs.txt or "under"/"over" between ("He was 91.", "when he was six, according
     * to", "as he is under 18"); after "under"/"over" and a noun of people (numbers-age-nouns.txt: "a child under 14 in", "39%
     * of people under 55", "jobless over 50 also found work"), after such a pronoun and "at" ("who at 44 will be") or after
     * a verb of numbers-age-verbs.txt and "at" ("can retire at 60 and", "retiring at 65 eventually"), a verb or an adverb
     * may follow too; not a number that heads a
     * noun or a unit ("he was 300 meters away", "she was one of the first", "died at 12 sites", "people over 50 percent").
     */
    boolean ageOfPerson(List<Tok> t, int i, int j, long value) {
        if (value > 120 || i < 2) return false;
        int v = i - 1;
        boolean bound = t.get(v).is("under") || t.get(v).is("over");
        // "jobless over 50 also found work", "job seekers under 25 rose 2,300", "who at 44 will be": a verb may follow
        if (bound && ageNouns.contains(t.get(v - 1).lower())
                || t.get(v).is("at") && (agePronouns.contains(t.get(v - 1).lower()) || ageVerbs.contains(t.get(v - 1).lower()))) {
            return headsNoNoun(t, j);
        }
        if (!endsAge(t, j)) return false;
        if (bound || ageAdverbs.contains(t.get(v).lower())) v--;
        return v >= 1 && (t.get(v).is("was") || t.get(v).is("is")) && agePronouns.contains(t.get(v - 1).lower());
    }

    /**
     * Whether the number before token {@code j} heads no noun nor unit: no word follows, or punctuation that ends a clause, or
     * a function word, or a word that is no plural, unit, time unit, counted noun or number word ("over 50 also", "under 25
     * rose"; not "under 25 percent", "at 12 sites").
     */
    private boolean headsNoNoun(List<Tok> t, int j) {
        if (j >= t.size()) return true;
        Tok next = t.get(j);
        if (!next.isWord()) return NotFigures.CLAUSE_ENDS.contains(next.text());
        String w = next.lower();
        return lx.functionWords.contains(w) || !not.pluralOrUnit(w) && !lx.timeUnits.contains(w) && !lx.countedNouns.contains(w)
                && !lx.numberWords.containsKey(w);
    }

    /** Whether the number before token {@code j} heads no noun: the clause or the sentence ends, or a word such as "when" follows. */
    private boolean endsAge(List<Tok> t, int j) {
        if (j >= t.size()) return true;
        Tok next = t.get(j);
        return next.isWord() ? ageFollowers.contains(next.lower()) : NotFigures.CLAUSE_ENDS.contains(next.text());
    }

    /** A one-word hedge of hedges.txt: "about", "around". */
    private boolean hedgeWord(Tok w) {
        return w.isWord() && lx.hedgesBefore.containsKey(w.lower());
    }

    /** The verbs that state what an age is. */
    private static final Set<String> LINKING = NotFigures.words("age-linking-verbs");

    /** Digits or a number word ("between the ages of eight and 15"). */
    private boolean numeral(Tok w) {
        return w.isNum() || w.isWord() && lx.numberWords.containsKey(w.lower());
    }

    /** The words that may follow an age a person "turned": "turned 95 about a month ago", "turned 110 in May". */
    private static final Set<String> LOWER_FUNCTION_AFTER_AGE = NotFigures.words("age-after-turned");

    /**
     * {@link NumberRule#AGE_IN_APPOSITION}: "Hassan Ait Lahcen, 52, a farmer", "Jane Doe, 42, of Chico", after a full name
     * at the end of a sentence ("and Nick Wood, 41."), after a name and before "and" and a participle ("John Doe Jr., 38
     * and living in Boston"), and after a possessive determiner and a noun of numbers-age-kin-nouns.txt ("his wife, 33,
     * and her sister, 34, were killed").
     */
    boolean ageInApposition(List<Tok> t, int value, Tok prev, Tok prev2, int i, int j) {
        if (value <= 120 && (persons.afterName(t, value, i, j) || persons.afterPersonNoun(t, i) || persons.between(t, i))) return true;
        if (value > 120 || prev == null || !prev.is(",") || prev2 == null) return false;
        // a name cut by an abbreviation's full stop: "Doe Jr., 38"
        boolean named = prev2.capitalized() || prev2.is(".") && i >= 3 && t.get(i - 3).capitalized();
        if (!named) {
            return kinNouns.contains(prev2.lower()) && i >= 3 && POSSESSIVES.contains(t.get(i - 3).lower())
                    && j < t.size() && (t.get(j).is(",") || t.get(j).is("."));
        }
        if (j < t.size() && t.get(j).is(",")) return true;
        // "John Doe Jr., 38 and living in Boston": "and" and a participle go on with the person
        if (j + 1 < t.size() && t.get(j).is("and") && t.get(j + 1).lower().endsWith("ing")) return true;
        // "... and former chef Nick Wood, 41.": after a full name, closing the sentence
        int k = j - 1;
        return (j >= t.size() || t.get(j).is(".") && j + 1 == t.size()) && k >= 3 && t.get(k - 3).capitalized()
                && t.get(k - 3).end() < prev2.start() && !prev2.lower().endsWith("s");
    }

    /** The possessive determiners before a noun of a tie to a person: "his wife". */
    private static final Set<String> POSSESSIVES = NotFigures.words("age-possessives");
}
