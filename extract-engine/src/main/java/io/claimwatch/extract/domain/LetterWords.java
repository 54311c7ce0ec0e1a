package io.claimwatch.extract.domain;

/**
 * Words found by scanning the text, as a pattern would find them, without a matcher or a string per
 * word: words of letters, apostrophes and hyphens that start with a letter ("Ecuador’s",
 * "year-on-year": {@code [\p{L}][\p{L}'’-]*}), and the words places are read from, which may start
 * with a digit and hold marks, digits and dots ("U.S.", "Mañana": {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*}).
 */
final class LetterWords {

    private LetterWords() { }

    // Each scan has its own loop with its test written in it, not a shared loop calling an IntPredicate: the
    // shared loop's call site sees two tests, so the JIT inlines it only with a type check a char.

    /** The start of the first word starting with a letter in [from, to) of the text, or -1. */
    static int next(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * The end of the word of letters, apostrophes and hyphens starting at {@code at} (a letter), at most {@code to}; capitals
     * joined by an ampersand are one word, as {@link Tok} reads them (token.ampersand-name: "J&J's sales").
     */
    static int end(String text, int at, int to) {
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!(Character.isLetter(cp) || joiner(cp))) break;
            i += Character.charCount(cp);
        }
        return i < to && text.charAt(i) == '&' ? Tok.ampersandEnd(text, at, i, to) : i;
    }

    /** The start of the first word starting with a letter or a number in [from, to) of the text, or -1. */
    static int nextName(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) || number(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The end of the word of letters, marks, numbers, apostrophes, hyphens and dots starting at {@code at}, at most {@code to}. */
    static int nameEnd(String text, int at, int to) {
        int i = at + Character.charCount(text.codePointAt(at));
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!(Character.isLetter(cp) || mark(cp) || number(cp) || joiner(cp) || cp == '.')) break;
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
