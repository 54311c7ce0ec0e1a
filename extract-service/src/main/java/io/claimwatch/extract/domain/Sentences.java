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

    private Sentences(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    public static Sentences load() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("sentence model not on classpath: " + MODEL);
            return new Sentences(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Longer units (tables, run-on page text) are cut at whitespace, to keep every later stage linear. */
    static final int MAX_UNIT = 1000;

    public List<Sentence> split(String text) {
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
        return out;
    }

    private List<Sentence> splitLines(String text) {
        List<Sentence> out = new ArrayList<>();
        boolean bodyStarted = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? n : nl;
            int s = i, e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) {
                boolean prose = isProse(text, s, e);
                if (!prose) {
                    out.add(new Sentence(s, e, bodyStarted ? Kind.SUBHEAD : Kind.HEADLINE));
                } else {
                    if (words(text, s, e) >= 8) bodyStarted = true;
                    String line = text.substring(s, e);
                    Span[] spans;
                    try {
                        spans = detector.get().sentPosDetect(line);
                    } catch (RuntimeException ex) {
                        spans = new Span[] {new Span(0, line.length())};
                    }
                    if (spans.length == 0) spans = new Span[] {new Span(0, line.length())};
                    for (Span sp : spans) {
                        int a = s + sp.getStart(), b = s + sp.getEnd();
                        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
                        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
                        if (b <= a) continue;
                        // no sentence starts in lower case: the model cut after an abbreviation ("11:30 p.m. on Monday")
                        Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
                        // nor does one start with the day after a month's abbreviation ("results early in the morning, Feb. 19, in Islamabad")
                        if ((Character.isLowerCase(text.charAt(a)) || Tok.isDigit(text.charAt(a)) && endsWithMonthAbbreviation(text, last))
                                && last != null && last.kind() == Kind.BODY && last.end() >= s) {
                            out.set(out.size() - 1, new Sentence(last.start(), b, Kind.BODY));
                        } else {
                            out.add(new Sentence(a, b, Kind.BODY));
                        }
                    }
                }
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /** The sentence ends with an abbreviated month and its dot ("Feb.", "Sept."). */
    private static boolean endsWithMonthAbbreviation(String text, Sentence last) {
        if (last == null || last.end() < 2 || text.charAt(last.end() - 1) != '.') return false;
        int a = last.end() - 1;
        while (a > last.start() && Character.isLetter(text.charAt(a - 1))) a--;
        String w = text.substring(a, last.end() - 1);
        return w.length() >= 3 && w.length() <= 4 && Character.isUpperCase(w.charAt(0))
                && Lexicon.get().months.containsKey(w.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean isProse(String text, int s, int e) {
        char last = text.charAt(e - 1);
        if (".!?:;\"”’')…".indexOf(last) >= 0) return true;
        return words(text, s, e) >= 25;
    }

    private static int words(String text, int s, int e) {
        int w = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) w++;
            in = !ws;
        }
        return w;
    }
}
