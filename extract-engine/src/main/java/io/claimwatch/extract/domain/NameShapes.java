package io.claimwatch.extract.domain;

import java.util.List;

/**
 * The shapes of a name, read on its tokens' capitals: two to five capitalised words, a word of a name (with a particle:
 * "al-Issawi"), an "and" inside a name, an owner's "'s", the dots of "U.S." and of a middle initial. The words the
 * claimant rules read are {@link ClaimantWords}'; the marks around a clause, {@link ClauseMarks}'.
 */
final class NameShapes {

    private NameShapes() {}

    /** The dots of "U.S." or "U.N." before a name, and of a middle initial, go on ("according to the U.S. Energy Department"). */
    static boolean abbreviationDot(List<Tok> t, int b) {
        if (!t.get(b).is(".") || b == 0 || b + 1 >= t.size()) return false;
        Tok p = t.get(b - 1), n = t.get(b + 1);
        if (!p.isWord() || p.text().length() != 1 || !p.capitalized() || p.end() != t.get(b).start()) return false;
        if (n.isWord() && n.text().length() == 1 && n.capitalized() && n.start() == t.get(b).end()) return true;
        // claimant.middle-initial: "the office of Senator Tom M. Baxter": a first name, its initial and a surname
        if (b >= 2 && t.get(b - 2).capitalized() && t.get(b - 2).text().length() >= 2 && t.get(b - 2).end() < p.start()
                && n.capitalized() && n.text().length() >= 2 && !Lexicon.get().functionWords.contains(n.lower())) return true;
        return b >= 2 && t.get(b - 2).is(".") && t.get(b - 2).end() == p.start() && n.capitalized();
    }

    /** "Disease Control and Prevention": an "and" between two capitalised words is part of a name. */
    static boolean insideName(List<Tok> t, int x) {
        return x > 0 && x + 1 < t.size() && t.get(x - 1).capitalized() && t.get(x + 1).capitalized();
    }

    static boolean possessive(Tok w) {
        return w.isWord() && w.capitalized() && (w.text().endsWith("'s") || w.text().endsWith("’s"));
    }

    /** Two to five capitalised words. */
    static boolean isName(List<Tok> t, int a, int b) {
        if (b - a < 2 || b - a > 5) return false;
        for (int i = a; i < b; i++) if (!t.get(i).capitalized()) return false;
        return true;
    }

    /**
     * claimant.name-particle: a word of a name, capitalised or a particle of up to three letters in lower case joined by a
     * hyphen to a capitalised part ("al-Issawi", "el-Sisi", "ad-Din"): "Faleh al-Issawi, the deputy head of the council,
     * said" is a name and its appositive.
     */
    static boolean nameWord(Tok y) {
        if (y.capitalized()) return true;
        String x = y.text();
        int h = x.indexOf('-');
        return y.isWord() && h > 0 && h <= 3 && h + 1 < x.length() && Character.isUpperCase(x.charAt(h + 1));
    }

    static boolean hasCapital(List<Tok> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).capitalized() || t.get(i).isNum()) return true;
        return false;
    }
}
