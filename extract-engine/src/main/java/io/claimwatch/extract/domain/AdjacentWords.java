package io.claimwatch.extract.domain;

/** The word right beside a place in a sentence, only spaces between: what the date rules that read a word's neighbours ask. */
final class AdjacentWords {

    private AdjacentWords() {}

    /** The letters right before {@code at}, only spaces between: [start, end), or null. */
    static int[] before(String sent, int at) {
        int e = at;
        while (e > 0 && sent.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(sent.charAt(b - 1))) b--;
        return b == e || e == at ? null : new int[] {b, e};
    }

    /** The letters right after {@code at}, only spaces between: [start, end), or null. */
    static int[] after(String sent, int at) {
        int b = at;
        while (b < sent.length() && sent.charAt(b) == ' ') b++;
        int e = b;
        while (e < sent.length() && Character.isLetter(sent.charAt(e))) e++;
        return b == e || b == at ? null : new int[] {b, e};
    }
}
