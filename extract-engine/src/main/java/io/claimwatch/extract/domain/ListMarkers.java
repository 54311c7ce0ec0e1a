package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link NumberRule#LIST_MARKER}: "Two issues remain: 1) the limits on research; and 2) the pace of lifting sanctions": a number
 * of one or two digits with a closing bracket glued to it, that no opening bracket before it in the sentence opens, at the
 * start of the sentence or after a colon, a semicolon, a comma or "and"/"or", numbers an item of a list; it counts nothing.
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
}
