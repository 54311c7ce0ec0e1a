package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static io.claimwatch.extract.domain.Fixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HedgeDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Its commandos captured no fewer than 102 Russian conscripts.|AT_LEAST|102|null",
            "There have been at least 54 exchanges.|AT_LEAST|54|null",
            "There is talk of upwards of 1,000 Russian soldiers being captured.|MORE_THAN|1000|null",
            "More than fifty Russian soldiers were captured.|MORE_THAN|50|null",
            "Forces captured over 100 Russian soldiers.|MORE_THAN|100|null",
            "Ukraine Says It Captured Nearly 1K Russian Soldiers|NEARLY|null|1000",
            "It had captured almost 1,000 soldiers.|NEARLY|null|1000",
            "Up to 150 Ukrainian servicemen may have been captured.|AT_MOST|null|150",
            "No more than 150 people attended.|AT_MOST|null|150",
            "Fewer than 20 people were hurt.|LESS_THAN|null|20",
            "About 100 Russian troops surrendered.|APPROXIMATE|100|100",
            "Some 100 troops surrendered.|APPROXIMATE|100|100",
            "An estimated 5,000 homes were flooded.|APPROXIMATE|5000|5000",
            "It could range from 50 to 95 soldiers.|RANGE|50|95",
            "It holds between 50 and 95 soldiers.|RANGE|50|95",
            "Dengue cases top 5,000 in the capital.|MORE_THAN|5000|null",
            "Heat pushes temperatures past 43C in the south.|MORE_THAN|43|null",
            "The death toll has surpassed 300.|MORE_THAN|300|null",
            "The firm sold most of its output to its top 10 buyers.|EXACT|10|10",   // "the top 10" is a ranking (NumberRule.RANKING)
            "Troops gained 1 to 3 kilometers in some areas.|RANGE|1|3",
            "Two or three people were hurt.|RANGE|2|3",
            "Costs were 5 to 10 million dollars.|RANGE|5000000|10000000",
            "It captured 909 Russian servicemen.|EXACT|909|909",
            "Some 200 or more homes burned.|APPROXIMATE|200|200",
            "We saw 100 or more troops.|AT_LEAST|100|null",
            "It drew 500+ protesters.|MORE_THAN|500|null",
            "A minimum of 40 people were hurt.|AT_LEAST|40|null",
            "Damage ran in excess of 300 homes.|MORE_THAN|300|null",
            "Just under 1,000 soldiers were captured.|NEARLY|null|1000",
            "As many as 55 Armenians may still be in custody.|AT_MOST|null|55",
            "A figure unions said was as high as 70 percent.|AT_MOST|null|70",
            "Each exchange involved between 50 and 95 soldiers.|RANGE|50|95",
            "Pollsters predicted 30 to 35 seats.|RANGE|30|35",
            "Fewer than half of services would run.|LESS_THAN|null|0.5",
            "Roughly 26,000 people were under evacuation orders.|APPROXIMATE|26000|26000",
    })
    void bounds(String sentence, Hedge hedge, String low, String high) {
        Mention m = one(sentence);
        assertThat(m.hedge).isEqualTo(hedge);
        if (low == null) assertThat(m.low).isNull(); else assertThat(m.low).isEqualByComparingTo(low);
        if (high == null) assertThat(m.high).isNull(); else assertThat(m.high).isEqualByComparingTo(high);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The numbers could range from 50 to 95 soldiers.|from 50 to 95",
            "Each exchange involved between 50 and 95 soldiers.|between 50 and 95",
            "From 5 to 10 homes burned.|From 5 to 10",
    })
    void aRangeSpanStartsAtItsPreposition(String sentence, String hedged) {
        Mention m = one(sentence);
        assertThat(sentence.substring(m.hedgeStart, m.end)).isEqualTo(hedged);
    }

    @Test
    void changeIsNotARange() {
        List<Mention> ms = mentions("The death toll rose from 45 to 60 on Friday.");
        assertThat(ms).hasSize(2);
        assertThat(ms).allMatch(m -> m.hedge == Hedge.EXACT);
    }

    @Test
    void aConversionInBracketsSharesItsSumsHedge() {
        // conversion-hedge: the same amount in another currency, at least or more than as the sum is
        List<Mention> ms = mentions("The charity says at least €40 million a year (£34m) will be needed.");
        assertThat(ms).extracting(m -> m.hedge).containsExactly(Hedge.AT_LEAST, Hedge.AT_LEAST);
        assertThat(ms.get(1).high).isNull();
        ms = mentions("Donors gave more than $2 billion (£1.1bn) last year.");
        assertThat(ms).extracting(m -> m.hedge).containsExactly(Hedge.MORE_THAN, Hedge.MORE_THAN);
        // a conversion with a hedge of its own keeps it; an exact sum's conversion stays exact
        assertThat(mentions("It costs nearly €9 (about $10) a night.")).extracting(m -> m.hedge).containsExactly(Hedge.NEARLY, Hedge.APPROXIMATE);
        assertThat(mentions("It costs €9 ($10) a night.")).extracting(m -> m.hedge).containsExactly(Hedge.EXACT, Hedge.EXACT);
        // a measure's conversion in other units likewise: about 19 miles, more than 1.9 miles
        assertThat(mentions("The ferry ran aground about 30 kilometers (19 miles) north of the port."))
                .extracting(m -> m.hedge).containsExactly(Hedge.APPROXIMATE, Hedge.APPROXIMATE);
        ms = mentions("The summit rises to more than 3,000 meters (1.9 miles).");
        assertThat(ms).extracting(m -> m.hedge).containsExactly(Hedge.MORE_THAN, Hedge.MORE_THAN);
        assertThat(ms.get(1).low).isEqualByComparingTo("1.9");
        assertThat(ms.get(1).high).isNull();
    }

    @Test
    void anAdverbOfDegreeBeforeAComparativeAndTheBoundsByTheFigure() {
        // degree-comparative
        String s = "The bill now has far more than the 218 votes it needs.";
        Mention m = one(s);
        assertThat(m.hedge).isEqualTo(Hedge.MORE_THAN);
        assertThat(m.high).isNull();
        assertThat(s.substring(m.hedgeStart, m.end)).isEqualTo("far more than the 218");
        // without one, the figure compared with is a figure of its own
        assertThat(one("Rents rose by less than the 3.4% rise of a month earlier.").hedge).isEqualTo(Hedge.EXACT);
    }

    @Test
    void hedgeStartCoversThePhrase() {
        String s = "Its commandos captured no fewer than 102 Russian conscripts.";
        Mention m = one(s);
        assertThat(s.substring(m.hedgeStart, m.end)).isEqualTo("no fewer than 102");
    }
}
