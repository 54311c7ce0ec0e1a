package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level "to" a figure names what reaches it ({@link CountedSubjects}): counted.level-after-change, the subject of a verb of
 * change past the change's own sum or share and the period it is said of; counted.level-of-object, the object of a verb that
 * changes it or brings it to a level, past its complements. Sentences written like the Reuters copy of fresh-at, -au, -ax, -ay.
 */
class CountedLevelRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static List<String> counted(String text) {
        return X.extract(text, null).claims().stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aLevelAfterASumOfChangeMeasuresTheVerbsSubject() {
        // level-after-change: "fell 68 cents to $75.34 a barrel" is a price of the crude, not of cents
        assertThat(counted("U.S. crude for October fell 68 cents to $75.34 a barrel by late evening.")).last().asString()
                .contains("U.S. crude").doesNotContain("cents");
        assertThat(counted("Crude oil futures climbed as much as 29 cents to $80.20 per barrel on Thursday.")).last().asString()
                .contains("Crude oil futures");
    }

    @Test
    void aLevelAfterAChangeSaidOfAPeriodMeasuresTheVerbsSubject() {
        assertThat(counted("The insurance fund's reserve fell 23.5 percent in the third quarter to $34.6 billion.")).last().asString()
                .contains("reserve").doesNotContain("quarter");
    }

    @Test
    void aLevelAfterTheObjectOfAVerbOfChangeMeasuresTheObject() {
        // level-of-object: "boost operating profit to 2.3 billion euros": the profit
        assertThat(counted("The program is meant to help boost operating profit to 2.3 billion euros in 2015.")).last().asString()
                .contains("operating profit");
        assertThat(counted("Analysts said the terms would increase the cost of pay-offs at the airline to 410 million euros.")).last()
                .asString().contains("cost of pay-offs at the airline");
        // the level a move "from" left is no object
        assertThat(counted("The railroad is boosting shipments from zero to more than 50,000 bpd.")).last().asString()
                .doesNotContain("zero");
    }

    @Test
    void aMeasureBeforeOfStopsAtTheSumBeforeIt() {
        // "assets of $223.5 million and deposits of $205.2 million": the deposits, not "million and deposits"
        assertThat(counted("The lender had assets of $223.5 million and deposits of $205.2 million.")).last().asString()
                .contains("deposits").doesNotContain("million").doesNotContain("and");
    }
}
