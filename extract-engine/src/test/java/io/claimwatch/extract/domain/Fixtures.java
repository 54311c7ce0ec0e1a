package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/** Runs the number and hedge stages over one sentence, or the whole engine over a text. */
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

    static final ClaimExtractor EXTRACTOR = ClaimExtractor.create();

    /** The one claim of a text. */
    static ExtractedClaim only(String text, LocalDate pub) {
        List<ExtractedClaim> cs = EXTRACTOR.extract(text, pub).claims();
        assertThat(cs).as(text).hasSize(1);
        return cs.get(0);
    }

    static List<ExtractedClaim> all(String text, LocalDate pub) {
        return EXTRACTOR.extract(text, pub).claims();
    }

    /** The key of the first claim whose number is written with {@code number}. */
    static ClaimKey key(List<ExtractedClaim> claims, String number) {
        return claims.stream().filter(c -> c.numberText().contains(number)).findFirst().orElseThrow(
                () -> new AssertionError("no claim of " + number + " in " + claims)).key();
    }

    private Fixtures() { }
}
