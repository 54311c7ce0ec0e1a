package io.claimwatch.extract.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether an article writes a word, as written (case counts), between non-letters: "imports" in lower case elsewhere
 * makes a sentence's opening "Imports" the sentence's capital, not a name's. The article's words are read once per
 * article, not once per claim that asks.
 */
final class WrittenWords {

    private WrittenWords() {}

    /** The text has the word as a whole word, as written (case counts). */
    static boolean asWord(String text, String word) {
        if (lettersOnly(word)) return LETTER_RUNS.of(text).contains(word);
        return scannedAsWord(text, word);
    }

    /** The runs of letters of the article (its words as written, between marks, digits and spaces), read once per article. */
    private static final PerArticle<Set<String>> LETTER_RUNS = new PerArticle<>(WrittenWords::letterRuns);

    private static Set<String> letterRuns(String text) {
        Set<String> runs = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            runs.add(text.substring(i, e));
            i = e;
        }
        return runs;
    }

    private static boolean lettersOnly(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
        return true;
    }

    /** A word with marks in it ("covid-19"): whether the text has it between non-letters, read by scanning. */
    private static boolean scannedAsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
        }
        return false;
    }
}
