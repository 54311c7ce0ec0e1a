package io.claimwatch.extract.domain;

/** The clause of a figure, and where the part of a clause that belongs to one figure ends. */
final class Clauses {

    private static final int MAX_QUOTE = 600;

    private Clauses() {}

    /** The clause around [a, b) inside the sentence: cut at ; : ( ) quotes dashes and ", ". */
    static int[] clause(String text, Sentences.Sentence s, int a, int b) {
        int cs = a;
        while (cs > s.start() && !isBoundaryBefore(text, cs)) cs--;
        int ce = b;
        while (ce < s.end() && !isBoundaryAt(text, ce)) ce++;
        while (cs < ce && Character.isWhitespace(text.charAt(cs))) cs++;
        while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || ".,".indexOf(text.charAt(ce - 1)) >= 0)) ce--;
        if (ce - cs < 20) {
            cs = s.start();
            ce = s.end();
        }
        if (ce - cs > MAX_QUOTE) {
            cs = Math.max(cs, a - 200);
            ce = Math.min(ce, b + 200);
            while (cs > 0 && cs < a && !Character.isWhitespace(text.charAt(cs - 1))) cs++;
            while (ce > b && ce < text.length() && !Character.isWhitespace(text.charAt(ce))) ce--;
        }
        return new int[] {cs, Math.max(ce, Math.min(b, s.end()))};
    }

    private static boolean isBoundaryBefore(String text, int i) {
        char p = text.charAt(i - 1);
        if (p == ':' && timeColon(text, i - 1)) return false;
        if (";:()\"“”—–".indexOf(p) >= 0) return true;
        return Character.isWhitespace(p) && i >= 2 && text.charAt(i - 2) == ',';
    }

    private static boolean isBoundaryAt(String text, int i) {
        char c = text.charAt(i);
        if (c == ':' && timeColon(text, i)) return false;
        if (";:()\"“”—–".indexOf(c) >= 0) return true;
        return c == ',' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
    }

    /** The colon of a time of day ("11:30 p.m."), which ends no clause. */
    private static boolean timeColon(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Where the part of a clause that belongs to one figure ends and the next one's begins: after the last comma,
     *  semicolon or "and" between them ("rose to 23 and the toll in Teri Mangal rose to 81"), else at the next figure. */
    static int segmentBoundary(String text, int from, int to) {
        if (from >= to) return to;
        int at = -1;
        for (int i = to - 1; i >= from && at < 0; i--) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || i + 4 < to && Character.isWhitespace(ch) && text.startsWith("and", i + 1)
                    && Character.isWhitespace(text.charAt(i + 4))) at = i;
        }
        return at < 0 ? to : at + 1;
    }
}
