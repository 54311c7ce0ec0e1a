package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** counted.share-of-whole ({@link CountedShareNames}), on phrasings written for these tests, none taken from the corpora. */
class CountedShareOfWholeTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aShareOfAWholeNamesThePartItsPredicateSays() {
        assertThat(counted("Pollsters said 64% of tenants are unhappy with the new rules."))
                .containsExactly("tenants who are unhappy with the new rules (pct)");
        assertThat(counted("In Marlow, 58% of households are renters."))
                .containsExactly("households who are renters (pct)");
    }

    @Test
    void coordinatedSharesShareThePredicateAfterTheLast() {
        // the last keeps what the verb after its noun read ("noun-verb-after"); the ones before it take that predicate
        assertThat(counted("The audit showed that 30% of stops, 45% of fines and 52% of arrests involved tourists, the council said."))
                .containsExactly("stops involving tourists (pct)", "fines involving tourists (pct)", "arrests involved tourists (pct)");
        // people keep the verb's tense; a participle after the noun is part of the whole
        assertThat(counted("The poll found 41% of nurses backed the strike.")).containsExactly("nurses who backed the strike (pct)");
        assertThat(counted("Police said 12% of people stopped were fined.")).containsExactly("people stopped who were fined (pct)");
    }

    @Test
    void notAShareWithNoPredicateAfterIt() {
        assertThat(counted("The plan covers 40% of households in the region.")).containsExactly("households in the region (pct)");
        assertThat(counted("In 40% of the cases, the court ruled against the landlord.")).containsExactly("cases (pct)");
        assertThat(counted("With 70% of votes counted, the mayor led.")).first().asString().doesNotContain("counting");
    }
}
