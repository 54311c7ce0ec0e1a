package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static io.claimwatch.extract.domain.Fixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shapes of figures in wire copy and news at large: fractions, broken hyphens, repeats, half a scale, spans that count nothing. */
class WireFigureShapesTest {

    private static BigDecimal v(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aFractionAfterDigitsIsInUnitsOfTheirLastPlace() {
        // number.mixed-fraction: a share price a wire turned from sixteenths to cents keeps the last fraction of a cent
        Mention m = one("The stock ended the day at $52.31 1/4 on the exchange.");
        assertThat(m.value).isEqualByComparingTo(v("52.3125"));
        assertThat(m.rule).isEqualTo(NumberRule.MIXED_FRACTION.id);
        assertThat(mentions("Shares of the grocer dropped $3.43 3/4 to $18.12 1/2 in late trading."))
                .extracting(x -> x.value.stripTrailingZeros().toPlainString()).containsExactly("3.4375", "18.125");
        assertThat(one("The hikers walked 5 1/2 miles before dark.").value).isEqualByComparingTo(v("5.5"));
        // a date written with slashes stays no figure
        assertThat(mentions("The notice is dated 4 1/2/2024 in the file.")).extracting(x -> x.value.intValue()).doesNotContain(1);
    }

    @Test
    void aMoveFromOneLevelToAnotherIsNoRange() {
        // hedge.move-not-range: a verb of a move before "X to Y" makes them a change and a level
        assertThat(mentions("The shares slid $4.20 to $31.10 in late trading."))
                .extracting(x -> x.hedge).containsExactly(Hedge.EXACT, Hedge.EXACT);
        assertThat(mentions("Repairs will take 5 to 10 workers a month.")).extracting(x -> x.hedge).containsExactly(Hedge.RANGE);
        // hedge.change-from-to: a verb of change further back in the clause
        assertThat(mentions("The agency plans to increase its staff in the region from 40 to 120 inspectors."))
                .extracting(x -> x.value.intValue()).containsExactly(40, 120);
        assertThat(mentions("Sales rose sharply, and forecasts for next year run from 40 to 120 units."))
                .extracting(x -> x.hedge).containsExactly(Hedge.RANGE);
        // hedge.range-after-change-verb: bounds of one count after a verb of change, the second at most three times the first
        assertThat(mentions("Countrywide said on Friday it plans to cut 10,000 to 12,000 jobs to cope with weak housing demand."))
                .extracting(x -> x.hedge).containsExactly(Hedge.RANGE);
        assertThat(mentions("The Nikkei fell 150 to 9,800 in morning trade.")).extracting(x -> x.hedge)
                .containsExactly(Hedge.EXACT, Hedge.EXACT);
        // an age's levels stay read as before
        assertThat(mentions("The bill would raise the pension age for miners from 58 to 62.")).extracting(x -> x.hedge)
                .containsExactly(Hedge.RANGE);
    }

    @Test
    void aScaleWordAfterABrokenHyphenScalesTheDigits() {
        assertThat(one("The plan would cut the 2.4- trillion-euro public debt.").value).isEqualByComparingTo(v("2400000000000"));
        assertThat(one("The plan would cut the 6.1-trillion- dollar deficit.").value).isEqualByComparingTo(v("6100000000000"));
        assertThat(one("Voters approved a $4.2-billion bond for schools.").value).isEqualByComparingTo(v("4200000000"));
    }

    @Test
    void nTimesAfterAPassiveCountsRepeats() {
        // number.times-passive
        Mention m = one("The mayor was stabbed 4 times in the back outside his office.");
        assertThat(m.value.intValue()).isEqualTo(4);
        assertThat(m.rule).isEqualTo(NumberRule.TIMES_PASSIVE.id);
        assertThat(one("The shop has been robbed five times since January.").value.intValue()).isEqualTo(5);
        assertThat(one("The depot was shelled more than 20 times overnight.").value.intValue()).isEqualTo(20);
        // a multiplier or an active verb's repeats count nothing
        assertThat(mentions("The plot was valued three times higher than the house.")).isEmpty();
        assertThat(mentions("She tried four times to reach the border.")).isEmpty();
        assertThat(mentions("The engine was rated 10 times the average output.")).isEmpty();
    }

    @Test
    void aHalfBeforeAScaleAfterAnArticleIsHalfOfIt() {
        // number.half-a-scale
        assertThat(one("The storm left a half-million homes without power.").value.intValue()).isEqualTo(500000);
        assertThat(one("The strike stranded a half million commuters.").value.intValue()).isEqualTo(500000);
        assertThat(one("The half-million residents of the valley were told to boil water.").value.intValue()).isEqualTo(500000);
        assertThat(one("Rescuers pulled a half-dozen miners from the shaft.").value.intValue()).isEqualTo(6);
    }

    @Test
    void spansAndCompoundsThatCountNothing() {
        // the days of a month after its abbreviation (number.not-a-range)
        assertThat(mentions("The minister will visit the port from Oct. 12-14.")).isEmpty();
        // an age group's span (number.age-qualifier)
        assertThat(mentions("The clinic serves women in the age group of 20 to 44 in the valley.")).isEmpty();
        assertThat(mentions("Most buyers fall in the age bracket between 30 and 39.")).isEmpty();
        // a compound of "zero" (number.pronoun-one)
        assertThat(mentions("Trade is not a zero-sum game, he said.")).isEmpty();
        assertThat(mentions("The school has a zero-tolerance policy on phones.")).isEmpty();
    }
}
