package io.claimwatch.extract.domain;

import java.util.BitSet;
import java.util.List;

/** Runs the number and hedge stages over one sentence. */
final class Fixtures {
    static final Lexicon LX = Lexicon.get();
    static final NumberRecognizer NUMBERS = new NumberRecognizer(LX);
    static final HedgeDetector HEDGES = new HedgeDetector(LX);

    static List<Mention> mentions(String s) {
        List<Tok> t = Tok.of(s, 0, s.length());
        BitSet masked = NumberRecognizer.masks(s);
        return HEDGES.apply(s, 0, s.length(), t, NUMBERS.find(s, t, masked));
    }

    static Mention one(String s) {
        List<Mention> ms = mentions(s);
        if (ms.size() != 1) throw new AssertionError("expected one mention in <" + s + ">, got " + ms);
        return ms.get(0);
    }

    private Fixtures() { }
}
