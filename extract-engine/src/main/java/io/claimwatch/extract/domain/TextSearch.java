package io.claimwatch.extract.domain;

import java.util.regex.Matcher;

/**
 * Searches bounded to a span of the text ({@code String.indexOf} searches on to the text's end), and
 * regex searches tried only where a match can begin.
 */
final class TextSearch {

    private TextSearch() { }

    /** The first place in [from, to) of the text where {@code s} (not empty) stands whole inside the span, or -1. */
    static int indexOf(String text, String s, int from, int to) {
        char first = s.charAt(0);
        for (int at = from; at + s.length() <= to; at++) {
            if (text.charAt(at) == first && text.startsWith(s, at)) return at;
        }
        return -1;
    }

    /**
     * Whether a word of letters ({@link LetterWords}) of [from, to) is one of {@code words} in any case ("In", "AT"),
     * read without copying the words: true for every span where the lower-cased words would hold one (and a few more).
     */
    static boolean hasWordIgnoringCase(String text, int from, int to, java.util.Collection<String> words) {
        for (int a = LetterWords.next(text, from, to); a >= 0; ) {
            int e = LetterWords.end(text, a, to);
            for (String w : words) if (e - a == w.length() && text.regionMatches(true, a, w, 0, w.length())) return true;
            a = LetterWords.next(text, e, to);
        }
        return false;
    }

    /**
     * The start of the sentence that holds {@code at}, no earlier than {@code from}: after the last full stop, question
     * or exclamation mark and the whitespace after it, or after a line break.
     */
    static int sentenceStart(String text, int from, int at) {
        for (int i = at - 1; i > from; i--) {
            char ch = text.charAt(i);
            if (ch == '\n') return i + 1;
            if (Character.isWhitespace(ch) && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '?' || text.charAt(i - 1) == '!')) return i + 1;
        }
        return from;
    }

    /**
     * Whether {@code word} (ASCII letters) may stand in the text in any case: its char at {@code key} is found in either
     * case ({@code String.indexOf}, which scans far faster than a loop of {@code charAt}) with the word around it. True
     * wherever a case-insensitive pattern of the word matches; a gate before a search of the whole text for it.
     */
    static boolean mayHoldIgnoringCase(String text, String word, int key) {
        for (char c : new char[] {Character.toLowerCase(word.charAt(key)), Character.toUpperCase(word.charAt(key))}) {
            for (int at = text.indexOf(c, key); at >= 0; at = text.indexOf(c, at + 1)) {
                if (text.regionMatches(true, at - key, word, 0, word.length())) return true;
            }
        }
        return false;
    }

    /** Whether one of the words (not empty) stands whole inside [from, to) of the text. */
    static boolean containsAny(String text, int from, int to, java.util.List<String> words) {
        for (String w : words) if (indexOf(text, w, from, to) >= 0) return true;
        return false;
    }

    /**
     * {@code m.find()} from {@code from} of the text {@code m} reads, for a pattern every match of which begins with one
     * of {@code firsts}: tried only at those chars (a pattern that opens with a lookbehind is tried at every char). Sets
     * {@code m}'s bounds transparent, so that its lookbehinds see the text before the position.
     */
    static boolean findAt(Matcher m, String text, int from, String firsts) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = from; at < text.length(); at++) {
            if (firsts.indexOf(text.charAt(at)) >= 0 && m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * {@code m.find()} from {@code from} of the text {@code m} reads, for a pattern every match of which
     * begins with one of {@code firsts} that no letter or ASCII digit stands before (a leading word
     * boundary, or a lookbehind for neither): the pattern is tried only at those chars, which the
     * regex engine would have tried at every char. Sets {@code m}'s bounds transparent, so that its
     * boundaries and lookbehinds see the text before the position; its match is {@code find()}'s.
     */
    static boolean findAtWordStart(Matcher m, String text, int from, String firsts) {
        return findAtWordStart(m, text, from, firsts, null);
    }

    /**
     * {@link #findAtWordStart(Matcher, String, int, String)} for a pattern whose matches that begin with a letter
     * begin with one of the names of {@code names} (a month's, a weekday's): tried at a letter only where the first
     * letters of one of those names stand. Null: every letter of {@code firsts}.
     */
    static boolean findAtWordStart(Matcher m, String text, int from, String firsts, NameStarts names) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        // the ASCII chars of firsts as bits, read once a call: a bit test a char of the text, not a scan of firsts
        long low = 0, high = 0;
        for (int i = 0; i < firsts.length(); i++) {
            char f = firsts.charAt(i);
            if (f < 64) low |= 1L << f;
            else if (f < 128) high |= 1L << (f - 64);
        }
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c < 64 ? (low & 1L << c) == 0 : c < 128 ? (high & 1L << (c - 64)) == 0 : firsts.indexOf(c) < 0) continue;
            if (names != null && Character.isLetter(c) && !names.mayStartAt(text, at)) continue;
            if (at > 0) {
                char before = text.charAt(at - 1);
                if (Character.isLetter(before) || before >= '0' && before <= '9') continue;
            }
            if (m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }
}
