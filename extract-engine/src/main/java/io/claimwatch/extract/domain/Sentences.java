package io.claimwatch.extract.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a text into sentences: line by line first (news text keeps headlines, captions and
 * paragraphs on their own lines), then the OpenNLP sentence model inside each prose line. A line
 * without final punctuation is one unit of its own: a HEADLINE when it comes before the first prose
 * paragraph, else a SUBHEAD (section titles, teasers, furniture), which carries no claims.
 */
public final class Sentences {

    public enum Kind { HEADLINE, BODY, SUBHEAD }

    public record Sentence(int start, int end, Kind kind) {
        public String text(String doc) { return doc.substring(start, end); }
    }

    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> detector;
    private final SentenceScanner stops;
    private final boolean tokenEnd;

    private Sentences(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        this.stops = (SentenceScanner) model.getFactory().getEndOfSentenceScanner();
        this.tokenEnd = model.getFactory().isUseTokenEnd();
    }

    public static Sentences load() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("sentence model not on classpath: " + MODEL);
            return new Sentences(new SentenceScanner.Model(in));   // OpenNLP's model, its scanner without a hash lookup a char
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Longer units (tables, run-on page text) are cut at whitespace, to keep every later stage linear. */
    static final int MAX_UNIT = 1000;

    /** The article's sentences, split once an article: the engine and the readers of its headline and lead ask for them alike. */
    private final PerArticle<List<Sentence>> split = new PerArticle<>(this::read);

    /** The text's sentences (an unmodifiable list), split once while this thread asks of the same text. */
    public List<Sentence> split(String text) {
        return split.of(text);
    }

    private List<Sentence> read(String text) {
        List<Sentence> raw = splitLines(text);
        List<Sentence> out = new ArrayList<>(raw.size());
        for (Sentence s : raw) {
            int a = s.start();
            while (s.end() - a > MAX_UNIT) {
                int cut = a + MAX_UNIT;
                while (cut > a + MAX_UNIT / 2 && !Character.isWhitespace(text.charAt(cut))) cut--;
                if (cut <= a + MAX_UNIT / 2) cut = a + MAX_UNIT;
                out.add(new Sentence(a, cut, s.kind()));
                a = cut;
                while (a < s.end() && Character.isWhitespace(text.charAt(a))) a++;
            }
            if (s.end() > a) out.add(new Sentence(a, s.end(), s.kind()));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private List<Sentence> splitLines(String text) {
        List<Sentence> out = new ArrayList<>();
        boolean bodyStarted = false;
        boolean underLead = false;     // detection.list-item-line: the lines since a lead ending with a colon are its items
        java.util.Set<Integer> gallery = GalleryCaptions.lineStarts(text);   // detection.gallery-title-run
        boolean wrappedCopy = ParagraphLines.hardWrapped(text);              // detection.paragraph-lines
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = wrappedLineEnd(text, i, wrappedCopy);
            int s = i, e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) {
                boolean prose = isProse(text, s, e)    // detection.unstopped-sentence-line
                        || bodyStarted && !wrappedCopy && ParagraphLines.sentenceLine(Lexicon.get(), text, s, e);
                if (gallery.contains(s)) {
                    out.add(new Sentence(s, e, Kind.SUBHEAD));
                } else if (!prose) {
                    out.add(new Sentence(s, e, !bodyStarted ? Kind.HEADLINE : underLead ? Kind.BODY : Kind.SUBHEAD));
                } else {
                    if (words(text, s, e, 8) >= 8) bodyStarted = true;
                    String line = text.substring(s, e);
                    String scanned = stopsOutsideLongRuns(line);
                    Span[] spans = stops.wholeLine(tokenEnd, scanned);   // most news paragraphs are one sentence
                    if (spans == null) {
                        try {
                            spans = detector.get().sentPosDetect(scanned);
                        } catch (RuntimeException ex) {
                            spans = new Span[] {new Span(0, line.length())};
                        }
                    }
                    if (spans.length == 0) spans = new Span[] {new Span(0, line.length())};
                    for (Span sp : spans) {
                        int a = s + sp.getStart(), b = s + sp.getEnd();
                        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
                        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
                        if (b <= a) continue;
                        // no sentence starts in lower case, nor with the day after a month's abbreviation or the
                        // number after a designator's: the model cut after an abbreviation ("11:30 p.m. on Monday",
                        // "early in the morning, Feb. 19", "the No. 3 party")
                        Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
                        boolean cutAbbreviation = Character.isLowerCase(text.charAt(a))
                                || Character.isDigit(text.charAt(a)) && last != null && endsWithAbbreviationOfNumber(text, last.end())
                                || last != null && endsWithClockAbbreviation(text, last.end())
                                // ("Birch Stores Inc. ( BRCH.O ) said": a ticker after "Inc." goes on with its name, claimant.ticker-transparent)
                                || last != null && StockTickers.opensWithTicker(text, a, b)
                                || last != null && endsWithMiddleInitial(text, last.end()) && opensWithSurname(text, a, b);
                        if (cutAbbreviation && last != null && last.kind() == Kind.BODY && last.end() >= s) {
                            out.set(out.size() - 1, new Sentence(last.start(), b, Kind.BODY));
                        } else {
                            out.add(new Sentence(a, b, Kind.BODY));
                        }
                    }
                }
            }
            if (e > s) underLead = listGoesOn(text, e, underLead);
            i = lineEnd + 1;
        }
        return out;
    }

    /**
     * {@code detection.list-item-line}: "The plan includes:" and then one item a line with no full stop ("About $40 million
     * for school repairs", "A 10% raise for nurses") — the lines under a lead that ends with a colon are items of its list,
     * read as sentences, not headings, until a line closes with a full stop, a question or exclamation mark or a closing
     * quotation mark (the list is over: a heading after the next paragraph is a heading again). An item may end with a
     * bracket or a semicolon, or run on without a stop, and the list goes on.
     */
    static boolean listGoesOn(String text, int lineEnd, boolean underLead) {
        char last = text.charAt(lineEnd - 1);
        if (last == ':') return true;
        if (".!?'\"”’…".indexOf(last) >= 0) return false;
        return underLead;
    }

    /**
     * The line with the full stops, question and exclamation marks of its whitespace-free runs longer
     * than {@link #MAX_UNIT} replaced by '_' (same length, so the spans stay valid): the sentence model
     * scans from each candidate stop to the next whitespace, which made a run of 200,000 "a." quadratic
     * (35 s). No sentence ends inside such a run; the line itself when it has none.
     */
    static String stopsOutsideLongRuns(String line) {
        if (line.length() <= MAX_UNIT) return line;
        char[] copy = null;
        int n = line.length();
        for (int i = 0; i < n; ) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(line.charAt(j))) j++;
            if (j - i > MAX_UNIT) {
                if (copy == null) copy = line.toCharArray();
                for (int k = i; k < j; k++) if (copy[k] == '.' || copy[k] == '?' || copy[k] == '!') copy[k] = '_';
            }
            i = j;
        }
        return copy == null ? line : new String(copy);
    }

    /**
     * The end of the line starting at {@code i}, taking in the lines a hard-wrapped text (wire copy at 65
     * columns) broke the sentence into: a following line that is not blank and not indented (an indented
     * line starts a wire paragraph) continues this one when it starts in lower case ("About 200 people are
     * feared / dead after a British cross-channel ferry"), or when this line has no final punctuation
     * and is the middle of a block of three or more lines (a headline stands alone or above a blank line) of a
     * hard-wrapped text ({@link ParagraphLines#hardWrapped}: a text of one paragraph a line has lines without a stop).
     */
    static int wrappedLineEnd(String text, int i) {
        return wrappedLineEnd(text, i, ParagraphLines.hardWrapped(text));
    }

    static int wrappedLineEnd(String text, int i, boolean wrappedCopy) {
        int n = text.length();
        int nl = text.indexOf('\n', i);
        if (nl < 0) return n;
        int start = i;
        boolean blockBefore = i >= 2 && text.charAt(i - 1) == '\n' && text.charAt(i - 2) != '\n' && i > 0;
        while (nl >= 0 && nl + 1 < n) {
            int next = nl + 1;
            int nextEnd = text.indexOf('\n', next);
            if (nextEnd < 0) nextEnd = n;
            int curStart = start, curEnd = nl;     // the line, stripped
            while (curStart < curEnd && Character.isWhitespace(text.charAt(curStart))) curStart++;
            while (curEnd > curStart && Character.isWhitespace(text.charAt(curEnd - 1))) curEnd--;
            int curLength = curEnd - curStart;
            // the following line is blank or indented when it starts with whitespace, or is empty
            if (curLength == 0 || next == nextEnd || Character.isWhitespace(text.charAt(next))) break;
            char first = text.charAt(next);
            boolean unfinished = ".!?:;\"”’')…".indexOf(text.charAt(curEnd - 1)) < 0;
            boolean blockAfter = nextEnd < n && nextEnd + 1 < n && text.charAt(nextEnd + 1) != '\n';
            boolean wrapped = Character.isLowerCase(first) || wrappedCopy && unfinished && curLength >= 30 && (blockBefore || blockAfter)
                    || curLength >= 30 && endsWithFunctionWord(text.substring(curStart, curEnd));
            if (!wrapped) break;
            blockBefore = true;
            start = next;
            nl = nextEnd < n ? nextEnd : -1;
            if (nl < 0) return n;
        }
        return nl;
    }

    /** Words no sentence or headline ends with (line-continuing-words.txt): a line ending with one goes on ("prices rose by more than / 33 pct"). */
    private static final java.util.Set<String> FUNCTION_WORDS = functionWords();

    private static java.util.Set<String> functionWords() {
        try (InputStream in = Sentences.class.getResourceAsStream("/lexicon/line-continuing-words.txt")) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean endsWithFunctionWord(String line) {
        int sp = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
        return FUNCTION_WORDS.contains(line.substring(sp + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** "p.m." or "a.m." ending at e: a clock time goes on ("at 6:58 p.m. Saturday (7:58 p.m. ET), Glas said"). */
    private static boolean endsWithClockAbbreviation(String text, int e) {
        if (e < 4 || text.charAt(e - 3) != '.' || text.charAt(e - 1) != '.') return false;
        char a = text.charAt(e - 4), m = text.charAt(e - 2);
        return (a == 'p' || a == 'P' || a == 'a' || a == 'A') && (m == 'm' || m == 'M') && (e == 4 || !Character.isLetter(text.charAt(e - 5)));
    }

    /**
     * "Senator Tom M." ending at e: a capital letter and a full stop after a capitalised word of two letters or more is a
     * middle initial, which ends no sentence when a surname follows ({@link #opensWithSurname}; "posted on X. Hours later"
     * stays cut: "on" is in lower case).
     */
    static boolean endsWithMiddleInitial(String text, int e) {
        if (e < 5 || text.charAt(e - 1) != '.' || !Character.isUpperCase(text.charAt(e - 2)) || text.charAt(e - 3) != ' ') return false;
        int b = e - 3;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return e - 3 - b >= 2 && Character.isUpperCase(text.charAt(b)) && Character.isLowerCase(text.charAt(e - 4));
    }

    /** A capitalised word of letters that is no function word ("Baxter,", not "The", "He") opens text[a, b). */
    private static boolean opensWithSurname(String text, int a, int b) {
        int e = a;
        while (e < b && Character.isLetter(text.charAt(e))) e++;
        return e - a >= 2 && Character.isUpperCase(text.charAt(a)) && Character.isLowerCase(text.charAt(a + 1))
                && !Lexicon.get().functionWords.contains(text.substring(a, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** "Feb." or a designator's abbreviation ("No.", "Vol.": designators.txt) ending at e: the number after it goes with it. */
    private static boolean endsWithAbbreviationOfNumber(String text, int e) {
        if (e < 2 || text.charAt(e - 1) != '.') return false;
        int b = e - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        String w = text.substring(b, e - 1).toLowerCase(java.util.Locale.ROOT);
        return w.length() <= 4 && Lexicon.get().months.containsKey(w) || Lexicon.get().designators.contains(w + ".");
    }

    static boolean isProse(String text, int s, int e) {
        char last = text.charAt(e - 1);
        if (".!?:;\"”’')…".indexOf(last) >= 0) return true;
        return words(text, s, e, 25) >= 25;
    }

    /** The words of [s, e) of the text, counted up to {@code enough}. */
    private static int words(String text, int s, int e, int enough) {
        int w = 0;
        boolean in = false;
        for (int i = s; i < e && w < enough; i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) w++;
            in = !ws;
        }
        return w;
    }
}
