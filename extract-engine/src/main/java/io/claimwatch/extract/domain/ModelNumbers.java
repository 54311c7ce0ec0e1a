package io.claimwatch.extract.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bare model numbers before the noun they name the kind of (lexicon/numbers-model-nouns.txt: "planes", "jets",
 * "aircraft", "models", "fleet"), where no maker's name stands before them: {@link NumberRule#MODEL_LIST} ("halting
 * production of its 737, 747, 767, 777 and 787 planes", "the 777 and 787 models") and {@link NumberRule#MODEL_BEFORE_NOUN}
 * ("more than a fully laden 737 aircraft", "the 787 fleet"). A model number is a plain integer of three digits or more,
 * neither round nor a year ("737", not "350" nor "2013"); "its 350 aircraft", "737 jobs" and "ordered 100 737s" stay counts.
 */
final class ModelNumbers {

    private final Lexicon lx;
    /** "plane", "aircraft": a model noun in the singular (an invariant noun is in both sets). */
    private final Set<String> singular = new HashSet<>();
    /** "planes", "aircraft": a model noun in the plural. */
    private final Set<String> plural = new HashSet<>();
    /** "a", "another": before a model number, makes an invariant noun after it one thing ("a 737 aircraft"). */
    private final Set<String> oneThing = NotFigures.words("model-determiners");
    private final NotFigures not;
    /** "the", "its": a determiner that opens a list of model numbers (lexicon/counted-determiners.txt). */
    private final Set<String> determiners;

    ModelNumbers(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
        for (String line : Lexicon.lines("numbers-model-nouns.txt")) {
            String[] f = line.toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length != 2) throw new IllegalStateException("numbers-model-nouns.txt: not a singular and a plural: " + line);
            singular.add(f[0]);
            plural.add(f[1]);
        }
        this.determiners = NotFigures.words("model-list-openers");
    }

    /** The rule that makes the plain integer at token i a model's name, or null. */
    NumberRule names(List<Tok> t, int i) {
        if (!modelNumber(t, i)) return null;
        if (inList(t, i)) return NumberRule.MODEL_LIST;
        return beforeSingularNoun(t, i) ? NumberRule.MODEL_BEFORE_NOUN : null;
    }

    /**
     * {@code numbers.model-list}: the number at i is an item of a list of two or more model numbers (commas, "and", "or",
     * "&", "/"), each a model number or a code glued to letters ("A320"), right before a model noun: "its 737, 747, 767,
     * 777 and 787 planes", "the 777 and 787 models". The list opens after a determiner (numbers-model-list-openers.txt), a possessive or a
     * capitalised word: not after a verb that counts ("delivered 462 and 477 jets"), nor a range ("between 437 and 453 jets").
     */
    private boolean inList(List<Tok> t, int i) {
        int first = i, items = 1;
        for (int n = 0; n < 12; n++) {   // back over the joins to the list's first item
            int y = itemBefore(t, first);
            if (y < 0) break;
            first = y;
            items++;
        }
        int last = i;
        for (int n = 0; n < 12; n++) {   // on over the joins to its last item
            int y = itemAfter(t, last);
            if (y < 0) break;
            last = y;
            items++;
        }
        if (items < 2 || last + 1 >= t.size() || !modelNoun(t.get(last + 1))) return false;
        int open = t.get(first).isNum() ? first : first - 1;   // "A320": the list opens at its letters
        if (open == 0) return false;
        Tok before = t.get(open - 1);   // "its", "the", "Boeing's", "Airbus": not a verb that counts ("delivered 462 and 477 jets")
        String b = before.lower();
        return before.isWord() && (determiners.contains(b) || b.endsWith("'s") || b.endsWith("’s") || before.capitalized() && !before.is("Between"));
    }

    /** The number of the list item before the item at x (across one join), or -1. */
    private int itemBefore(List<Tok> t, int x) {
        int start = t.get(x).isNum() && x > 0 && glued(t.get(x - 1), t.get(x)) && t.get(x - 1).isWord() ? x - 1 : x;
        if (start < 2) return -1;
        Tok p = t.get(start - 1);
        int y = join(p) ? start - 2 : -1;
        if ((p.is("and") || p.is("or")) && y >= 1 && t.get(y).is(",")) y--;   // ", and"
        return y >= 0 && item(t, y) ? y : -1;
    }

    /** The number of the list item after the item at x (across one join), or -1. */
    private int itemAfter(List<Tok> t, int x) {
        int j = x + 1;
        if (j >= t.size() || !join(t.get(j))) return -1;
        if (t.get(j).is(",") && j + 1 < t.size() && (t.get(j + 1).is("and") || t.get(j + 1).is("or"))) j++;
        j++;
        if (j < t.size() && t.get(j).isWord() && j + 1 < t.size() && t.get(j + 1).isNum() && glued(t.get(j), t.get(j + 1))) j++;   // "A320"
        return j < t.size() && item(t, j) ? j : -1;
    }

    private static boolean join(Tok p) {
        return p.is(",") || p.is("and") || p.is("or") || p.is("&") || p.is("/");
    }

    /** A model number, or digits glued to letters before them ("A320", "Q400"). */
    private boolean item(List<Tok> t, int y) {
        if (!t.get(y).isNum()) return false;
        if (y > 0 && t.get(y - 1).isWord() && glued(t.get(y - 1), t.get(y))) return allDigits(t.get(y).text());
        return modelNumber(t, y);
    }

    /**
     * {@code numbers.model-before-noun}: the number at i before a model noun in the singular ("the 787 fleet", "a separate
     * 787 jet", past the rest of the model's name in capitals: "a brand-new 737 Max 9 jet") or before an invariant one after "a" and up to two words that describe it ("a fully laden 737 aircraft"):
     * a number over one counts no single thing. Not where the noun is a word of a compound before a plural ("787 jet engines").
     */
    private boolean beforeSingularNoun(List<Tok> t, int i) {
        int n = i + 1;
        // the rest of the model's name between the number and the noun: "a brand-new 737 Max 9 jet"
        while (n < t.size() && n <= i + 3 && (t.get(n).capitalized() || n > i + 1 && t.get(n).isNum())) n++;
        if (n >= t.size()) return false;
        Tok noun = t.get(n);
        if (!noun.isWord() || noun.capitalized() || !singular.contains(noun.lower())) return false;
        Tok after = n + 1 < t.size() ? t.get(n + 1) : null;
        if (after != null && after.isWord() && !after.capitalized() && !lx.functionWords.contains(after.lower())
                && not.pluralOrUnit(after.lower())) return false;
        if (!plural.contains(noun.lower())) return true;              // "fleet", "jet": one thing
        for (int x = i - 1, words = 0; x >= 0 && words <= 2; x--, words++) {   // "a fully laden 737 aircraft"
            Tok w = t.get(x);
            if (!w.isWord()) return false;
            if (oneThing.contains(w.lower())) return true;
            // a word that describes the thing, not a verb that takes the number ("a firm delivered 737 aircraft")
            if (w.capitalized() || lx.functionWords.contains(w.lower()) || w.lower().endsWith("ed") || not.pluralOrUnit(w.lower())) return false;
        }
        return false;
    }

    private boolean modelNoun(Tok w) {
        return w.isWord() && !w.capitalized() && (singular.contains(w.lower()) || plural.contains(w.lower()));
    }

    /** A plain integer of three digits or more, not led by zero, neither round nor a year, standing alone: "737". */
    private static boolean modelNumber(List<Tok> t, int i) {
        Tok k = t.get(i);
        String s = k.text();
        if (!k.isNum() || s.length() < 3 || !allDigits(s) || s.startsWith("0") || s.endsWith("0") || NumberRecognizer.isYearValue(s)) return false;
        if (i > 0 && glued(t.get(i - 1), k) && !t.get(i - 1).is(",")) return false;
        return i + 1 >= t.size() || !glued(k, t.get(i + 1)) || t.get(i + 1).is(",");
    }

    private static boolean glued(Tok a, Tok b) {
        return a.end() == b.start();
    }

    private static boolean allDigits(String s) {
        for (int c = 0; c < s.length(); c++) if (!Character.isDigit(s.charAt(c))) return false;
        return true;
    }
}
