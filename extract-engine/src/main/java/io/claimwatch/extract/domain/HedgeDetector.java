package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns mentions into intervals: joins ranges ("from 50 to 95", "between 50 and 95", "1 to 3
 * kilometers", "two or three"), reads the hedge before ("no fewer than", "nearly", "up to") or after
 * ("or more", "100+") a number, and sets the bounds of the README table. "rose from 5 to 10" is a
 * change, not a range: both figures stay.
 */
public final class HedgeDetector {

    private final Lexicon lx;

    public HedgeDetector(Lexicon lx) {
        this.lx = lx;
    }

    /** Refines the mentions of the sentence [sentStart, sentEnd) in place; returns the surviving list. */
    public List<Mention> apply(String text, int sentStart, int sentEnd, List<Tok> toks, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < ms.size(); k++) {
            Mention m1 = ms.get(k);
            if (k + 1 < ms.size()) {
                Mention r = range(text, sentStart, m1, ms.get(k + 1));
                if (r != null) {
                    out.add(r);
                    k++;
                    continue;
                }
            }
            out.add(m1);
        }
        for (Mention m : out) {
            if (m.hedge == Hedge.RANGE || m.vague) continue;
            prefix(text, sentStart, m);
            if (m.hedge == Hedge.EXACT) suffix(text, sentEnd, toks, m);
            bounds(m);
        }
        for (int k = 1; k < out.size(); k++) conversionHedge(text, out.get(k - 1), out.get(k));
        return out;
    }

    /** A conversion in brackets: "(£5.5bn)" after "At least $10 billion per annum", "(about $5.4)", "(240 miles)". */
    private static final java.util.regex.Pattern CONVERSION_GAP =
            java.util.regex.Pattern.compile("\\s*(?:(?:per|a|an|each) (?:annum|year|month|week|day)\\s*)?\\(\\s*");

    /**
     * conversion-hedge: a sum's conversion in brackets that says no hedge of its own is the same amount told in
     * another currency, so it shares the sum's hedge and bounds ("at least $10 billion (£5.5bn)": the £5.5bn is at least
     * too; "over €50 million ($54 million)": more than); one that says its own ("(about $5.4)") keeps it. Likewise a
     * measure's in other units ("about 390 kilometers (240 miles)": about 240 miles).
     */
    void conversionHedge(String text, Mention sum, Mention conversion) {
        if (conversion.hedge != Hedge.EXACT || sum.hedge == Hedge.EXACT || sum.hedge == Hedge.RANGE || conversion.vague
                || !Conversions.restates(sum.unit, conversion.unit, lx.currencyCodes)
                || sum.end > conversion.hedgeStart || !CONVERSION_GAP.matcher(text.substring(sum.end, conversion.hedgeStart)).matches()) return;
        conversion.hedge = sum.hedge;
        bounds(conversion);
    }

    private Mention range(String text, int sentStart, Mention a, Mention b) {
        if (a.vague || b.vague || a.hedge == Hedge.RANGE || b.hedge == Hedge.RANGE) return null;
        if (ScoreLines.sides(a.rule) && ScoreLines.sides(b.rule)) return null;   // "the Owls (3-10)": a side each, no range
        String between = text.substring(a.end, b.start).strip().toLowerCase(Locale.ROOT);
        String before = lowerBefore(text, sentStart, a.start);
        boolean isRange;
        int hs = a.start;
        switch (between) {
            case "to", "-", "–", "—", "or", "to about", "to around" -> {
                isRange = true;
                if (before.endsWith("from") && boundary(before, "from")) {
                    hs = windowStart(sentStart, a.start) + before.lastIndexOf("from");
                    if (changeVerbBefore(before.substring(0, before.length() - 4)) || changeVerbInClause(text, sentStart, a.start)) {
                        isRange = false;
                    }
                } else if (changeVerbBefore(before)) {
                    isRange = closeBounds(a, b);
                }
            }
            case "and" -> {
                isRange = before.endsWith("between") && boundary(before, "between");
                if (isRange) hs = windowStart(sentStart, a.start) + before.lastIndexOf("between");
            }
            default -> isRange = false;
        }
        if (!isRange) return null;
        BigDecimal lo = scaledLow(a, b), hi = b.value;
        if (a.unit.isEmpty() && !b.unit.isEmpty()) a.unit = b.unit;
        if (lo.compareTo(hi) >= 0) return null;
        Mention r = new Mention(a.start, b.end, a.tokStart, b.tokEnd, lo);
        r.hedgeStart = Math.min(hs, a.start);
        r.low = lo;
        r.high = hi;
        r.hedge = Hedge.RANGE;
        r.unit = b.unit.isEmpty() ? a.unit : b.unit;
        r.unitWords = b.unitWords.isEmpty() ? a.unitWords : b.unitWords;
        r.words = a.words;
        return r;
    }

    /** hedge.move-not-range: verbs of a move besides change-verbs.txt ("slid $4.20 to $31.10"), lexicon/hedge-change-verbs.txt. */
    private static final Set<String> MOVE_VERBS = Set.copyOf(Lexicon.lines("hedge-change-verbs.txt"));

    /** Clause breaks: a verb of change before one of them governs no "from X to Y" after it. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(".*[,;:()\u2014\u2013]");

    /**
     * hedge.change-from-to: "from X to Y" after a verb of change further back in its clause, up to eight words before
     * "from" and no comma between ("plans to increase its staff in the region from 40 to 120"), is a change from one level
     * to another: two figures, not a range.
     */
    private boolean changeVerbInClause(String text, int sentStart, int at) {
        String before = text.substring(Math.max(sentStart, at - 100), at).toLowerCase(Locale.ROOT).replace('\n', ' ').strip();
        if (!before.endsWith("from")) return false;
        before = before.substring(0, before.length() - 4);
        java.util.regex.Matcher cut = CLAUSE_BREAK.matcher(before);
        if (cut.lookingAt()) before = before.substring(cut.end());
        String[] w = WordSplits.WHITESPACE.split(before.strip());
        for (int i = w.length - 1; i >= Math.max(0, w.length - 8); i--) {
            if (w[i].equals("age") || w[i].equals("ages")) return false;     // "raise the pension age from 60 to 65": ages, as before
            if (lx.changeVerbs.contains(w[i]) || MOVE_VERBS.contains(w[i])) return true;
        }
        return false;
    }

    /**
     * hedge.range-after-change-verb: after a verb of change, "X to Y" is a range, not a change and a level, when X has no
     * unit of its own and Y is at most three times X ("plans to cut 10,000 to 12,000 jobs"); a change is told by a
     * figure far below its level ("the index fell 56 to 10,234") or with its own unit ("slid $4.20 to $31.10").
     */
    private static boolean closeBounds(Mention a, Mention b) {
        if (!a.unit.isEmpty() || !a.unitWords.isEmpty() || a.value.signum() <= 0) return false;
        BigDecimal lo = scaledLow(a, b);
        return lo.compareTo(b.value) < 0 && b.value.compareTo(lo.multiply(BigDecimal.valueOf(3))) <= 0;
    }

    /** The low end of "X to Y": "5 to 10 million", the scale of the second applies to the first. */
    private static BigDecimal scaledLow(Mention a, Mention b) {
        return a.scale.compareTo(BigDecimal.ONE) == 0 && b.scale.compareTo(BigDecimal.ONE) > 0 ? a.value.multiply(b.scale) : a.value;
    }

    private boolean changeVerbBefore(String before) {
        String[] w = WordSplits.WHITESPACE.split(before.strip());
        for (int i = Math.max(0, w.length - 4); i < w.length; i++) if (lx.changeVerbs.contains(w[i]) || MOVE_VERBS.contains(w[i])) return true;
        return false;
    }

    private void prefix(String text, int sentStart, Mention m) {
        String before = lowerBefore(text, sentStart, m.start);
        // the longest hedge the window ends with, starting at a word's start: the window's tails tried
        // longest first, each looked up (not every hedge tried against the window)
        String best = null;
        for (int i = 0; i <= before.length() && best == null; i++) {
            if (i > 0 && Character.isLetterOrDigit(before.charAt(i - 1))) continue;
            if (lx.hedgesBefore.containsKey(before.substring(i))) best = before.substring(i);
        }
        if (best == null && degreeComparative(text, sentStart, m, before)) return;
        if (best == null) {
            verbHedge(text, sentStart, m, before);
            return;
        }
        // "over" and "under" as prepositions of place/time: "over the past six months" never reach here,
        // but "some" must not read "some of" etc.: the phrase must touch the number.
        m.hedge = lx.hedgesBefore.get(best);
        int rawBefore = m.start;
        // locate the phrase in the original text (whitespace may differ)
        int pos = rawBefore;
        while (pos > sentStart && Character.isWhitespace(text.charAt(pos - 1))) pos--;
        m.hedgeStart = Math.max(sentStart, pos - best.length());
    }

    /** "well", "far": adverbs of degree before a comparative hedge and "the" (lexicon/hedge-degree-adverbs.txt). */
    private static final Set<String> DEGREE_ADVERBS = Set.copyOf(Lexicon.lines("hedge-degree-adverbs.txt"));
    private static final java.util.regex.Pattern COMPARATIVE_THE =
            java.util.regex.Pattern.compile("(?:^|\\s)([a-z]+)\\s+([a-z]+ than)\\s+the$");

    /**
     * degree-comparative: "backed by well more than the 1,976 pledged delegates": an adverb of degree before a comparative
     * hedge and "the" bounds the count the sentence is about by the figure; the hedge is the comparative's.
     */
    private boolean degreeComparative(String text, int sentStart, Mention m, String before) {
        java.util.regex.Matcher x = COMPARATIVE_THE.matcher(before);
        if (!x.find() || !DEGREE_ADVERBS.contains(x.group(1))) return false;
        Hedge h = lx.hedgesBefore.get(x.group(2));
        if (h != Hedge.MORE_THAN && h != Hedge.LESS_THAN) return false;
        m.hedge = h;
        m.hedgeStart = windowStart(sentStart, m.start) + x.start(1);
        return true;
    }

    private static final Set<String> NOT_BEFORE_VERB = Lexicon.words("hedge-not-before-verb.txt");

    /**
     * "Cholera cases top 2,000", "the toll has surpassed 500": a bounding verb right before the figure,
     * after a subject (a word that is not a determiner or a preposition: "the top 10", "in the top 5").
     */
    private void verbHedge(String text, int sentStart, Mention m, String before) {
        if (m.rule.equals(NumberRule.VOTE_TALLY.id)) return;   // "The levy passed 61-39": a side of the tally, exact
        String b = before.stripTrailing();
        int sp = b.lastIndexOf(' ');
        String verb = b.substring(sp + 1);
        Hedge h = lx.hedgeVerbs.get(verb);
        if (h == null) return;
        String prev = b.substring(0, Math.max(0, sp)).stripTrailing();
        String prevWord = WordSplits.NOT_LETTER_OR_APOSTROPHE.matcher(prev.substring(prev.lastIndexOf(' ') + 1)).replaceAll("");
        if (prev.isEmpty() || prevWord.isEmpty() || NOT_BEFORE_VERB.contains(prevWord)) return;
        m.hedge = h;
    }

    private void suffix(String text, int sentEnd, List<Tok> toks, Mention m) {
        int end = Math.min(sentEnd, m.end + 20);
        if (m.end < end && text.charAt(m.end) == '+') {
            m.hedge = Hedge.MORE_THAN;
            m.end += 1;
            return;
        }
        String after = text.substring(m.end, end).toLowerCase(Locale.ROOT);
        if (after.startsWith("-plus")) {
            m.hedge = Hedge.MORE_THAN;
            m.end += 5;
            return;
        }
        String a = after.stripLeading();
        int lead = after.length() - a.length();
        if (lead == 0) return;
        for (Map.Entry<String, Hedge> e : lx.hedgesAfter.entrySet()) {
            String h = e.getKey();
            if (a.startsWith(h) && (a.length() == h.length() || !Character.isLetter(a.charAt(h.length())))) {
                m.hedge = e.getValue();
                m.end += lead + h.length();
                return;
            }
        }
    }

    static void bounds(Mention m) {
        BigDecimal n = m.value;
        switch (m.hedge) {
            case EXACT, APPROXIMATE -> { m.low = n; m.high = n; }
            case NEARLY, AT_MOST, LESS_THAN -> { m.low = null; m.high = n; }
            case AT_LEAST, MORE_THAN -> { m.low = n; m.high = null; }
            default -> { }
        }
    }

    /** Where the window {@link #lowerBefore} reads starts: an index into the text. */
    private static int windowStart(int sentStart, int at) {
        return Math.max(sentStart, at - 40);
    }

    /** The lower-cased text before {@code at} in its sentence (at most 40 characters), trailing spaces stripped. */
    private static String lowerBefore(String text, int sentStart, int at) {
        return text.substring(windowStart(sentStart, at), at).toLowerCase(Locale.ROOT).stripTrailing()
                .replace('\n', ' ');
    }

    private static boolean boundary(String before, String h) {
        int i = before.length() - h.length();
        return i == 0 || !Character.isLetterOrDigit(before.charAt(i - 1));
    }
}
