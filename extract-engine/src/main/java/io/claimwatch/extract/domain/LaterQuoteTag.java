package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link ClaimantRule#QUOTATION_TAGGED_LATER}: a quotation that runs over several sentences of a paragraph names its speaker
 * once, after it closes ('"We sent 40 trucks on Monday. More will follow," the mayor said.'); a figure in an earlier
 * sentence of the quotation is that speaker's. The sentences of the paragraph up to the one where the quotation closes (at
 * most five, from the paragraph's first) are read as one with the figure inside the quotation, so that the speaker after
 * the closing mark is read as for a one-sentence quotation; not when a reporting verb stands between the figure and that
 * mark (a verb inside the quotation is the quoted speaker's own report).
 */
final class LaterQuoteTag {

    /** The tokens of the sentences read as one, and the figure in them. */
    record Joined(List<Tok> tokens, Mention mention) {
    }

    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final ReportingVerbs verbs;

    LaterQuoteTag(String text, List<Sentences.Sentence> sentences, ReportingVerbs verbs) {
        this.text = text;
        this.sentences = sentences;
        this.verbs = verbs;
    }

    /**
     * The sentences from the first of idx's paragraph (at most four before) to the one where the quotation open at figure m
     * (of tokens t) closes, with m in them; null when m stands in no quotation, when the quotation closes in m's own
     * sentence, beyond the paragraph or five sentences, or when a reporting verb stands between m and the closing mark.
     */
    Joined join(int idx, List<Tok> t, Mention m) {
        Sentences.Sentence s = sentences.get(idx);
        if (s.kind() != Sentences.Kind.BODY) return null;
        int from = idx;
        while (from > 0 && idx - from < 4 && sameParagraph(from)) from--;
        if (quoteMarks(sentences.get(from).start(), m.start) % 2 == 0 || quoteMarks(m.end, s.end()) > 0) return null;
        int to = idx + 1;
        while (to < sentences.size() && to - from < 5 && sameParagraph(to) && closingMark(sentences.get(to)) < 0) to++;
        if (to >= sentences.size() || to - from >= 5 || !sameParagraph(to)) return null;
        int close = closingMark(sentences.get(to));
        List<Tok> whole = Tok.of(text, sentences.get(from).start(), sentences.get(to).end());
        int at = -1, closeTok = -1;
        for (int j = 0; j < whole.size(); j++) {
            if (whole.get(j).start() == t.get(m.tokStart).start()) at = j;
            if (whole.get(j).start() == close) closeTok = j;
        }
        if (at < 0 || closeTok < at) return null;
        for (int v : verbs.find(whole)) if (v > at && v < closeTok) return null;
        return new Joined(whole, m.movedTo(at, at + m.tokEnd - m.tokStart));
    }

    /** Where the first quotation mark of sentence s stands (the one that closes the quotation), or -1. */
    private int closingMark(Sentences.Sentence s) {
        for (int i = s.start(); i < s.end(); i++) if (quote(text.charAt(i))) return i;
        return -1;
    }

    private int quoteMarks(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (quote(text.charAt(i))) n++;
        return n;
    }

    private static boolean quote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    /** No newline between sentences idx - 1 and idx. */
    private boolean sameParagraph(int idx) {
        int nl = text.indexOf('\n', sentences.get(idx - 1).end());
        return nl < 0 || nl >= sentences.get(idx).start();
    }
}
