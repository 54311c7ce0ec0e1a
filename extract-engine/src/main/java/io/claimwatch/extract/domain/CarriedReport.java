package io.claimwatch.extract.domain;

import java.util.List;

/**
 * {@link ClaimantRule#CARRIED_IN_PARAGRAPH}: a sentence that names no speaker of its own goes on with
 * the report of the sentence before it in the same paragraph ("The trade shortfall was $55.5bn, the
 * Commerce Department said. That pushed the 10-month deficit to $500.5bn.", "... the Pentagon said more
 * than 40 troops were wounded. Eight were medically evacuated."). Remembers the source of each sentence
 * (named, or carried in its turn) and decides whether the next one continues it. One instance per document.
 */
final class CarriedReport {

    /** claimant.market-move: what is traded (lexicon/claimant-market-nouns.txt) and the verbs of its price's move. */
    private static final java.util.Set<String> MARKET_NOUNS = java.util.Set.copyOf(Lexicon.lines("claimant-market-nouns.txt"));
    private static final java.util.Set<String> MARKET_MOVES = java.util.Set.copyOf(Lexicon.lines("claimant-market-move-verbs.txt"));
    /** claimant.quotation-not-carried: the words that open a sentence going on with what a quotation said ("That meant ..."). */
    private static final java.util.Set<String> QUOTATION_ANAPHORS = java.util.Set.copyOf(Lexicon.lines("claimant-quotation-anaphors.txt"));

    /** Longer lines than this end a paragraph at their newline; shorter ones are a wire's hard wrap. */
    private static final int WRAPPED_LINE = 90;
    /**
     * claimant.flat-text-not-carried: the share of a text's characters on one line beyond which its paragraphs were lost,
     * when that line is longer than {@link #FLAT_LINE} (several sentences, not a short text on one line).
     */
    private static final double FLAT_SHARE = 0.6;
    private static final int FLAT_LINE = 1000;
    /** claimant.flat-text-not-carried: reporting verbs in the present (lexicon/claimant-present-reports.txt). */
    private static final java.util.Set<String> PRESENT_REPORTS = java.util.Set.copyOf(Lexicon.lines("claimant-present-reports.txt"));

    private final ClaimantWords w = ClaimantWords.WORDS;
    private final String text;
    private final List<Sentences.Sentence> sentences;
    private final String[] source;
    /** claimant.survey-agent: the sentences whose source ran the survey their figures count the answers of. */
    private final java.util.BitSet surveyed = new java.util.BitSet();
    /** claimant.quotation-not-carried: the sentences whose report is a quotation that opens them and closes before the speaker. */
    private final java.util.BitSet quoted = new java.util.BitSet();
    /** claimant.flat-text-not-carried: the sentences whose source speaks in the present ("says"), named or carried. */
    private final java.util.BitSet present = new java.util.BitSet();
    /** The last source named in the document, whatever its verb. */
    private String lastNamed;
    /** claimant.flat-text-not-carried: whether the text's paragraphs were lost (one line holds most of it). */
    private final boolean flat;

    CarriedReport(String text, List<Sentences.Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        this.source = new String[sentences.size()];
        this.flat = flat(text);
    }

    /** Whether one line of the text, longer than {@link #FLAT_LINE}, holds more than {@link #FLAT_SHARE} of its characters. */
    static boolean flat(String text) {
        int longest = 0, all = text.strip().length();
        for (int from = 0; from <= text.length(); ) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            longest = Math.max(longest, text.substring(from, end).strip().length());
            if (nl < 0) break;
            from = nl + 1;
        }
        return longest > FLAT_LINE && longest > FLAT_SHARE * all;
    }

    /**
     * Records c (when not null) as the source that sentence idx (tokens t) reports, unless the sentence
     * gives a view, a forecast or a finding ("Correa has estimated damage at ...", "Indonesia said it
     * expected ...", "X said the dispute could last", lexicon/claimant-view-verbs.txt): such a source covers its
     * own clause, not the paragraph; nor when the outlet goes on after the source in the same sentence
     * ({@code outletTail}: "..., the ministry said, the largest of which has burned 9,000 hectares").
     */
    void named(int idx, List<Tok> t, String c, boolean outletTail) {
        if (c != null) lastNamed = c;
        if (c == null || outletTail) return;
        // (a poll's findings go on whatever their verb: "Polling by X shows ...": claimant.poll-goes-on)
        for (int k = 0; k < t.size(); k++) if (viewVerb(t, k) && !poll(c) || quotationOpened(t, k)) return;
        source[idx] = c;
        for (Tok x : t) if (x.isWord() && PRESENT_REPORTS.contains(x.lower())) present.set(idx);
        if (!t.isEmpty() && ClauseMarks.isQuote(t.get(0))) for (int k = 1; k < t.size(); k++) if (quotationClosed(t, k)) quoted.set(idx);
    }

    /**
     * Whether source c is a poll or a survey named by its maker (lexicon/claimant-poll-nouns.txt and a capitalised word after
     * the first: "Recent polling by Harbor Research", "a Dale survey"; not "exit polls", whose results the outlet may weigh).
     */
    private boolean poll(String c) {
        String[] words = WordSplits.WHITESPACE.split(c);
        boolean poll = false, named = false;
        for (int i = 0; i < words.length; i++) {
            poll |= w.pollNouns.contains(words[i].toLowerCase(java.util.Locale.ROOT));
            named |= i > 0 && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
        }
        return poll && named;
    }

    /**
     * {@link ClaimantRule#FINDINGS_LIST}: "Among the findings in the audit: 61% of the bridges ...": words before the colon at
     * {@code colon}, with no reporting verb, that name a document (a determiner and a noun of lexicon/claimant-findings-nouns.txt,
     * the last one named) list its findings after it, in the sentence and, carried, the paragraph; the determiner and the noun, or null.
     */
    String findingsIntro(List<Tok> t, int colon) {
        if (colon < 2 || colon >= t.size() || !t.get(colon).is(":")) return null;
        for (int k = colon - 1; k > 0; k--) {
            Tok d = t.get(k - 1);
            if (t.get(k).isWord() && w.findingsNouns.contains(t.get(k).lower()) && d.isWord() && w.determiners.contains(d.lower()))
                return ClaimantWords.span(text, t, k - 1, k + 1);
        }
        return null;
    }

    /** The colon that ends words t ("Among the findings in the report: ."), or -1. */
    static int endingColon(List<Tok> t) {
        int end = t.size() - 1;
        while (end >= 0 && t.get(end).is(".")) end--;
        return end >= 0 && t.get(end).is(":") ? end : -1;
    }

    /** The first colon before token m, or -1. */
    static int colonBefore(List<Tok> t, int m) {
        for (int k = 0; k < m; k++) if (t.get(k).is(":")) return k;
        return -1;
    }

    /**
     * {@link ClaimantRule#POLL_GOES_ON}: "A poll by X shows 41% of voters back the plan. Another 25% believe it will fail.": a
     * figure that counts those who believe or say (no source of its own) right after a poll's findings, in the same paragraph,
     * counts the poll's respondents and is the poll's; null when the sentence before has no poll as its source.
     */
    String pollGoesOn(int idx) {
        if (idx == 0 || sentences.get(idx).kind() != Sentences.Kind.BODY || !sameParagraph(idx)) return null;
        String prev = source[idx - 1];
        if (prev == null || !poll(prev) && !surveyed.get(idx - 1)) return null;
        source[idx] = prev;
        if (surveyed.get(idx - 1)) surveyed.set(idx);
        return prev;
    }

    /** claimant.survey-agent: sentence idx's source ran the survey its figures count the answers of ("surveyed by X"). */
    void surveyed(int idx) {
        surveyed.set(idx);
    }

    /**
     * claimant.quotation-not-carried: "X said: \"I hope they act.\" The case was heard by nine judges.": a colon that opens
     * a quotation at k; the quotation marks bound what the speaker said, and the sentence after them, outside any
     * quotation, is the outlet's (the quotation's own next sentence is {@link ClaimantRule#QUOTE_GOES_ON}).
     */
    private static boolean quotationOpened(List<Tok> t, int k) {
        return t.get(k).is(":") && k + 1 < t.size() && ClauseMarks.isQuote(t.get(k + 1));
    }

    /**
     * claimant.quotation-not-carried: "\"We will rebuild every school,\" the mayor said. The town has 14 schools.": a quotation
     * that opens the sentence and closes at k before its speaker (a closing mark after a comma, a question or an exclamation
     * mark, and a word after it) bounds what the speaker said, as one a colon opens does; the sentence after it is the
     * outlet's, unless it opens with an anaphor of what was said or a tally's time ("That meant ...", "As of Tuesday, ...":
     * lexicon/claimant-quotation-anaphors.txt)
     * or gives a view of its own ("The firm sees prices rising 3%", lexicon/claimant-clause-views.txt).
     */
    private static boolean quotationClosed(List<Tok> t, int k) {
        if (k < 1 || k + 1 >= t.size() || !ClauseMarks.isQuote(t.get(k)) || !t.get(k + 1).isWord()) return false;
        int p = k - 1;
        if (p > 0 && ClauseMarks.isQuote(t.get(p))) p--;                 // ("..., '' Ruiz said": a closing mark of two quotes)
        return t.get(p).is(",") || t.get(p).is("?") || t.get(p).is("!");
    }

    /** Whether the sentence t after a quotation goes on with its speaker: an anaphor opens it, or a view verb of its own. */
    private boolean goesOnFromQuotation(List<Tok> t) {
        if (t.get(0).isWord() && QUOTATION_ANAPHORS.contains(t.get(0).lower())) return true;
        // ("As of Tuesday, the fire had destroyed 227 homes": a tally as of a time is the tally the speaker keeps)
        if (t.size() > 1 && QUOTATION_ANAPHORS.contains(t.get(0).lower() + " " + t.get(1).lower())) return true;
        for (Tok x : t) if (x.isWord() && w.clauseViews.contains(x.lower())) return true;
        return false;
    }

    /** A verb of lexicon/claimant-view-verbs.txt at k, not an adjective or a noun ("an estimated 800 mln", "the forecast"). */
    private boolean viewVerb(List<Tok> t, int k) {
        return t.get(k).isWord() && w.viewVerbs.contains(t.get(k).lower())
                && !(k > 0 && t.get(k - 1).isWord() && w.nounContext.contains(t.get(k - 1).lower()));
    }

    /**
     * The source of the sentence before idx that sentence idx (tokens t, with no speaker of its own and
     * no reporting verb, active or passive: {@code reports}) goes on with, or null; recorded as idx's own,
     * so the report goes on through the paragraph's sentences with figures (a sentence without figures or
     * speaker, the outlet's own narration, ends it). Whatever the sentence opens with ("It had ...",
     * "Imports rose 3.4%", "Eight were evacuated"): a named report covers the rest of its paragraph in
     * most of the gold sets (all but dev-a's quake data), the wire's paragraph being one source's account. Not into a
     * sentence whose subject the outlet describes between commas ("The mill, which opened in 1990, employs 800":
     * claimant.described-subject, {@link DescribedSubjects}); in a text whose paragraphs were lost, only a poll's, a report's
     * or a present-tense source's ({@link #findingsSource}: claimant.flat-text-not-carried).
     */
    String carried(int idx, List<Tok> t, boolean reports) {
        if (idx == 0 || reports || t.isEmpty()) return null;
        Sentences.Sentence s = sentences.get(idx);
        String prev = source[idx - 1];
        if (prev == null || s.kind() != Sentences.Kind.BODY || !sameParagraph(idx) || !carries(prev) || aboutSpeaker(t, prev)
                || namesSource(t, prev) || marketMove(t) || DescribedSubjects.described(t) || quoted.get(idx - 1) && !goesOnFromQuotation(t)
                || flat && !present.get(idx - 1) && !findingsSource(prev)) return null;
        source[idx] = prev;
        if (present.get(idx - 1)) present.set(idx);
        return prev;
    }

    /**
     * claimant.flat-text-not-carried: whether source c names a poll or a report (a word of lexicon/claimant-poll-nouns.txt or
     * lexicon/claimant-findings-nouns.txt), whose findings go on sentence after sentence: in a text whose paragraphs were
     * lost (one line holds most of it, {@link #flat}), only such a source's report, or one told in the present ("Age Concern
     * says"), is carried into the next sentence; a statement "X said" covers its own sentence, and the outlet's background
     * follows it ("..., the company said. That strain of E. coli causes an estimated 73,000 cases ... each year").
     */
    private boolean findingsSource(String c) {
        for (String x : WordSplits.WHITESPACE.split(c.toLowerCase(java.util.Locale.ROOT)))
            if (w.pollNouns.contains(x) || w.findingsNouns.contains(x)) return true;
        return false;
    }

    /**
     * {@link ClaimantRule#DOCUMENT_GOES_ON}: the document named last ("The letter said", "the statement said":
     * a determiner and a noun of lexicon/claimant-document-nouns.txt), for a body sentence idx (tokens t) with
     * no speaker and no active reporting verb of its own ({@code speaks}), in any later paragraph: a wire's
     * account of a letter or a statement reports its content paragraph after paragraph ("Output was now
     * estimated at 70 mln bushels"), up to the next source named. Null when the last source is no document, or
     * when the sentence gives its figure as hearsay ("a strike which reportedly killed 90",
     * lexicon/claimant-hearsay-words.txt).
     */
    String document(int idx, List<Tok> t, boolean speaks) {
        if (idx == 0 || speaks || t.isEmpty() || lastNamed == null || sentences.get(idx).kind() != Sentences.Kind.BODY) return null;
        String[] words = WordSplits.WHITESPACE.split(lastNamed.toLowerCase(java.util.Locale.ROOT));
        if (words.length != 2 || !w.determiners.contains(words[0]) || !w.documentNouns.contains(words[1])) return null;
        for (Tok x : t) if (x.isWord() && w.hearsayWords.contains(x.lower())) return null;
        source[idx] = lastNamed;
        return lastNamed;
    }

    /**
     * claimant.speaker-told-about: "Zaur Dadayev said he confessed under duress. Dadayev was one of two suspects charged": a
     * sentence whose subject is the person just quoted (a name of capitalised words, its surname opening the sentence before
     * a word in lower case) tells about that person in the outlet's voice; the report, and its carrying, end there.
     */
    private static boolean aboutSpeaker(List<Tok> t, String c) {
        String[] words = WordSplits.WHITESPACE.split(c);
        if (words.length < 2 || words.length > 4 || t.size() < 2) return false;
        for (String x : words) if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || x.length() > 1 && x.equals(x.toUpperCase(java.util.Locale.ROOT))) return false;
        return t.get(0).text().equals(words[words.length - 1]) && t.get(1).isWord() && !t.get(1).capitalized();
    }

    /**
     * claimant.about-the-source: "\"...,\" Ruiz wrote. Prosecutors showed two accounts linked to Ruiz.", "Kyiv said ... . Attacks
     * on southern Ukraine killed two": a sentence that names the source of the sentence before (its last word, capitalised) tells
     * about that person or body in the outlet's voice; the report is carried neither into it nor past it (not the word that opens
     * the sentence: {@link #aboutSpeaker} reads that).
     */
    private static boolean namesSource(List<Tok> t, String c) {
        String[] words = WordSplits.WHITESPACE.split(c);
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) return false;
        // (not as the sentence's opening subject: "Ruiz rejected the claim, saying 48 were hurt" goes on with Ruiz's report)
        for (int k = 1; k < t.size(); k++) if (t.get(k).text().equals(last)) return true;
        return false;
    }

    /**
     * claimant.market-move: "Harbor Foods shares rose 2.4 percent to $31.10.", "Shares in Delta Bank were trading up 1.2%",
     * "The stock closed down $1.11": a sentence whose subject, among its first four words, is a stock or its shares
     * (lexicon/claimant-market-nouns.txt), with a verb of a price's move after it (lexicon/claimant-market-move-verbs.txt),
     * gives the market's figures in the outlet's voice; no report before it is carried into it.
     */
    private boolean marketMove(List<Tok> t) {
        int noun = -1;
        for (int k = 0; k < Math.min(4, t.size()) && noun < 0; k++) if (t.get(k).isWord() && MARKET_NOUNS.contains(t.get(k).lower())) noun = k;
        if (noun < 0) return false;
        for (int k = noun + 1; k < t.size(); k++) if (t.get(k).isWord() && MARKET_MOVES.contains(t.get(k).lower())) return true;
        return false;
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
