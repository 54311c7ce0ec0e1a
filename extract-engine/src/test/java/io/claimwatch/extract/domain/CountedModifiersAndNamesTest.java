package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two participles joined by "and"/"or" before a noun modify it (counted.coordinated-modifiers), and a rate before a
 * facility's name and its noun is that facility's capacity (counted.named-capacity, a part of counted.rate-capacity).
 * Sentences from fresh-at and fresh-as (Reuters), and of our own written like them.
 */
class CountedModifiersAndNamesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void coordinatedParticiplesBeforeANounAreItsModifiers() {
        // fresh-at at17: not "leading developed"
        assertThat(counted("Leaders of 19 leading developed and developing economies and the European Union are meeting on Thursday"
                + " and Friday in Pittsburgh.")).first().asString().startsWith("leading developed and developing economies");
        assertThat(counted("The fund will lend to 30 emerging and developing economies this year.")).first().asString()
                .contains("emerging and developing economies");
        // another figure after "and" keeps its own noun; a participle with no noun after the pair is a verb
        assertThat(counted("Police said 360 people were killed and 900 injured.")).first().asString().doesNotContain("injured");
    }

    @Test
    void aRateBeforeAFacilitysNameIsItsCapacity() {
        // fresh-as as20, fresh-at at03
        assertThat(counted("It is one of five refineries supplied by the 160,000 bpd North Line pipeline, which was shut late Saturday."))
                .contains("North Line pipeline capacity (bpd)");
        assertThat(counted("Valero shut its 325,000 barrel per day (bpd) Port Arthur refinery on Thursday.")).first().asString()
                .startsWith("Port Arthur refinery capacity");
        assertThat(counted("Exxon said its 349,000 bpd Beaumont, Texas, refinery was operating normally.")).first().asString()
                .startsWith("Beaumont, Texas refinery capacity");
        // a name with no facility noun after it is not a capacity
        assertThat(counted("Other refineries include Alon's 80,000 bpd Krotz Springs in Louisiana.")).first().asString()
                .doesNotContain("capacity");
    }
}
