package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a lower-case English word may be the inflection of, for looking words up in lexicons
 * of lemmas without tagging the sentence: "killed" → kill, "evacuated" → evacuate, "flooding" →
 * flood, "casualties" → casualty. Over-generates on purpose: only forms a lexicon holds match.
 */
final class WordForms {

    private WordForms() {}

    static List<String> of(String w) {
        List<String> out = new ArrayList<>(6);
        out.add(w);
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) out.add(w.substring(0, n - 3) + "y");
        if (n > 3 && w.endsWith("es")) out.add(w.substring(0, n - 2));
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, n - 1));
        if (n > 4 && w.endsWith("ied")) out.add(w.substring(0, n - 3) + "y");
        if (n > 3 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            out.add(stem);
            out.add(stem + "e");
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        }
        if (n > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            if (stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) out.add(stem.substring(0, stem.length() - 1));
        }
        return out;
    }

    /**
     * The words that {@link #of} may give {@code form} for: each rule of {@link #of} turned around
     * ("kill" → "kills", "killes", "killed", "killeed", "killled", "killing", "killling", ...). More than
     * English has; every word of which {@code form} is a form is among them.
     */
    static List<String> inflections(String form) {
        List<String> out = new ArrayList<>(12);
        int n = form.length();
        if (n == 0) return out;
        char last = form.charAt(n - 1);
        if (last == 'y') {
            out.add(form.substring(0, n - 1) + "ies");
            out.add(form.substring(0, n - 1) + "ied");
        }
        out.add(form + "es");
        out.add(form + "s");
        out.add(form + "ed");
        out.add(form + last + "ed");
        out.add(form + "ing");
        out.add(form + last + "ing");
        if (last == 'e') {
            out.add(form.substring(0, n - 1) + "ed");
            out.add(form.substring(0, n - 1) + "ing");
        }
        return out;
    }

    /** The concept of the longest lexicon entry at {@code i} of the words, trying each word's forms for one-word entries; null if none. */
    static ConceptLexicon.Match match(ConceptLexicon lex, List<String> words, int i) {
        return lex.matchOrForm(words, i);
    }

    /** The first concept the words name; null if none. */
    static String first(ConceptLexicon lex, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = match(lex, words, i);
            if (m != null) return m.concept();
        }
        return null;
    }

    /** The last concept the words name (the one nearest their end); null if none. */
    static String last(ConceptLexicon lex, List<String> words) {
        String out = null;
        for (int i = 0; i < words.size(); i++) {
            ConceptLexicon.Match m = match(lex, words, i);
            if (m != null) {
                out = m.concept();
                i += m.words() - 1;
            }
        }
        return out;
    }

    /** "troops" → "troop", "casualties" → "casualty"; other words unchanged. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
