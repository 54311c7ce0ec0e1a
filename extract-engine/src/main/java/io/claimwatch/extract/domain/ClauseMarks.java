package io.claimwatch.extract.domain;

import java.util.List;

/**
 * The marks a claimant's reading stops at or steps over, read on the tokens of a sentence: quotation marks and whether a
 * token stands inside a quotation, dashes, the marks that end a clause or break a name, a colon that ends the figure's
 * clause. The words the claimant rules read are {@link ClaimantWords}'; the shapes of a name, {@link NameShapes}'.
 */
final class ClauseMarks {

    private ClauseMarks() {}

    static boolean isQuote(Tok w) {
        return w.text().equals("\"") || w.text().equals("”") || w.text().equals("“") || w.text().equals("'");
    }

    static boolean isNamePunct(Tok w) {
        return w.is("(") || w.is(")") || w.is("’") || w.is("-") || w.is(".");
    }

    static boolean isDash(Tok w) {
        return w.is("-") || w.is("–") || w.is("—");
    }

    static boolean isHardBreak(Tok w) {
        if (w.isWord() || w.isNum()) return false;
        return ";:.!?\"“”()—–".contains(w.text()) && !w.is("(") && !w.is(")") && !w.is(".");
    }

    static boolean isClauseBreak(Tok w) {
        return !w.isWord() && !w.isNum() && ",;:.!?\"“”—–".contains(w.text());
    }

    /** Whether token k stands inside a quotation opened before it in the sentence. */
    static boolean insideQuote(List<Tok> t, int k) {
        int open = 0;
        for (int i = 0; i < k; i++) {
            String s = t.get(i).text();
            if (s.equals("“")) open = 1;
            else if (s.equals("”")) open = 0;
            else if (s.equals("\"")) open ^= 1;
        }
        return open == 1;
    }

    /**
     * The index of the quotation mark that opens the quotation around token k, when words come before it
     * (after a colon or comma, or "Israel said it had identified \"approximately 30 projectiles\""), or -1.
     */
    static int introducedQuote(List<Tok> t, int k) {
        int q = k - 1;
        while (q > 0 && !isQuote(t.get(q))) q--;
        return q > 0 && isQuote(t.get(q)) ? q : -1;
    }

    /** "Three firefighters injured: ..., the captain said": a colon after the figure ends its clause. */
    static boolean colonBetween(List<Tok> t, int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.get(x).is(":") && !(x > 0 && x + 1 < t.size() && t.get(x - 1).isNum() && t.get(x + 1).isNum())) return true;   // not "6:58"
        }
        return false;
    }
}
