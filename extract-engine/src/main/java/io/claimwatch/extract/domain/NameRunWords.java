package io.claimwatch.extract.domain;

import java.util.regex.Pattern;

/**
 * The words of a capitalised name run read over raw text (split at spaces), as the company-party rules read them
 * (plant-owner, recall-party): where a run stops, an owner's "'s", the word without its marks.
 */
final class NameRunWords {

    private NameRunWords() {}

    /** Marks around a word. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** A word ending in a mark that ends a clause, or a dash: no name runs over it. */
    static boolean breaks(String w) {
        char last = w.charAt(w.length() - 1);
        return w.equals("-") || w.equals("--") || w.equals("—") || last == ',' || last == ';' || last == ':' || last == '.' && w.length() > 3;
    }

    static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** The word without an owner's "'s" and without marks around it. */
    static String clean(String w) {
        String s = possessive(w) ? w.substring(0, w.length() - 2) : w;
        return EDGE_MARKS.matcher(s).replaceAll("");
    }

    /**
     * Where the capitalised run that ends at word {@code last} of {@code ws} starts: back over capitalised words, up to a
     * break or an owner's "'s" before it ("France's PSA Peugeot Citroen": PSA).
     */
    static int runStart(String[] ws, int last) {
        int first = last;
        while (first - 1 >= 0 && capitalised(ws[first - 1]) && !breaks(ws[first - 1]) && !possessive(ws[first - 1])) first--;
        return first;
    }
}
