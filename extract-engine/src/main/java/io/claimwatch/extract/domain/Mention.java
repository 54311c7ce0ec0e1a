package io.claimwatch.extract.domain;

import java.math.BigDecimal;

/** A number found in a sentence, refined stage by stage (internal, mutable). */
public final class Mention {
    /** Chars [start, end) cover the number with currency sign, scale and unit. */
    public int start, end;
    /** Start including a hedge phrase ("no fewer than"); equals start when there is none. */
    public int hedgeStart;
    /** Token index (in the sentence's token list) of the first token after the mention. */
    public int tokEnd;
    /** Token index of the first token of the mention. */
    public int tokStart;
    public BigDecimal value;      // the point value (low end for a range)
    public BigDecimal low, high;  // set by HedgeDetector
    public Hedge hedge = Hedge.EXACT;
    public String unit = "";
    /** The unit as written when it is a word phrase ("square kilometers"), for the counted phrase. */
    public String unitWords = "";
    /** The multiplier of a scale word or suffix ("million", "bn"), 1 when none. */
    public BigDecimal scale = BigDecimal.ONE;
    public boolean vague;
    public boolean words;          // written in words
    /** The id of the {@link NumberRule} that read it ("digits"); "" for a range the HedgeDetector joined. */
    public String rule = "";

    Mention(int start, int end, int tokStart, int tokEnd, BigDecimal value) {
        this.start = start;
        this.end = end;
        this.hedgeStart = start;
        this.tokStart = tokStart;
        this.tokEnd = tokEnd;
        this.value = value;
        this.low = value;
        this.high = value;
    }

    /** The same figure at tokens [tokStart, tokEnd) of another token list of its sentence (joined or filtered). */
    Mention movedTo(int tokStart, int tokEnd) {
        Mention c = new Mention(start, end, tokStart, tokEnd, value);
        c.hedgeStart = hedgeStart;
        c.low = low;
        c.high = high;
        c.hedge = hedge;
        c.unit = unit;
        c.unitWords = unitWords;
        c.scale = scale;
        c.vague = vague;
        c.words = words;
        c.rule = rule;
        return c;
    }

    @Override
    public String toString() {
        return hedge + " " + low + ".." + high + (unit.isEmpty() ? "" : " " + unit) + " @" + start + "-" + end;
    }
}
