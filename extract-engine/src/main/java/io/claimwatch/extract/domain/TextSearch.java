package io.claimwatch.extract.domain;

/** Searches bounded to a span of the text: {@code String.indexOf} searches on to the text's end. */
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
}
