package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** names.model-before-noun: a number on a name before a noun it names, not counts ("an Orion 4 capsule"). */
class ModelBeforeNounTest {

    private static List<String> values(String s) {
        return Fixtures.mentions(s).stream().map(m -> m.value.toPlainString()).toList();
    }

    @Test
    void aNumberOnANameBeforeTheNounItNamesIsNoFigure() {
        assertThat(values("The crew of an Orion 4 capsule flew 12 experiments.")).containsExactly("12");
        assertThat(values("She met the Vega 12 probes team, which has 30 engineers.")).containsExactly("30");
        assertThat(values("The agency flew three NASA Titan 2 rockets last year.")).containsExactly("3");
    }

    @Test
    void aCountAfterAnAcronymOrAPlaceStaysAFigure() {
        assertThat(values("A witness told CNN 40 people died.")).contains("40");
        assertThat(values("In Lyon 30 people were hurt.")).contains("30");
        assertThat(values("Polls put the Alliance 23 pct ahead.")).contains("23");
        assertThat(values("The Greens won 12 seats, the Liberal 9 and the Centre 4.")).contains("9");
        assertThat(values("It found Moreno leading Kent 48% to 41%.")).contains("48");
        assertThat(values("Delta cut 20 out of 40 flights and Lufthansa 10 out of 30.")).contains("10");
    }
}
