package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link NumberRule#LIST_MARKER}: "Two issues remain: 1) the limits on research; and 2) the pace of lifting sanctions": a number
 * of one or two digits with a closing bracket glued to it, that no opening bracket before it in the sentence opens, at the
 * start of the sentence or after a colon, a semicolon, a comma or "and"/"or", numbers an item of a list; it counts nothing.
 * So does a line's rank in a numbered list ({@link #ranks}: "1. ``The Long Road,'' $9.5 million": the money is the figure).
 */
final class ListMarkers {

    private ListMarkers() {
    }

    /** Whether token {@code i} numbers an item of a list. */
    static boolean marks(List<Tok> t, int i) {
        Tok n = t.get(i);
        if (!n.isNum() || n.text().length() > 2 || i + 1 >= t.size()) return false;
        Tok close = t.get(i + 1);
        if (!close.is(")") || close.start() != n.end()) return false;
        if (i > 0) {
            Tok p = t.get(i - 1);
            if (!(p.is(":") || p.is(";") || p.is(",") || p.is("and") || p.is("or"))) return false;
        }
        int open = 0;
        for (int k = 0; k < i; k++) {
            if (t.get(k).is("(")) open++;
            else if (t.get(k).is(")") && open > 0) open--;
        }
        return open == 0;
    }

    /**
     * {@code number.list-rank}: "2. ``Harbor Lights,'' $4.1 million." — a number of one or two digits with a full stop glued
     * to it that opens its line, and no number right after it, ranks the line in a numbered list (a chart, a table of box
     * office takings); the figures after it are the line's claims. A sentence that opens mid-line ("the vote was 3. Then")
     * and a decimal ("2.5 million") are no ranks.
     */
    static boolean ranks(String text, List<Tok> t, int i) {
        if (i != 0 || t.size() < 2) return false;
        Tok n = t.get(0), stop = t.get(1);
        if (!n.isNum() || n.text().length() > 2 || !stop.is(".") || stop.start() != n.end()) return false;
        if (t.size() > 2 && t.get(2).isNum()) return false;
        for (int k = n.start() - 1; k >= 0 && text.charAt(k) != '\n'; k--) if (!Character.isWhitespace(text.charAt(k))) return false;
        return true;
    }
}
