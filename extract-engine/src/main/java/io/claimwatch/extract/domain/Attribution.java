package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.ClaimantWords.abbreviationDot;
import static io.claimwatch.extract.domain.ClaimantWords.colonBetween;
import static io.claimwatch.extract.domain.ClaimantWords.introducedQuote;
import static io.claimwatch.extract.domain.ClaimantWords.insideQuote;
import static io.claimwatch.extract.domain.ClaimantWords.isClauseBreak;
import static io.claimwatch.extract.domain.ClaimantWords.isName;
import static io.claimwatch.extract.domain.ClaimantWords.isQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who asserts a figure: the {@link ClaimantRule}s in order. "according to X", "X said/stated/estimates
 * ... N", "\"... N ...,\" X said", "X Says ..." in a headline, "Reports indicate"/"sources suggest", an
 * embedded post signed "— Name (@handle) date". Appositives resolve to the name; pronouns ("it
 * added", "he said") to the last claimant ({@link Referents}); subjects are read by {@link SpeakerPhrase},
 * verbs found by {@link ReportingVerbs}. Null when the outlet speaks in its own voice. One instance per
 * document (it keeps the last claimant).
 */
public final class Attribution {

    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–]\\s*(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})[^(\\n]{0,40}\\(@\\w+\\)");
    private static final Pattern HEADLINE_SOURCE = Pattern.compile(
            "\\s[–—-]\\s+(\\p{Lu}[\\p{L}.&’'-]*(?:\\s+\\p{Lu}[\\p{L}.&’'-]*){0,3})\\s*$");

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final Lexicon lx;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final List<int[]> signed = new ArrayList<>();     // [from, to) ranges of embedded posts
    private final List<String> signers = new ArrayList<>();
    private final Referents refs;
    private final ReportingVerbs verbs;
    private final SpeakerPhrase speaker;
    private final CarriedReport carry;
    private ClaimantRule decided;
    private final java.util.EnumSet<ClaimantRule> applied = java.util.EnumSet.noneOf(ClaimantRule.class);

    public Attribution(Lexicon lx, String text, List<Sentences.Sentence> sentences) {
        this.lx = lx;
        this.text = text;
        this.sentences = sentences;
        this.refs = new Referents(lx, text, sentences);
        this.verbs = new ReportingVerbs(lx);
        this.speaker = new SpeakerPhrase(lx, text, refs);
        this.carry = new CarriedReport(text, sentences);
        findSignedPosts();
    }

    /** The rule that decided the last {@link #claimant}. */
    ClaimantRule decided() {
        return decided;
    }

    /**
     * For explanations: the rule that decided the {@code claimant} of the figure m of sentence idx (the
     * last {@link #claimant} asked), and where its words stand ({@link TextSpans#find}: whom "he said"
     * refers to is named before). No span for no claimant.
     */
    FieldSource source(int idx, Mention m, String claimant) {
        String rule = decided.ruleName();
        Sentences.Sentence s = sentences.get(idx);
        int[] at = claimant == null ? null
                : TextSpans.find(text, claimant, s.start(), s.end(), m.start, sentences.get(Math.min(sentences.size() - 1, idx + 5)).end());
        return at == null ? FieldSource.unspanned(FieldSource.Field.CLAIMANT, rule)
                : FieldSource.of(FieldSource.Field.CLAIMANT, rule, text, at[0], at[1]);
    }

    /** The rules that decided a claimant or named a speaker in the document so far. */
    java.util.Set<ClaimantRule> applied() {
        return java.util.Collections.unmodifiableSet(applied);
    }

    /**
     * The claimant of the figure m of sentence idx (tokens t), or null. Call for the sentences in
     * order; {@link #observe} the sentences without figures so pronouns resolve.
     */
    public String claimant(int idx, List<Tok> t, Mention m) {
        String c = decideClaimant(idx, t, m);
        applied.add(decided);
        if (c != null) carry.named(idx, t, c, verbs.outletTail(t));
        return c;
    }

    private String decideClaimant(int idx, List<Tok> t, Mention m) {
        Sentences.Sentence s = sentences.get(idx);
        for (int i = 0; i < signed.size(); i++) {
            if (s.start() >= signed.get(i)[0] && s.start() < signed.get(i)[1]) return decide(ClaimantRule.SIGNED_POST, signers.get(i));
        }
        if (background(t, m)) return decide(ClaimantRule.BACKGROUND, null);
        String acc = accordingTo(idx, t, m);
        if (acc != null) return decide(decided, acc);
        String r = reported(idx, t, m);
        // "At least 80 injured, Houthis say": the headline sums up the story in the outlet's voice
        if (r != null && decided == ClaimantRule.SPEAKER_AFTER && idx == 0 && s.kind() == Sentences.Kind.HEADLINE) return decide(ClaimantRule.HEADLINE_SUMMARY, null);
        if (r == null && decided != ClaimantRule.SPEAKERS_COUNTED) r = reportedInWrapped(idx, t, m);
        if (r == null && decided != ClaimantRule.SPEAKERS_COUNTED) {
            r = byEstimate(t, m);
            if (r != null) decided = ClaimantRule.BY_ESTIMATE;
        }
        if (r == null && s.kind() == Sentences.Kind.HEADLINE) {
            r = headlineSource(s);
            if (r != null) decided = ClaimantRule.HEADLINE_SOURCE;
        }
        if (r == null && (continuesQuote(idx) || quotedParagraph(idx))) {
            decided = ClaimantRule.QUOTE_GOES_ON;
            return refs.last();
        }
        if (r == null && decided != ClaimantRule.SPEAKERS_COUNTED) {
            String c = carry.carried(idx, t, !verbs.find(t).isEmpty() || verbs.passiveReport(t));
            if (c != null) return decide(ClaimantRule.CARRIED_IN_PARAGRAPH, c);
        }
        return decide(r == null && decided != ClaimantRule.SPEAKERS_COUNTED ? ClaimantRule.OUTLET_VOICE : decided, r);
    }

    /** Updates the last claimant from a sentence without figures. */
    public void observe(int idx, List<Tok> t) {
        // "Sultan said the toll would rise, and that authorities there had confirmed it": the speaker
        // of the sentence is the subject of its first reporting verb, whom a later "he said" means
        int first = verbs.first(t);
        if (first >= 0) refs.rememberSpeaker(speaker.before(idx, t, first));
        String r = invertedSpeaker(idx, t);
        if (r != null) applied.add(ClaimantRule.SPEAKER_OF_PREVIOUS_QUOTE);
        if (r == null) r = reported(idx, t, null);
        if (r == null) r = accordingTo(idx, t, null);
        if (r == null) {
            r = quoteSpeaker(idx, t);
            if (r != null) applied.add(ClaimantRule.SPEAKER_OF_PREVIOUS_QUOTE);
        }
        carry.named(idx, t, refs.remember(r), verbs.outletTail(t));
    }

    /**
     * "\"Tomorrow is expected to be a more intense burning day,\" said Bruce Mayer.": the speaker named
     * after a quotation without figures, whom a later "..., he added." means.
     */
    private String quoteSpeaker(int idx, List<Tok> t) {
        for (int v : verbs.find(t)) {
            int q = v - 1;
            while (q > 0 && !isQuote(t.get(q)) && v - q <= 10) q--;
            if (q <= 0 || !isQuote(t.get(q)) || !(t.get(q - 1).is(",") || insideQuote(t, q))) continue;
            if (speaker.pronounSubject(t, v)) continue;       // "\"God saved us,\" he said": names no one new
            String s = speaker.afterQuote(idx, t, v, q);
            if (s != null) return s;
        }
        return null;
    }

    /** "Growth has stalled, said Ana Ruiz, chair of ...": a speaker named after a comma, without a quotation. */
    private String invertedSpeaker(int idx, List<Tok> t) {
        for (int v : verbs.find(t)) {
            if (v < 2 || !t.get(v - 1).is(",") || v + 1 >= t.size() || !t.get(v + 1).isWord()) continue;
            String s = speaker.afterQuote(idx, t, v, v - 2);
            if (s != null) return s;
        }
        return null;
    }

    private String decide(ClaimantRule rule, String claimant) {
        decided = rule;
        return refs.remember(claimant);
    }

    // ------------------------------------------------------------------ quotations and headlines

    /**
     * "The toll ... rose to 81, about\n\n45 people were killed in ... Waziristan\n\nTribal Agency and 23 died in
     * ..., the\n\nofficials said.": wrapped wire copy whose lines became paragraphs splits a sentence into
     * pieces that end without a full stop, on a word such as "the", "on" or a comma. The claimant of a
     * figure in one piece is read over the whole sentence, back and on to the piece that ends it.
     */
    private String reportedInWrapped(int idx, List<Tok> t, Mention m) {
        int from = idx;
        while (from > 0 && idx - from < 3 && openEnded(from - 1)) from--;
        int to = idx;
        boolean going = from < idx;
        while (to + 1 < sentences.size() && to - from < 5 && !closed(sentences.get(to)) && (going || openEnded(to))) {
            to++;
            going = true;
        }
        if (from == idx && to == idx || !closed(sentences.get(to))) return null;
        List<Tok> whole = Tok.of(text, sentences.get(from).start(), sentences.get(to).end());
        int shift = -1;
        for (int j = 0; j < whole.size(); j++) if (whole.get(j).start() == t.get(m.tokStart).start()) shift = j - m.tokStart;
        if (shift < 0) return null;
        return reported(idx, whole, new Mention(m.start, m.end, m.tokStart + shift, m.tokEnd + shift, m.value));
    }

    /** A piece of a sentence that ends on a comma or a function word ("when", "the", "about"), not a full stop. */
    private boolean openEnded(int i) {
        Sentences.Sentence s = sentences.get(i);
        if (s.kind() == Sentences.Kind.SUBHEAD || closed(s)) return false;
        List<Tok> t = Tok.of(text, s.start(), s.end());
        if (t.isEmpty()) return false;
        Tok e = t.get(t.size() - 1);
        return e.is(",") || e.isWord() && lx.functionWords.contains(e.lower()) && !e.capitalized();
    }

    /** Whether the sentence ends with a full stop, a question or exclamation mark, or a closing quotation mark. */
    private boolean closed(Sentences.Sentence s) {
        String st = text.substring(s.start(), s.end()).stripTrailing();
        return !st.isEmpty() && ".!?\"”’:;".indexOf(st.charAt(st.length() - 1)) >= 0;
    }

    /**
     * A sentence that opens with a quotation mark right after another sentence of the same
     * paragraph continues the quotation of that paragraph: "\"We lost 11 ...,\" said X. \"There
     * were 80 houses here.\"" The speaker is the last claimant.
     */
    private boolean continuesQuote(int idx) {
        if (idx == 0) return false;
        Sentences.Sentence s = sentences.get(idx);
        char c = text.charAt(s.start());
        if (c != '"' && c != '“') return false;
        int prevEnd = sentences.get(idx - 1).end();
        return text.indexOf('\n', prevEnd) < 0 || text.indexOf('\n', prevEnd) >= s.start();
    }

    /**
     * A paragraph that is all quotation, with no speaker of its own, right after a paragraph whose
     * figures or statements were attributed: the same speaker goes on ("\"Ten teams have been deployed.\"").
     */
    private boolean quotedParagraph(int idx) {
        if (idx == 0 || refs.last() == null) return false;
        Sentences.Sentence s = sentences.get(idx);
        char c = text.charAt(s.start());
        char e = text.charAt(s.end() - 1);
        if (c != '"' && c != '“' || e != '"' && e != '”') return false;
        int lineStart = text.lastIndexOf('\n', s.start()) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        if (!text.substring(lineStart, s.start()).isBlank() || !text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) return false;
        String inner = text.substring(s.start() + 1, s.end() - 1);
        return inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0;
    }

    /**
     * "Lassa fever kills 152 in Nigeria – NCDC": a headline that names its source after a dash. A page
     * title ends the same way with the outlet's name ("- BBC News"), which speaks in its own voice: the
     * source must come back in the body of the article, and not as a "News" masthead.
     */
    private String headlineSource(Sentences.Sentence s) {
        Matcher mm = HEADLINE_SOURCE.matcher(text.substring(s.start(), s.end()));
        if (!mm.find()) return null;
        String name = mm.group(1);
        if (name.endsWith(" News") || name.equals("News")) return null;
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).region(s.end(), text.length()).find() ? name : null;
    }

    /**
     * "won 79 of the 230 seats", "short of the 116 needed for a majority": the whole that a figure is
     * a part of, and the threshold it is measured against, are known facts that no source asserts.
     */
    private boolean background(List<Tok> t, Mention m) {
        int k = m.tokStart - 1;
        if (k >= 1 && t.get(k).is("the") && t.get(k - 1).is("of")) {
            for (int x = k - 2; x >= Math.max(0, k - 4); x--) if (t.get(x).isNum()) return true;
        }
        return k >= 0 && t.get(k).is("the") && m.tokEnd < t.size() && w.thresholds.contains(t.get(m.tokEnd).lower());
    }

    // ------------------------------------------------------------------ embedded posts

    private void findSignedPosts() {
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            if (TextSearch.indexOf(text, "(@", s.start(), s.end()) < 0) continue;
            String st = text.substring(s.start(), s.end());
            Matcher mm = SIGNATURE.matcher(st);
            if (!mm.find()) continue;
            String name = mm.group(1).strip();
            // the post: this sentence and the short lines just before it (up to 4), back to a long paragraph
            int from = s.start();
            int lineStart = text.lastIndexOf('\n', s.start()) + 1;
            from = Math.min(from, lineStart);
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

    // ------------------------------------------------------------------ according to

    /** "... roughly 25 percent of output by some estimates": "by" and a reckoning after the figure, ending its clause. */
    private String byEstimate(List<Tok> t, Mention m) {
        for (int k = m.tokEnd; k + 1 < t.size(); k++) {
            if (isClauseBreak(t.get(k)) && !t.get(k).is(",")) return null;
            if (!t.get(k).is("by")) continue;
            int e = k + 1;
            while (e < t.size() && e - k <= 3 && t.get(e).isWord() && !w.estimateNouns.contains(t.get(e).lower())) e++;
            if (e < t.size() && t.get(e).isWord() && w.estimateNouns.contains(t.get(e).lower()) && !t.get(e).capitalized()
                    && (e + 1 >= t.size() || isClauseBreak(t.get(e + 1)))) return span(t, k + 1, e + 1);
        }
        return null;
    }

    private String accordingTo(int idx, List<Tok> t, Mention m) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is("according") || !t.get(k + 1).is("to")) continue;
            int a = k + 2, b = a;
            while (b < t.size() && (!isClauseBreak(t.get(b)) || abbreviationDot(t, b))) b++;
            if (b == a) return null;
            // "X, according to A, while B put it at Y": a contrasting clause has its own source
            // ("N1 were cancelled, while N2 were delayed, according to X": a source at the end covers both)
            if (m != null && m.tokStart > k && (w.contrastBetween(t, Math.min(b, m.tokStart), Math.max(k, m.tokStart)) || verbs.reportsBetween(t, b, m.tokStart))) return null;
            String x = span(t, a, b);
            // appositive: "the army's commander-in-chief, Oleksandr Syrsky, ..."
            if (b < t.size() && t.get(b).is(",")) {
                int c = b + 1, d = c;
                while (d < t.size() && !isClauseBreak(t.get(d))) d++;
                if (d < t.size() && t.get(d).is(",") && isName(t, c, d) && !isName(t, a, b)) {
                    decided = ClaimantRule.ACCORDING_TO_APPOSITIVE;
                    return span(t, c, d);
                }
            }
            decided = ClaimantRule.ACCORDING_TO;
            return refs.resolve(idx, x, t, a, b);
        }
        return null;
    }

    // ------------------------------------------------------------------ reporting verbs

    private String reported(int idx, List<Tok> t, Mention m) {
        List<Integer> vs = verbs.find(t);
        decided = null;
        if (vs.isEmpty()) return null;
        int mTok = m == null ? t.size() : m.tokStart;
        // "14 had predicted ...", "while eight said ...": the figure counts the speakers themselves
        if (m != null) {
            int y = m.tokEnd;
            while (y < t.size() && t.get(y).isWord() && w.verbAdverbs.contains(t.get(y).lower())) y++;
            if (y < t.size() && vs.contains(y) && y > m.tokStart) {
                decided = ClaimantRule.SPEAKERS_COUNTED;
                return null;
            }
        }
        boolean inQuote = m != null && insideQuote(t, m.tokStart);
        // "X told reporters: \"I fear the dead could be ... 200.\"": the quotation that a verb introduces is its subject's
        int opened = inQuote ? introducedQuote(t, mTok) : -1;
        String before = null, after = null;
        int beforeAt = -1;
        ClaimantRule beforeRule = null;
        for (int v : vs) {
            if (v < opened || v < mTok && !inQuote) {
                if (before != null && speaker.pronounSubject(t, v)) continue;  // "TSMC said that it doesn't expect": the same speaker
                if (verbs.outletClauseBetween(t, v, mTok) || verbs.relativeAsideBefore(t, v, mTok)) continue;
                int ws = lx.withReporting.contains(t.get(v).lower()) ? verbs.withSubject(t, v) : -1;
                String s = ws >= 0 ? speaker.withSubject(idx, t, ws, v) : speaker.before(idx, t, v);
                if (s != null) {
                    before = s;                                  // nearest before wins
                    beforeAt = v;
                    beforeRule = ws >= 0 ? ClaimantRule.WITH_SAYING : inQuote ? ClaimantRule.QUOTE_INTRODUCED : ClaimantRule.SPEAKER_BEFORE;
                }
            } else if (v >= mTok && after == null && !lx.withReporting.contains(t.get(v).lower()) && !colonBetween(t, mTok, v)) {
                after = speaker.afterQuote(idx, t, v, mTok);
            }
        }
        if (inQuote) return pick(after, before, beforeRule);
        // "he had no information about the reports that a total of seven bodies had been recovered"
        if (m != null) {
            for (int k = mTok - 3; k > beforeAt && k >= 0; k--) {
                if (!verbs.contentClause(t, k)) continue;
                int a = k;
                if (a > 0 && t.get(a - 1).isWord() && !lx.functionWords.contains(t.get(a - 1).lower()) && !t.get(a - 1).capitalized()) a--;
                if (a > 0 && w.determiners.contains(t.get(a - 1).lower())) a--;
                decided = ClaimantRule.CONTENT_CLAUSE;
                return span(t, a, k + 1);
            }
        }
        if (before != null) {
            decided = beforeRule;
            return before;
        }
        return pick(after, null, null);
    }

    /** The speaker after the figure if any, else the one before. */
    private String pick(String after, String before, ClaimantRule beforeRule) {
        if (after != null) decided = ClaimantRule.SPEAKER_AFTER;
        else if (before != null) decided = beforeRule;
        return after != null ? after : before;
    }

    private String span(List<Tok> t, int a, int b) {
        return ClaimantWords.span(text, t, a, b);
    }
}
