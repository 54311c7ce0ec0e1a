package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * number.shared-unit-from: "to N UNIT from M" writes the unit once; the bare M takes it. fresh-f's f42 sentence ("lbs", a unit
 * of weight, lexicon/units.txt) and sentences written like Reuters copy; the figures after "from" that keep no unit.
 */
class SharedUnitsTest {

    private static List<String> units(String s) {
        return mentions(s).stream().map(m -> m.value.stripTrailingZeros().toPlainString() + " " + m.unit).map(String::strip).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cattle reduced daily feed consumption to about 12 lbs from 25 during the worst of the blizzard, he said.|12 lb,25 lb",
            "The jobless rate rose to 5.2 percent from 4.9, the bureau said.|5.2 %,4.9 %",
            "Output fell to 1.2 million barrels from nearly 1.5 million in May.|1200000 bbl,1500000 bbl",
    })
    void theBareFigureAfterFromTakesTheUnitOfTheLevelReached(String sentence, String expected) {
        assertThat(units(sentence)).as(sentence).containsExactly(expected.split(","));
        assertThat(mentions(sentence).get(1).rule).isEqualTo(NumberRule.SHARED_UNIT_FROM.id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The company shipped 500 barrels from 12 wells last week.|500 bbl,12",
            "Sales fell 10 percent from 200 stores in the region.|10 %,200",
            "The share rose to 30 percent from 2007 levels.|30 %",
            "The rate rose 2 percent from 4 in the spring.|2 %,4",
    })
    void aFigureThatCountsSomethingElseKeepsNoUnit(String sentence, String expected) {
        assertThat(units(sentence)).as(sentence).containsExactly(expected.split(","));
    }
}
