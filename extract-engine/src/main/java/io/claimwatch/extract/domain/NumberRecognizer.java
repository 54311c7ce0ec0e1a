package io.claimwatch.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the figures of a sentence: digits ({@link DigitFigures}: "1,150", "2.5 million", "11.3bn",
 * "1K", "$2", "72 km", "5%", "50-95"), number words and vague quantifiers ({@link WrittenNumbers}:
 * "fifty", "nine hundred and nine", "a dozen", "dozens", "in the hundreds"). Drops what is not a
 * figure ({@link NotFigures}, {@link NotCounts}, {@link TextMasks}): years, dates, times, durations, ordinals, model and
 * unit names, designators ("Article 5"), phone numbers and numbers inside URLs, handles and hashtags.
 * Each rule is named in {@link NumberRule}, and a mention carries the id of the rule that read it. The
 * other ranges and the hedges are the HedgeDetector's.
 */
public final class NumberRecognizer {

    private final Lexicon lx;
    private final NotFigures not;
    private final DigitFigures digits;
    private final WrittenNumbers written;
    private final NumberedNames names;
    private final NotCounts notCounts;
    private final ProductSpecs specs;
    private final BackReferences backReferences;
    private final SourceCounts sourceCounts;
    private final VoteTallies voteTallies;
    private final ScoreLines scoreLines;
    private final SharedUnits sharedUnits;

    public NumberRecognizer(Lexicon lx) {
        this.lx = lx;
        this.not = new NotFigures(lx);
        this.digits = new DigitFigures(lx, not, this);
        this.written = new WrittenNumbers(lx, not, this);
        this.names = new NumberedNames(lx, not);
        this.notCounts = new NotCounts(lx, not);
        this.specs = new ProductSpecs(lx);
        this.backReferences = new BackReferences(lx);
        this.sourceCounts = new SourceCounts();
        this.voteTallies = new VoteTallies();
        this.scoreLines = new ScoreLines(lx);
        this.sharedUnits = new SharedUnits(lx);
    }

    /** Chars of the text inside URLs, e-mail addresses, handles, hashtags and phone numbers. */
    public static BitSet masks(String text) {
        return TextMasks.of(text);
    }

    /**
     * {@link #masks} of a whole article, the numbers it uses as names ({@link NumberRule#NAME_IN_ARTICLE}) and those that
     * refer back to a number it gave before ({@link NumberRule#BACK_REFERENCE}).
     */
    public BitSet articleMasks(String text) {
        return articleMasks(text, null);
    }

    /** {@link #articleMasks(String)}, a line that is one of the article's sentences read from that sentence's tokens. */
    BitSet articleMasks(String text, SentenceTokens sentences) {
        BitSet b = TextMasks.of(text);
        List<List<Tok>> lines = names.numberLines(text, sentences);    // tokenised once for both
        names.mask(lines, b);
        backReferences.mask(lines, b);
        return b;
    }

    /** The mentions among the tokens of one sentence, in text order. */
    public List<Mention> find(String text, List<Tok> t, BitSet masked) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Tok k = t.get(i);
            if (masked.get(k.start())) { i++; continue; }
            Mention m = null;
            int skipTo = i + 1;
            if (k.isNum()) {
                Mention[] tally = voteTallies.at(t, i);
                if (tally == null) tally = scoreLines.at(t, i);      // "a 21-14 win", "Leeds (9-4)" (SCORE_SIDES, RECORD_SIDES)
                if (tally != null) {                                  // "voted 7-0" (VOTE_TALLY)
                    out.add(tally[0]);
                    out.add(tally[1]);
                    i = tally[1].tokEnd;
                    continue;
                }
                if (ListMarkers.marks(t, i) || ListMarkers.ranks(text, t, i)) {   // "1) ... and 2) ...", "1. ``Title,''" (LIST_MARKER)
                    i += 2;
                    continue;
                }
                int[] skip = {i + 1};
                m = digits.at(text, t, i, skip);
                skipTo = skip[0];
            } else if (k.isWord()) {
                m = written.vague(t, i);
                if (m == null) m = written.words(text, t, i);
            }
            if (m != null && Conversions.measureInBrackets(text, t, m, out)) m.rule = NumberRule.CONVERSION.id;
            if (m != null && (not.defines(t, m.tokStart) || not.elidedPeriod(t, m))) m = null;
            if (m != null && notCounts.drops(t, m)) m = null;
            if (m != null && specs.names(t, m)) m = null;                 // "1.6-liter engines", "2013 versions" (ENGINE_SIZE, MODEL_YEAR)
            if (m != null && NamedTests.names(t, m)) m = null;            // "the 40 mph test" (NAMED_TEST)
            if (m != null && sourceCounts.counts(t, m)) m = null;
            if (m != null && OddsOfOutcome.opensOdds(t, m.tokStart)) m.rule = NumberRule.ODDS_OF_OUTCOME.id;
            if (m != null) {
                out.add(m);
                i = Math.max(m.tokEnd, i + 1);
            } else {
                i = Math.max(skipTo, i + 1);
            }
        }
        sharedUnits.from(text, t, out);                                   // "to about 12 lbs from 25" (SHARED_UNIT_FROM)
        return out;
    }

    /**
     * Reads the unit after the figure ("%", "square kilometers") and drops it where what follows makes
     * it no figure: page furniture ("1 Min read"), a designator after it ("the 911 emergency number"),
     * a time or a duration.
     */
    Mention finishUnits(String text, List<Tok> t, Mention m, String unit, boolean currency) {
        int j = m.tokEnd;
        if (unit.isEmpty() && j < t.size() && t.get(j).is("%")) {
            unit = "%";
            m.end = t.get(j).end();
            j++;
        }
        if (unit.isEmpty() || !currency && unit.equals("")) {
            Lexicon.Phrase p = lx.unitIndex.at(t, j);
            if (p != null) {
                unit = p.fields()[0];
                m.unitWords = text.substring(t.get(j).start(), t.get(j + p.words().length - 1).end());
                m.end = t.get(j + p.words().length - 1).end();
                j += p.words().length;
            }
        }
        if (j < t.size() && t.get(j).isWord() && lx.furniture.contains(t.get(j).lower())) return null;
        if (unit.isEmpty() && galleryCounter(t, m.tokStart, j)) return null;
        if (j < t.size() && not.thresholdNouns.contains(t.get(j).lower())) return null;    // "the 50% barrier" (THRESHOLD)
        if (j + 1 < t.size() && lx.furniture.contains(t.get(j).lower() + " " + t.get(j + 1).lower())) return null;
        // "call the 911 emergency number": the figure names the thing after it
        if (unit.isEmpty() && j < t.size() && t.get(j).isWord() && (lx.designatorsAfter.contains(t.get(j).lower())
                || j + 1 < t.size() && t.get(j + 1).isWord() && lx.designatorsAfter.contains(t.get(j + 1).lower())
                    && !lx.functionWords.contains(t.get(j).lower()))) return null;
        if (manyTimes(t, j, m.value)) {
            m.rule = NumberRule.TIMES_COUNTED.id;
        } else if (RepeatedEvents.passiveTimes(lx, t, m.tokStart, j)) {
            m.rule = NumberRule.TIMES_PASSIVE.id;                  // "the clerk was robbed 3 times"
        } else if (HedgedMultipliers.at(t, m.tokStart, j)) {
            m.rule = NumberRule.TIMES_MULTIPLIER.id;               // "about four times as much"
        } else if (RepeatsInAPeriod.within(lx, t, j)) {
            m.rule = NumberRule.TIMES_IN_A_PERIOD.id;              // "it broke down 12 times since March"
        } else if (not.isTimeOrDuration(text, t, j, m.end)) {
            return null;
        }
        m.unit = unit;
        m.tokEnd = j;
        return m;
    }

    /**
     * {@link NumberRule#TIMES_COUNTED}: "viewed 64 million times", "paid 485,062 times": a thousand times or more counts
     * events (views, payments, uses); a multiplier or a few repeats ("three times the average", "met five times") is none.
     */
    static boolean manyTimes(List<Tok> t, int j, BigDecimal value) {
        return j < t.size() && t.get(j).is("times") && value.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /**
     * {@code detection.gallery-counter}: "Play slideshow AP Photos 4 of 20 A crane lifts ...": a count of pictures after a
     * word of page furniture (furniture.txt: "photos", "images"), "N of M", is the gallery's counter: both numbers are no
     * figures ({@code i} the number's first token, {@code j} the token after it).
     */
    private boolean galleryCounter(List<Tok> t, int i, int j) {
        if (j + 1 < t.size() && t.get(j).is("of") && t.get(j + 1).isNum() && i >= 1 && furnitureWord(t.get(i - 1))) return true;
        return i >= 3 && t.get(i - 1).is("of") && t.get(i - 2).isNum() && furnitureWord(t.get(i - 3));
    }

    private boolean furnitureWord(Tok w) {
        return w.isWord() && lx.furniture.contains(w.lower());
    }

    /** The unit of a one-word unit name ("km"), or null. */
    String singleUnit(String lower) {
        Lexicon.Phrase p = lx.unitIndex.word(lower);
        return p == null ? null : p.fields()[0];
    }

    static boolean isYearValue(String raw) {
        if (raw.length() != 4) return false;
        for (int i = 0; i < 4; i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') return false;   // "four", "1,00", "9.50"
        }
        int y = Integer.parseInt(raw);
        return y >= 1800 && y <= 2100;
    }

    static BigDecimal parse(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != ',' && c != ' ' && !Tok.isSpaceSeparator(c)) digits.append(c);
        }
        return new BigDecimal(digits.toString());
    }
}
