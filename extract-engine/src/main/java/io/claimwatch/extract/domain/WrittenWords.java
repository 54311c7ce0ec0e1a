package io.claimwatch.extract.domain;


/**
 * Whether an article writes a word, as written (case counts), between non-letters: "imports" in lower case elsewhere
 * makes a sentence's opening "Imports" the sentence's capital, not a name's. The article's words are read once per
 * article, not once per claim that asks.
 */
final class WrittenWords {

    private WrittenWords() {}

    /** The text has the word as a whole word, as written (case counts). */
    static boolean asWord(String text, String word) {
        if (lettersOnly(word)) return NameIndex.of(text).starts(word).length > 0;   // the article's letter runs, read once
        return scannedAsWord(text, word);
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
