package io.claimwatch.extract.domain;

import java.util.List;

/**
 * Names read by scanning one article's text, for {@link Referents}: the capitalised name ending in a noun ("the brigade"
 * -> "47th Mechanised Brigade"), the issuer of a statement ("the statement by the Iranian High Command"), a surname's full
 * name. Read by scanning, so no pattern is made (or kept) per noun. One instance per document.
 */
final class TextNames {

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final List<Sentences.Sentence> sentences;

    TextNames(String text, List<Sentences.Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /**
     * The last capitalised name ending in the noun ("the brigade" -> "47th Mechanised Brigade"), in
     * this or the previous five sentences: up to five capitalised words before the noun capitalised,
     * after an ordinal if any. Read by scanning, so no pattern is made (or kept) per noun.
     */
    String namedEndingWith(int idx, String noun) {
        if (noun.isEmpty()) return null;
        String cap = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        for (int i = idx; i >= Math.max(0, idx - 5); i--) {
            Sentences.Sentence s = sentences.get(i);
            String found = null;
            for (int at = TextSearch.indexOf(text, cap, s.start(), s.end()); at >= 0; at = TextSearch.indexOf(text, cap, at + 1, s.end())) {
                int end = at + cap.length();
                if (at > s.start() && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                if (at > s.start() && text.charAt(at - 1) == '_') continue;
                if (end < s.end() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) continue;
                String name = capitalisedBefore(s.start(), at) + cap;
                if (name.startsWith("The ")) name = name.substring(4);
                if (name.contains(" ")) found = name;
            }
            if (found != null) return found;
        }
        return null;
    }

    /**
     * "The statement by the Iranian High Command ...": the body named after the last "N by" or "N from"
     * before {@code before} (up to six capitalised words, after "the"), which a later "the statement said" means.
     */
    String issuer(int before, String noun) {
        // the noun's places from the article's index of words (read once per article), back from before: no copy of the
        // text up to before per claim
        int[] places = NameIndex.of(text).startsIgnoringCase(noun);
        int k = java.util.Arrays.binarySearch(places, before);
        for (k = k >= 0 ? k : -k - 1; --k >= 0; ) {
            int p = places[k] + noun.length() + 1;
            if (p > before || text.charAt(p - 1) != ' ' || !opens(p, before, "by ") && !opens(p, before, "from ")) continue;
            int a = p + (opens(p, before, "by ") ? 3 : 5);
            while (a < before && Character.isWhitespace(text.charAt(a))) a++;
            if (opens(a, before, "the ") || opens(a, before, "the\n")) a += 4;
            int e = a, n = 0;
            while (n < 6 && e < before && Character.isUpperCase(text.charAt(e))) {
                int end = e;
                while (end < before && (Character.isLetterOrDigit(text.charAt(end)) || "'’&.-".indexOf(text.charAt(end)) >= 0)) end++;
                int next = end;
                while (next < before && (text.charAt(next) == ' ' || text.charAt(next) == '\n')) next++;
                n++;
                if (next >= before || !Character.isUpperCase(text.charAt(next)) || next == end) { e = end; break; }
                e = next;
            }
            if (n > 0 && e > a) return WordSplits.WHITESPACE.matcher(text.substring(a, e).strip()).replaceAll(" ").replaceAll("[.,]+$", "");
        }
        return null;
    }

    /** Whether {@code s} stands at {@code at}, in any case, ending by {@code before}. */
    private boolean opens(int at, int before, String s) {
        return at + s.length() <= before && text.regionMatches(true, at, s, 0, s.length());
    }

    /** Up to five capitalised words, each followed by spaces, and an ordinal before them ("47th"), that end at {@code at}. */
    private String capitalisedBefore(int from, int at) {
        int start = at;
        for (int n = 0; n < 5; n++) {
            int b = wordBefore(from, start);
            if (b < 0 || !Character.isUpperCase(text.charAt(b))) break;
            start = b;
        }
        int e = start;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e < start && e - 2 > from && ORDINAL.matcher(text.substring(e - 2, e)).matches()) {
            int d = e - 2;
            while (d > from && Character.isDigit(text.charAt(d - 1))) d--;
            if (d < e - 2) start = d;
        }
        return text.substring(start, at);
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("st|nd|rd|th");

    /** The start of the word of letters, apostrophes and hyphens that whitespace separates from {@code at}, or -1. */
    int wordBefore(int from, int at) {
        int e = at;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e == at) return -1;
        int b = e;
        while (b > from && (Character.isLetter(text.charAt(b - 1)) || "’'-".indexOf(text.charAt(b - 1)) >= 0)) b--;
        return b < e ? b : -1;
    }

    /**
     * The first "Firstname Surname" of the text before {@code before}, or null. Read where the article's index of words
     * ({@link NameIndex}) has the surname's leading letters: a surname with a letter right before it has no word before
     * it either.
     */
    String fullName(int before, String surname) {
        for (int at : NameIndex.of(text).written(text, surname)) {
            if (at >= before) break;
            int end = at + surname.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
            int b = wordBefore(0, at);
            if (b < 0 || !Character.isUpperCase(text.charAt(b))) continue;
            String first = text.substring(b, at).strip();
            if (w.courtesyTitles.contains(first.toLowerCase(java.util.Locale.ROOT)) || PersonTitles.isTitle(first)) continue;
            return first + " " + surname;
        }
        return null;
    }
}
