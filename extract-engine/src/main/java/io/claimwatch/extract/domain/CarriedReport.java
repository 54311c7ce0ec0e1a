package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link ClaimantRule#CARRIED_IN_PARAGRAPH}: a sentence that names no speaker of its own goes on with
 * the report of the sentence before it in the same paragraph ("The trade shortfall was $55.5bn, the
 * Commerce Department said. That pushed the 10-month deficit to $500.5bn."). Remembers the source of
 * each sentence (named, or carried in its turn) and decides whether the next one continues it. One
 * instance per document.
 */
final class CarriedReport {

    /** Longer lines than this end a paragraph at their newline; shorter ones are a wire's hard wrap. */
    private static final int WRAPPED_LINE = 90;

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final String[] source;

    CarriedReport(String text, List<Sentences.Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        this.source = new String[sentences.size()];
    }

    /** Records c (when not null) as the source that sentence idx reports. */
    void named(int idx, String c) {
        if (c != null) source[idx] = c;
    }

    /**
     * The source of the sentence before idx that sentence idx (tokens t, with no speaker of its own and
     * no reporting verb: {@code reports}) goes on with, or null; recorded as idx's own, so the report
     * goes on through the paragraph's sentences with figures (a sentence without figures or speaker, the
     * outlet's own narration, ends it).
     */
    String carried(int idx, List<Tok> t, boolean reports) {
        if (idx == 0 || reports || t.isEmpty()) return null;
        Sentences.Sentence s = sentences.get(idx);
        String prev = source[idx - 1];
        if (prev == null || s.kind() != Sentences.Kind.BODY || !sameParagraph(idx) || !carries(prev) || !continues(t)) return null;
        source[idx] = prev;
        return prev;
    }

    /**
     * Whether the sentence opens as one that goes on with the report before it: a pronoun or demonstrative
     * subject, or a part of what was reported (lexicon/claimant-report-continuers.txt), after a conjunction
     * if any ("But by then ..."). A sentence that opens with a subject of its own ("The blaze was 14%
     * contained", "Some 10.8 million people were registered") is most often the outlet's own.
     */
    private boolean continues(List<Tok> t) {
        int a = 0;
        if (a < t.size() && t.get(a).isWord() && (t.get(a).is("but") || t.get(a).is("and"))) a++;
        if (a >= t.size() || !t.get(a).isWord()) return false;
        if (w.reportContinuers.contains(t.get(a).lower())) return true;
        return a + 1 < t.size() && t.get(a + 1).isWord() && w.reportContinuers.contains(t.get(a).lower() + " " + t.get(a + 1).lower());
    }

    /**
     * Whether the report of source c goes on past its sentence: not a view or a forecast ("analysts
     * said", "some economists"), not the outlet's own ("our correspondent"), not a pronoun left unresolved.
     */
    private boolean carries(String c) {
        String[] words = WordSplits.WHITESPACE.split(c.toLowerCase(java.util.Locale.ROOT));
        if (words.length == 0 || w.pronouns.contains(words[0])) return false;
        for (String x : words) if (w.notCarried.contains(x)) return false;
        return true;
    }

    /** Whether sentences idx - 1 and idx stand in one paragraph: no blank or indented line between them, no long line's end. */
    boolean sameParagraph(int idx) {
        int from = sentences.get(idx - 1).end(), to = sentences.get(idx).start();
        for (int nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
            if (nl + 1 >= text.length() || Character.isWhitespace(text.charAt(nl + 1))) return false;
            int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
            if (nl - lineStart > WRAPPED_LINE) return false;
        }
        return true;
    }
}
