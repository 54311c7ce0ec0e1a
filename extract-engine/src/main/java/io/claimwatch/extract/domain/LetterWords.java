package io.claimwatch.extract.domain;

/**
 * Words of letters, apostrophes and hyphens that start with a letter ("Ecuador’s", "year-on-year"),
 * found by scanning the text, as the pattern {@code [\p{L}][\p{L}'’-]*} would find them, without a
 * matcher or a string per word.
 */
final class LetterWords {

    private LetterWords() { }

    /** The start of the first word in [from, to) of the text, or -1. */
    static int next(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The end of the word starting at {@code at} (a letter), at most {@code to}. */
    static int end(String text, int at, int to) {
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp) && cp != '\'' && cp != '’' && cp != '-') break;
            i += Character.charCount(cp);
        }
        return i;
    }
}
