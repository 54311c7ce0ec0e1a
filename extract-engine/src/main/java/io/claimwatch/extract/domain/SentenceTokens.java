package io.claimwatch.extract.domain;

import java.util.List;

/**
 * An article's sentences with their tokens ({@link Tok#of}), each sentence tokenised once an article, when first asked,
 * for every stage that reads it (the sentence's figures, then the article's events over all its sentences). The lists
 * are shared: no reader changes them.
 */
final class SentenceTokens {

    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final List<?>[] tokens;

    SentenceTokens(String text, List<Sentences.Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        this.tokens = new List<?>[sentences.size()];
    }

    List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** The tokens of sentence i. */
    @SuppressWarnings("unchecked")
    List<Tok> of(int i) {
        if (tokens[i] == null) tokens[i] = Tok.of(text, sentences.get(i).start(), sentences.get(i).end());
        return (List<Tok>) tokens[i];
    }
}
