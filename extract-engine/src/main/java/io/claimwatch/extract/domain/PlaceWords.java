package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words {@link PlaceFinder} reads places from ({@link LetterWords#nextName}, {@link LetterWords#nameEnd}), each
 * lower-cased without its possessive, its trailing dots and its apostrophes, with whether it is capitalised and whether
 * a comma stands right before it. {@link #of} reads them from a span of the text; where an article's words start is
 * found once ({@link #article}), each word read when a span first holds it, and a span cut from them ({@link Article#span}),
 * since the finder is asked for many spans of each
 * sentence (the sentence, its clauses, its segments): the same words, without a string a word a span.
 */
final class PlaceWords {

    final List<String> words;
    final List<Boolean> capital;
    final List<Boolean> afterComma;
    /** Whether the word follows the one before with a single space and nothing else: "Paul Ryan", not "Paris. Officials". */
    final List<Boolean> joined;

    private PlaceWords(List<String> words, List<Boolean> capital, List<Boolean> afterComma, List<Boolean> joined) {
        this.words = words;
        this.capital = capital;
        this.afterComma = afterComma;
        this.joined = joined;
    }

    /** The words of [from, to) of the text, read from it. */
    static PlaceWords of(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> afterComma = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>();
        for (int a = LetterWords.nextName(text, from, to), e; a >= 0; a = LetterWords.nextName(text, e, to)) {
            e = LetterWords.nameEnd(text, a, to);
            String w = word(text, a, e);
            if (w == null) continue;
            words.add(w);
            capital.add(Character.isUpperCase(text.charAt(a)));
            afterComma.add(commaBefore(text, a, from));
            joined.add(joined(text, a, from));
        }
        return new PlaceWords(words, capital, afterComma, joined);
    }

    /** The word [a, e) of the text as the finder reads it, or null when nothing of it is left. */
    private static String word(String text, int a, int e) {
        String w = text.substring(a, e);
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        while (w.endsWith(".") && !(w.length() <= 5 && w.indexOf('.') < w.length() - 1)) w = w.substring(0, w.length() - 1);
        if (w.isEmpty()) return null;
        String lower = w.toLowerCase(Locale.ROOT);   // (three String.replace calls cost more than the checks)
        return lower.indexOf('.') < 0 && lower.indexOf('’') < 0 && lower.indexOf('\'') < 0 ? lower
                : lower.replace(".", "").replace("’", "").replace("'", "");
    }

    /** Whether one space stands before the word at {@code a} and a letter before it, within [from, a). */
    private static boolean joined(String text, int a, int from) {
        return a - 2 >= from && text.charAt(a - 1) == ' ' && Character.isLetter(text.charAt(a - 2));
    }

    /** Whether a comma stands before the word at {@code a}, only spaces between, within [from, a). */
    private static boolean commaBefore(String text, int a, int from) {
        int k = a - 1;
        while (k >= from && text.charAt(k) == ' ') k--;
        return k >= from && text.charAt(k) == ',';
    }

    /**
     * An article's words: where each scanned word starts, found once; its end and its form (null: none left) read when a
     * span first holds it or ends in it.
     */
    static final class Article {
        /** The form of a word not read yet. */
        private static final String UNREAD = new String("?");

        private final String text;
        private int[] start;
        private String[] word;
        private int n;

        private Article(String text) {
            this.text = text;
            start = new int[text.length() / 6 + 16];     // about a word per six chars of news text
            for (int a = LetterWords.nextName(text, 0, text.length()); a >= 0;
                    a = LetterWords.nextName(text, LetterWords.nameEnd(text, a, text.length()), text.length())) {
                if (n == start.length) start = java.util.Arrays.copyOf(start, 2 * n);
                start[n++] = a;
            }
        }

        /**
         * The words of [from, to) of the article, as {@link PlaceWords#of} reads them; null when a word of the text
         * crosses either end (the span's word is then a piece of it, read from the span).
         */
        PlaceWords span(int from, int to) {
            if (from < 0 || to > text.length() || from >= to) return null;
            int lo = firstStartingAt(from);
            if (lo > 0 && end(lo - 1) > from) return null;
            int hi = firstStartingAt(to);
            if (hi > lo && end(hi - 1) > to) return null;
            if (word == null) {
                word = new String[n];
                java.util.Arrays.fill(word, UNREAD);
            }
            List<String> words = new ArrayList<>(hi - lo);
            List<Boolean> capital = new ArrayList<>(hi - lo);
            List<Boolean> afterComma = new ArrayList<>(hi - lo);
            List<Boolean> joined = new ArrayList<>(hi - lo);
            for (int i = lo; i < hi; i++) {
                if (word[i] == UNREAD) word[i] = word(text, start[i], end(i));
                if (word[i] == null) continue;
                words.add(word[i]);
                capital.add(Character.isUpperCase(text.charAt(start[i])));
                afterComma.add(commaBefore(text, start[i], from));
                joined.add(joined(text, start[i], from));
            }
            return new PlaceWords(words, capital, afterComma, joined);
        }

        private int end(int i) {
            return LetterWords.nameEnd(text, start[i], text.length());
        }

        /** The first word that starts at or after {@code at}, or n. */
        private int firstStartingAt(int at) {
            int a = 0, b = n;
            while (a < b) {
                int m = (a + b) >>> 1;
                if (start[m] >= at) b = m;
                else a = m + 1;
            }
            return a;
        }
    }

    /** The article's words, read once. */
    static Article article(String text) {
        return new Article(text);
    }
}
