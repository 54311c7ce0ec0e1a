package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static io.claimwatch.extract.domain.Fixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgedMultipliersTest {

    @Test
    void aHedgedMultiplierIsItsFactor() {
        // number.times-multiplier
        Mention m = one("The new tank holds about four times as much water as the old one.");
        assertThat(m.value.intValue()).isEqualTo(4);
        assertThat(m.rule).isEqualTo(NumberRule.TIMES_MULTIPLIER.id);
        assertThat(one("Rents in the port rose to more than 12 times the regional average.").value.intValue()).isEqualTo(12);
        assertThat(one("Poor households were nearly eight times as likely to lose their homes.").value.intValue()).isEqualTo(8);
    }

    @Test
    void aBareMultiplierOrTwiceStaysNoFigure() {
        assertThat(mentions("The river rose three times faster than the forecast said.")).isEmpty();
        assertThat(mentions("Their fleet is 10 times bigger than ours.")).isEmpty();
        assertThat(mentions("The lake now covers an area roughly 30 times larger than the old marsh.")).isEmpty();
        assertThat(mentions("The ward took almost twice as many patients as last winter.")).isEmpty();
        assertThat(mentions("She tried about four times to reach the border.")).isEmpty();
    }
}
