package io.claimwatch.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence stands among the others of the article, for {@link Attribution}: a piece of wrapped
 * wire copy that ends without a full stop, a quotation that goes on from the sentence before, a
 * paragraph that is all quotation, a headline that names its source after a dash, a sentence inside
 * an embedded post signed "— Name (@handle) date". Reads the text's shape only, no claimant.
 */
final class ParagraphShapes {

    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–]\\s*(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})[^(\\n]{0,40}\\(@\\w+\\)");
    private static final Pattern HEADLINE_SOURCE = Pattern.compile(
            "\\s[–—-]\\s+(\\p{Lu}[\\p{L}.&’'-]*(?:\\s+\\p{Lu}[\\p{L}.&’'-]*){0,3})\\s*$");

    private static final int POST_CHARS = 280;  // the longest post a signature closes

    private final Lexicon lx;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final List<int[]> signed = new ArrayList<>();     // [from, to) ranges of embedded posts
    private final List<String> signers = new ArrayList<>();

    ParagraphShapes(Lexicon lx, String text, List<Sentences.Sentence> sentences) {
        this.lx = lx;
        this.text = text;
        this.sentences = sentences;
        findSignedPosts();
    }

    /** The signer of the embedded post the sentence stands in, or null. */
    String signer(Sentences.Sentence s) {
        for (int i = 0; i < signed.size(); i++) {
            if (s.start() >= signed.get(i)[0] && s.start() < signed.get(i)[1]) return signers.get(i);
        }
        return null;
    }

    /** A piece of a sentence that ends on a comma or a function word ("when", "the", "about"), not a full stop. */
    boolean openEnded(int i) {
        Sentences.Sentence s = sentences.get(i);
        if (s.kind() == Sentences.Kind.SUBHEAD || closed(s)) return false;
        List<Tok> t = Tok.of(text, s.start(), s.end());
        if (t.isEmpty()) return false;
        Tok e = t.get(t.size() - 1);
        return e.is(",") || e.isWord() && lx.functionWords.contains(e.lower()) && !e.capitalized();
    }

    /**
     * Wrapped wire copy whose lines became paragraphs: the first and last of the pieces of one sentence that piece
     * {@code idx} belongs to (up to three open-ended pieces before it, up to five in all, the last closed), or null when
     * it stands whole.
     */
    int[] wrappedSentence(int idx) {
        int from = idx;
        while (from > 0 && idx - from < 3 && openEnded(from - 1)) from--;
        int to = idx;
        boolean going = from < idx;
        while (to + 1 < sentences.size() && to - from < 5 && !closed(sentences.get(to)) && (going || openEnded(to))) {
            to++;
            going = true;
        }
        return from == idx && to == idx || !closed(sentences.get(to)) ? null : new int[] {from, to};
    }

    /** Whether the sentence ends with a full stop, a question or exclamation mark, or a closing quotation mark. */
    boolean closed(Sentences.Sentence s) {
        String st = text.substring(s.start(), s.end()).stripTrailing();
        return !st.isEmpty() && ".!?\"”’:;".indexOf(st.charAt(st.length() - 1)) >= 0;
    }

    /**
     * A sentence that opens with a quotation mark right after another sentence of the same
     * paragraph continues the quotation of that paragraph: "\"We lost 11 ...,\" said X. \"There
     * were 80 houses here.\"" The speaker is the last claimant.
     */
    boolean continuesQuote(int idx) {
        if (idx == 0) return false;
        Sentences.Sentence s = sentences.get(idx);
        char c = text.charAt(s.start());
        if (c != '"' && c != '“') return false;
        int prevEnd = sentences.get(idx - 1).end();
        return text.indexOf('\n', prevEnd) < 0 || text.indexOf('\n', prevEnd) >= s.start();
    }

    /**
     * A headline in sentence case ("Harbor survey finds 48 towns back the plan": a word of four letters or more in lower
     * case), not a wire's in capitals or title case ("CHAD SAYS IT KILLED 384", "Union Says 87% Of Members Back Strike").
     */
    static boolean inSentenceCase(List<Tok> t) {
        for (Tok x : t) if (x.isWord() && x.text().length() >= 4 && Character.isLowerCase(x.text().charAt(0))) return true;
        return false;
    }

    /**
     * A paragraph that is all quotation, with no speaker of its own ("\"Ten teams have been deployed.\"", and over several
     * sentences, "\"We sent 40 trucks. Ten teams have been deployed.\""): after a paragraph whose figures or statements were
     * attributed, the same speaker goes on. The line of sentence idx opens and closes with a quotation mark and has none
     * inside.
     */
    boolean quotedParagraph(int idx) {
        if (idx == 0) return false;
        Sentences.Sentence s = sentences.get(idx);
        int lineStart = text.lastIndexOf('\n', s.start()) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (line.length() < 2) return false;
        char c = line.charAt(0);
        char e = line.charAt(line.length() - 1);
        if (c != '"' && c != '“' || e != '"' && e != '”') return false;
        String inner = line.substring(1, line.length() - 1);
        return inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0;
    }

    /**
     * "Lassa fever kills 152 in Nigeria – NCDC": a headline that names its source after a dash. A page
     * title ends the same way with the outlet's name ("- BBC News"), which speaks in its own voice: the
     * source must come back in the body of the article, and not as a "News" masthead.
     */
    String headlineSource(Sentences.Sentence s) {
        Matcher mm = HEADLINE_SOURCE.matcher(text.substring(s.start(), s.end()));
        if (!mm.find()) return null;
        String name = mm.group(1);
        if (name.endsWith(" News") || name.equals("News")) return null;
        return writtenAfter(name, s.end()) ? name : null;
    }

    /**
     * Whether {@code name} stands as a word after {@code from}, as {@code \bname\b} would find it in the rest of the text:
     * tried only where the article's index of words ({@link NameIndex}) has it with no letter before it, and at
     * {@code from} itself (where the rest begins, \b sees nothing before it).
     */
    private boolean writtenAfter(String name, int from) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).useAnchoringBounds(false);
        m.region(from, text.length());
        if (m.lookingAt()) return true;
        m.useTransparentBounds(true);
        for (int at : NameIndex.of(text).written(text, name)) {
            if (at <= from) continue;
            m.region(at, text.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ embedded posts

    private void findSignedPosts() {
        if (!text.contains("(@")) return;      // no signature in the article: no sentence needs a look
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            if (TextSearch.indexOf(text, "(@", s.start(), s.end()) < 0) continue;
            String st = text.substring(s.start(), s.end());
            Matcher mm = SIGNATURE.matcher(st);
            if (!mm.find()) continue;
            String name = mm.group(1).strip();
            // the post: this sentence and the short lines just before it (up to 4), back to a long paragraph.
            // claimant.signed-post-extent: a post is short; in a long line (an article run into one line, "... the
            // mill employs 300 people. <prose> We won! — Valley Group (@valley) May 2, 2024") it reaches no further
            // back than a post's length before the dash, and the prose before it keeps its own sources
            int from = s.start();
            int lineStart = text.lastIndexOf('\n', s.start()) + 1;
            int dash = s.start() + mm.start();
            if (dash - lineStart <= POST_CHARS) from = Math.min(from, lineStart);
            for (int back = 1; back <= 6 && i - back >= 0 && dash - lineStart > POST_CHARS; back++) {
                int ps = sentences.get(i - back).start();
                if (ps < lineStart || dash - ps > POST_CHARS) break;
                from = ps;
            }
            for (int back = 1; back <= 6 && i - back >= 0; back++) {
                Sentences.Sentence p = sentences.get(i - back);
                int pl = text.lastIndexOf('\n', p.start()) + 1;
                int ple = text.indexOf('\n', p.end());
                int lineLen = (ple < 0 ? text.length() : ple) - pl;
                if (lineLen > 200) break;
                from = Math.min(from, p.start());
            }
            signed.add(new int[] {from, s.end()});
            signers.add(name);
        }
    }
}
