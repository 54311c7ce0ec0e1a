package io.claimwatch.extract.domain;

import java.util.function.IntPredicate;

/**
 * Words found by scanning the text, as a pattern would find them, without a matcher or a string per
 * word: words of letters, apostrophes and hyphens that start with a letter ("Ecuador’s",
 * "year-on-year": {@code [\p{L}][\p{L}'’-]*}), and the words places are read from, which may start
 * with a digit and hold marks, digits and dots ("U.S.", "Mañana": {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*}).
 */
final class LetterWords {

    private static final IntPredicate WORD_START = Character::isLetter;
    private static final IntPredicate WORD_PART = cp -> Character.isLetter(cp) || joiner(cp);
    private static final IntPredicate NAME_START = cp -> Character.isLetter(cp) || number(cp);
    private static final IntPredicate NAME_PART = cp -> Character.isLetter(cp) || mark(cp) || number(cp) || joiner(cp) || cp == '.';

    private LetterWords() { }

    /** The start of the first word starting with a letter in [from, to) of the text, or -1. */
    static int next(String text, int from, int to) {
        return first(text, from, to, WORD_START);
    }

    /** The end of the word of letters, apostrophes and hyphens starting at {@code at} (a letter), at most {@code to}. */
    static int end(String text, int at, int to) {
        return endOf(text, at, to, WORD_PART);
    }

    /** The start of the first word starting with a letter or a number in [from, to) of the text, or -1. */
    static int nextName(String text, int from, int to) {
        return first(text, from, to, NAME_START);
    }

    /** The end of the word of letters, marks, numbers, apostrophes, hyphens and dots starting at {@code at}, at most {@code to}. */
    static int nameEnd(String text, int at, int to) {
        return endOf(text, at, to, NAME_PART);
    }

    private static int first(String text, int from, int to, IntPredicate starts) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (starts.test(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static int endOf(String text, int at, int to, IntPredicate goesOn) {
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!goesOn.test(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean joiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-';
    }

    /** {@code \p{N}}: a digit, a letter number or another number. */
    private static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}: a mark. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
