package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fact-sheet lines ({@link FactSheetLines}): counted.list-label, claimant.list-source, dates.list-period. Each on a
 * fact sheet written for the test, not one of the eval texts.
 */
class FactSheetLinesRulesTest {

    static final ClaimExtractor X = ClaimExtractor.create();

    static final String SHEET = "LISBON (Wire) -- The floods of 2014-15 cost the region dearly, according to a study by hydrologist Marta "
            + "C. Fonseca.\n\nHere is her tally of the damage.\n\nLosses:\n\n--People missing, 31 including 12 in the northern valleys, "
            + "9 from coastal villages and 4 drowned in the harbor.\n\n--Repair bills for roads, $48 million.\n\n--Crop losses: $12 million "
            + "to $15 million.\n";

    private static List<ExtractedClaim> claims(String text) {
        return X.extract(text, LocalDate.of(2016, 3, 1)).claims();
    }

    private static ExtractedClaim at(List<ExtractedClaim> cs, String number) {
        return cs.stream().filter(c -> c.numberText().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void anItemsLabelIsWhatItsFigureCounts() {
        List<ExtractedClaim> cs = claims(SHEET);
        assertThat(at(cs, "$48 million").counted()).isEqualTo("repair bills for roads");
        assertThat(at(cs, "$12 million to $15 million").counted()).isEqualTo("crop losses");
        assertThat(at(cs, "31").counted()).isEqualTo("people missing");
    }

    @Test
    void thePartsAfterIncludingKeepTheirOwnWords() {
        List<ExtractedClaim> cs = claims(SHEET);
        assertThat(at(cs, "12").counted()).isEqualTo("people missing in the northern valleys");
        assertThat(at(cs, "9").counted()).isEqualTo("people missing from coastal villages");
        assertThat(at(cs, "4").counted()).endsWith("drowned in the harbor");
    }

    @Test
    void theItemsCarryTheSourceOfTheLeadThatTheIntroductionHandsOn() {
        for (ExtractedClaim c : claims(SHEET)) {
            assertThat(c.claimant()).endsWith("Marta C. Fonseca");
        }
    }

    @Test
    void undatedItemsTakeThePeriodTheLeadNames() {
        for (ExtractedClaim c : claims(SHEET)) {
            assertThat(c.eventStart()).isEqualTo(PartialDate.year(2014));
            assertThat(c.eventEnd()).isEqualTo(PartialDate.year(2015));
        }
    }

    @Test
    void aLeadWithTwoDatesGivesNoPeriod() {
        String text = "The storms of 2009 and 2011 were the worst on record, according to the insurers' council.\n\nThe council's figures:\n\n"
                + "--Insured losses, $90 million.\n\n--Claims filed, 4,200.\n";
        List<ExtractedClaim> cs = claims(text);
        assertThat(cs).hasSize(2);
        for (ExtractedClaim c : cs) {
            assertThat(c.eventStart()).isNull();
            assertThat(c.claimant()).endsWith("council");
        }
        assertThat(at(cs, "$90 million").counted()).isEqualTo("insured losses");
    }

    @Test
    void aListNoSentenceIntroducesKeepsItsClaimantsAndDates() {
        String text = "Crews worked through the night in the old town.\n\n--Insured losses, $90 million.\n\n--Claims filed, 4,200.\n";
        for (ExtractedClaim c : claims(text)) assertThat(c.claimant()).isNull();
        assertThat(at(claims(text), "4,200").counted()).isEqualTo("claims filed");
    }

    @Test
    void aSingleDashedLineIsNoList() {
        String text = "Officials met on Monday.\n\n--Insured losses, $90 million.\n\nThe meeting ended late.\n";
        assertThat(at(claims(text), "$90 million").counted()).isNotEqualTo("insured losses");
    }

    @Test
    void aBulletedHeadlineWhoseFigureIsInItsClauseHasNoLabel() {
        String headline = "Fire spreads: The fire has burned 2,000 acres";
        assertThat(FactSheetLines.label(headline, 0, headline.indexOf("2,000"))).isNull();
        String item = "Storm damage to schools, $3 million";
        assertThat(FactSheetLines.label(item, 0, item.indexOf('$'))).isEqualTo("storm damage to schools");
        String dated = "Losses in 2014, $3 million";
        assertThat(FactSheetLines.label(dated, 0, dated.indexOf('$'))).isNull();
        String sheet = "Crews were called out, the council said. Here is the tally:\n\n"
                + "* Fire spreads: Three homes burned in the night.\n\n* Roads close: Two bridges were shut.\n";
        for (ExtractedClaim c : claims(sheet)) assertThat(c.counted()).doesNotStartWith("fire spreads").doesNotStartWith("roads close");
    }
}
