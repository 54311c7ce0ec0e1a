package io.claimwatch.extract.domain;

import java.util.List;
import java.util.Locale;

/**
 * The tests that drop a number that is part of a name, read on the capitalised words around it: an item of a list after
 * a designator in the plural ("Locks 16, 17, 20"), a name that ends in a number ("the Lower 48", "the ferry Blue Star
 * Line 2"), a model's or place's name ("a Boeing 737 Max 9", "Tower 22"). Each is a rule of {@link NumberRule}; the
 * other numbers that are no figures are {@link NotFigures}'.
 */
final class NumbersInNames {

    private final Lexicon lx;
    private final NotFigures not;

    NumbersInNames(Lexicon lx, NotFigures not) {
        this.lx = lx;
        this.not = not;
    }

    /**
     * {@link NumberRule#DESIGNATOR_LIST}: "Locks 16, 17, 20", "SiriusXM Channels 116, 454, 795", "Landing Zones 1 and 2": each
     * plain integer of a list (commas, "and", "or", "&") after a capitalised designator in the plural (designators.txt, or
     * one with "s" or "es") names a thing of the list. A later item counts what follows it when that is a unit or a plural ("Routes 1 and 20 miles").
     */
    boolean designatedList(List<Tok> t, int i) {
        int x = i;
        while (x > 0) {   // back over the list's joins ("," "&" "and" "or" ", and") to its first number
            Tok p = t.get(x - 1);
            int y = p.is(",") || p.is("&") ? x - 2 : p.is("and") || p.is("or") ? (x >= 3 && t.get(x - 2).is(",") ? x - 3 : x - 2) : -2;
            if (y == -2) break;
            if (y > 0 && letterCode(t, y - 1)) y--;   // "Lines 6A and 61": an item with a letter glued to it
            if (y < 0 || !plainInteger(t.get(y))) return false;
            x = y;
        }
        if (x == 0 || !plainInteger(t.get(i)) || !pluralDesignator(t.get(x - 1))) return false;
        if (!t.get(x - 1).capitalized()) return x < i && !countAfterList(t, i);   // "along lines 14, 6A, 13 and 61, which"
        Tok next = i + 1 < t.size() ? t.get(i + 1) : null;
        return x == i || next == null || !next.isWord() && !next.is("%") || next.capitalized() || lx.functionWords.contains(next.lower())
                || !countsNext(next);
    }

    /** A unit, a plural, a time unit, a measure noun or "%" right after a number: it counts them ("line 3 hours"). */
    private boolean countsNext(Tok next) {
        return next.is("%") || next.isWord() && !next.capitalized() && (not.pluralOrUnit(next.lower())
                || lx.timeUnits.contains(next.lower()) || lx.measureNouns.contains(next.lower()));
    }

    /** The token after the last item of the list item i is in counts it: "in recent weeks 30 and 40 people". */
    private boolean countAfterList(List<Tok> t, int i) {
        int z = i;
        while (true) {
            int n = z + 1 < t.size() && letterCode(t, z) ? z + 2 : z + 1;
            if (n >= t.size()) return false;
            int y = t.get(n).is(",") || t.get(n).is("&") ? n + 1 : t.get(n).is("and") || t.get(n).is("or") ? n + 1 : -1;
            if (y > 0 && y < t.size() && (t.get(y).is("and") || t.get(y).is("or"))) y++;
            if (y < 0 || y >= t.size() || !plainInteger(t.get(y))) return countsNext(t.get(n));
            z = y;
        }
    }

    /** "6A", "6B": a number with one or two capital letters glued after it, an item of a list of names. */
    private static boolean letterCode(List<Tok> t, int y) {
        if (y + 1 >= t.size() || !t.get(y).isNum() || t.get(y + 1).start() != t.get(y).end()) return false;
        String w = t.get(y + 1).text();
        return t.get(y + 1).isWord() && w.length() <= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /**
     * {@link NumberRule#GUARDED_DESIGNATOR}: "the 400,000 bpd Line 61", "Line 14, could restart", "the 450,000 bpd line 3": a
     * number right after a word of designators-guarded.txt names the thing, unless it counts what follows ("in line 3 hours").
     */
    boolean guardedDesignator(List<Tok> t, Tok prev, int j) {
        if (prev == null || !prev.isWord()) return false;
        String l = prev.lower();   // or its plural: "along lines 14, 6A, 13 and 61" (the list's first item)
        return (lx.designatorsGuarded.contains(l) || l.endsWith("s") && lx.designatorsGuarded.contains(l.substring(0, l.length() - 1)))
                && (j >= t.size() || !countsNext(t.get(j)));
    }

    private static boolean plainInteger(Tok k) {
        if (!k.isNum()) return false;
        for (int c = 0; c < k.text().length(); c++) if (!Character.isDigit(k.text().charAt(c))) return false;
        return true;
    }

    /** "Locks", "Channels", "Zones", "lines": a designator in the plural, not an age ("Ages 18 and 24"). */
    private boolean pluralDesignator(Tok w) {
        String l = w.lower();
        if (!w.isWord() || !l.endsWith("s") || l.startsWith("age")) return false;
        String one = l.substring(0, l.length() - 1);
        return lx.designators.contains(l) || lx.designators.contains(one) || lx.designatorsGuarded.contains(one)
                || l.endsWith("es") && lx.designators.contains(l.substring(0, l.length() - 2));
    }

    /** {@link NumberRule#NAME_ENDING_IN_NUMBER}: "people across the Lower 48 were under heat alerts", "the Fortune 500 and". */
    boolean nameEndingInNumber(List<Tok> t, int i, Tok prev, Tok prev2, int j) {
        Tok k = t.get(i);
        return prev != null && prev2 != null && prev2.is("the") && prev.capitalized() && prev.end() < k.start()
                && !lx.months.containsKey(prev.lower()) && !lx.weekdays.containsKey(prev.lower())
                && !prev.text().endsWith("'s") && !prev.text().endsWith("’s") && !prev.text().endsWith("s")   // "the Democrats 213,"
                && (j >= t.size() || !t.get(j).isWord() && !t.get(j).is("%") || lx.functionWords.contains(t.get(j).lower()))
                || nameRunEndingInNumber(t, i, j);
    }

    /** A number among the eight tokens before token x. */
    private static boolean figureBefore(List<Tok> t, int x) {
        for (int y = x - 1; y >= Math.max(0, x - 8); y--) if (t.get(y).isNum()) return true;
        return false;
    }

    /**
     * {@code numbers.name-run-ending-in-number}: "the ferry Blue Star Line 2", "a tanker, the Sea Pearl 7, and two barges",
     * "shown live on Arena Sports 1.": a run of two to four capitalised words after "the" (or after a lower-case word of
     * function-words.txt, the number then ending its sentence) and the number right after them is a vessel's, channel's or
     * product's name. Not an item of a list of results ("the Centre Party 37, the Greens 12": "the" or a capitalised word after
     * the comma, or a figure before its ", the" or "and the": "the Greens 12 and the Centre Party 37."), nor before a noun.
     */
    private boolean nameRunEndingInNumber(List<Tok> t, int i, int j) {
        // the number's index is passed, never searched for: a search a number is quadratic in a long sentence
        Tok k = t.get(i);
        int x = i - 1, words = 0;
        while (x >= 0 && words < 5 && t.get(x).isWord() && t.get(x).capitalized() && !lx.months.containsKey(t.get(x).lower())
                && !lx.weekdays.containsKey(t.get(x).lower()) && !t.get(x).is("The")) { x--; words++; }
        if (words < 2 || words > 4 || x < 0 || !t.get(x).isWord()) return false;
        String last = t.get(i - 1).text();
        if (last.endsWith("s") || t.get(i - 1).end() >= k.start()) return false;
        Tok before = t.get(x);
        boolean the = before.is("the") || before.is("The");
        // the last of a list of results: "the Greens 12 and the Centre Party 37."
        if (the && x > 0 && (t.get(x - 1).is(",") || t.get(x - 1).is("and")) && figureBefore(t, x - 1)) return false;
        if (!the && (before.capitalized() || !lx.functionWords.contains(before.lower()))) return false;
        Tok next = j < t.size() ? t.get(j) : null;
        if (next == null || next.is(".") && j + 1 == t.size()) return true;
        if (!the) return false;
        if (next.is(",") || next.is("and")) {
            Tok after = j + 1 < t.size() ? t.get(j + 1) : null;
            if (after != null && after.is("and") && j + 2 < t.size()) after = t.get(j + 2);
            return after == null || !after.is("the") && !after.capitalized() && !after.isNum();
        }
        return !next.isWord() && !next.is("%") && !next.is("-") || lx.functionWords.contains(next.lower());
    }

    /**
     * {@link NumberRule#MODEL_NAME}: "a Boeing 737 Max 9", "the US outpost Tower 22", "two 737 Max 8
     * crashes", "Chief Warrant Officer 4 Dana Ruiz": a number that goes on a capitalised word in running text
     * (not a headline in title case, "Storm Kills 43") names a model or a place, unless a lower-case noun
     * follows it ("told CNN 40 people died").
     */
    boolean modelName(List<Tok> t, Tok k, Tok prev, Tok prev2, int j) {
        if (prev == null || !prev.isWord() || !prev.capitalized() && !productCased(prev) || prev.end() < k.start() - 1 || prev2 == null) return false;
        String p = prev.text();
        if (p.endsWith("s") || p.endsWith("'s") || p.endsWith("’s")) return false;   // "the Democrats 213"
        if (lx.months.containsKey(prev.lower()) || lx.weekdays.containsKey(prev.lower())) return false;
        if (prev2.isNum()) return true;                                   // "737 Max 9"
        if (!prev2.isWord() || prev2.capitalized() && titleCase(t)) return false;   // a headline in title case: "Quake Kills 77"
        Tok next = j < t.size() ? t.get(j) : null;
        // after two capitalised words, only a name or a verb goes on: "Officer 4 Dana", "Brigade 604 was"; not a
        // party's result in a list ("the Centre Party 37, the Greens 12")
        if (prev2.capitalized() && (next == null || !next.isWord() || next.is("and") || next.is("or"))) return false;
        return next == null || !next.isWord() && !next.is("%") || next.capitalized() || lx.functionWords.contains(next.lower())
                || modelBeforeNoun(prev, prev2, next, j + 1 < t.size() ? t.get(j + 1) : null);
    }

    /**
     * {@code names.model-before-noun}: "an Orion 4 capsule", "the Vega 12 probes", "NASA Titan 2 rockets": a number on a
     * word in mixed case (a name, not an acronym: "told CNN 40 people died") names a model when the lower-case noun after
     * it is in the singular (a number over one counts no singular noun) or when an article or a capitalised word opens
     * the name. Not before a unit or a number word ("the Alliance 23 pct"), nor a share ("and Iberia 10 out of 40").
     */
    private boolean modelBeforeNoun(Tok prev, Tok prev2, Tok next, Tok after) {
        if (!next.isWord() || next.capitalized()) return false;                               // "leading Lake 48% to 41%"
        if (next.is("and") || next.is("or") || next.is("to")) return false;                  // "won 77 seats, the Liberal 47 and"
        String n = next.lower(), p = prev.text();
        if (lx.unitIndex.word(n) != null || lx.numberWords.containsKey(n) || lx.timeUnits.contains(n) || lx.measureNouns.contains(n)) return false;
        if (p.length() < 3 || p.equals(p.toUpperCase(Locale.ROOT)) || !Character.isLowerCase(p.charAt(p.length() - 1))) return false;
        String b = prev2.lower();
        boolean opened = b.equals("the") || b.equals("a") || b.equals("an")
                || prev2.isWord() && prev2.capitalized() && !lx.functionWords.contains(b);   // not "In Lyon 30 people"
        if (after != null && after.is("of")) return false;                                   // "Iberia 10 out of 40"
        return opened || !not.pluralOrUnit(n) && !n.endsWith("ed");                            // not "Lyon 30 killed"

    }

    /**
     * {@link NumberRule#PRODUCT_NAME}: "iPad", "iPhone", "eReader": a word in mixed case that opens in lower case, a capital
     * second and a lower-case letter after it, is a product's name, read as a capitalised word is ("the popular iPad 2",
     * "Apple's iPad 2 commands 80 percent"); not an acronym with a lower-case prefix ("mRNA").
     */
    static boolean productCased(Tok w) {
        String s = w.text();
        if (s.length() < 3 || !Character.isLowerCase(s.charAt(0)) || !Character.isUpperCase(s.charAt(1))) return false;
        for (int c = 2; c < s.length(); c++) if (Character.isLowerCase(s.charAt(c))) return true;
        return false;
    }

    /** Whether the tokens are a headline in title case: no word of four letters or more in lower case but function words. */
    boolean titleCase(List<Tok> t) {
        for (Tok w : t) {
            if (w.isWord() && w.text().length() >= 4 && Character.isLowerCase(w.text().charAt(0)) && !lx.functionWords.contains(w.lower())) return false;
        }
        return true;
    }
}
