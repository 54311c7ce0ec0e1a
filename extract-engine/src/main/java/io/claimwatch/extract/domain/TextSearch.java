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

    /** Whether one of the words (not empty) stands whole inside [from, to) of the text. */
    static boolean containsAny(String text, int from, int to, java.util.List<String> words) {
        for (String w : words) if (indexOf(text, w, from, to) >= 0) return true;
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
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = from; at < text.length(); at++) {
            if (firsts.indexOf(text.charAt(at)) < 0) continue;
            if (at > 0) {
                char before = text.charAt(at - 1);
                if (Character.isLetter(before) || before >= '0' && before <= '9') continue;
            }
            if (m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }
}
