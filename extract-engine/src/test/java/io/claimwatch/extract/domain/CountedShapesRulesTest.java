package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static io.claimwatch.extract.domain.CountedPhraseRulesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of words around a figure that the counted phrase reads as what it counts or leaves out:
 * the place a distance is measured from, a time or an adverb after the figure, a hyphenated model
 * number inside the noun, the verb after a measure. Phrasings in the style of wire copy, none taken
 * from the eval articles.
 */
class CountedShapesRulesTest {

    @Test
    void aDistanceKeepsThePlaceItIsMeasuredFrom() {
        assertThat(only("The tremor was felt in towns 120 miles from the epicentre.").counted()).isEqualTo("miles from the epicentre");
        assertThat(all("The quake struck 30 km (19 miles) off the coast of Sumatra.")).extracting(ExtractedClaim::counted)
                .containsExactly("km off the coast of Sumatra", "miles off the coast of Sumatra");
        assertThat(only("The vessel sank 12 miles south-southwest of the harbour.").counted()).isEqualTo("miles south-southwest of the harbour");
        assertThat(only("Its epicentre lay 35 km offshore north of the port of Hualien.").counted())
                .isEqualTo("km offshore north of the port of Hualien");
        // not a figure that is no distance
        assertThat(only("The firm shipped 40 tonnes from the depot.").counted()).doesNotContain("from");
    }

    @Test
    void aTimeOrAnAdverbAfterTheFigureIsNotItsNoun() {
        assertThat(all("Retail sales rose 4.1 pct last year, the agency said.").get(0).counted()).isEqualTo("pct rise in Retail sales");
        assertThat(only("The aircraft dropped 900 feet abruptly.").counted()).doesNotContain("abruptly");
        assertThat(only("About 300 elderly were moved to shelters.").counted()).startsWith("elderly");
    }

    @Test
    void aHyphenatedModelNumberStaysInsideTheNoun() {
        assertThat(only("Rebels said they downed two Su-25 jets near the border.").counted()).isEqualTo("Su-25 jets downed near the border");
        assertThat(only("The hospital admitted 14 COVID-19 patients overnight.").counted()).isEqualTo("COVID-19 patients admitted");
        assertThat(only("The army moved 40 anti- tank guns to the front.").counted()).isEqualTo("anti-tank guns moved to the front");
    }

    @Test
    void aMeasureWithNoNounTakesTheVerbAfterIt() {
        assertThat(only("Officials said an estimated 343,253 acres have burned so far this year.").counted()).isEqualTo("acres burned");
        assertThat(only("The ministry said 120 mln rupees were needed for relief.").counted()).startsWith("rupees needed");
        // "compared" says nothing of what was measured
        assertThat(all("Output reached 2.5 mln tonnes compared with 2.1 mln a year earlier.").get(0).counted()).doesNotContain("compared");
    }

    @Test
    void aRaisingVerbPassesToTheParticipleAfterIt() {
        assertThat(only("More than 400 people are feared to have been killed in the landslide.").counted()).startsWith("people killed");
        assertThat(only("About 2 million meters will need to be replaced.").counted()).isEqualTo("meters replaced");
    }

    @Test
    void aPlaceBetweenTheNounAndItsVerbIsKept() {
        assertThat(only("Three of the passengers on the bus have died, police said.").counted()).isEqualTo("passengers on the bus died");
        // a time between them is not
        assertThat(only("Some 40 people in the past week had fled.").counted()).doesNotContain("week");
    }

    @Test
    void figuresCoordinatedWithTheirNounsShareTheirVerb() {
        List<ExtractedClaim> cs = all("Six helicopters and more than 200 firefighters were battling the blaze.");
        assertThat(cs.get(0).counted()).startsWith("helicopters battling");
        assertThat(all("The storm destroyed 40 barns and two churches.").get(1).counted()).isEqualTo("churches destroyed in the storm");
    }

    @Test
    void aSumWrittenWithASymbolNamesItsCurrency() {
        assertThat(only("Officials said the quake inflicted $2 billion of damage on the economy.").counted()).startsWith("damage")
                .endsWith("(US dollars)");
        assertThat(only("The agency said it was seeking $6.5m for emergency aid.").counted()).startsWith("emergency aid")
                .endsWith("(US dollars)");
        assertThat(only("Insurers put the losses at £640m.").counted()).isEqualTo("losses (pounds sterling)");
        // a phrase that names no noun is left for the keys, which name the sum by its currency
        assertThat(only("The company said it paid $40m.").counted()).isEqualTo("US dollars");
    }

    @Test
    void aMeasureNounThatReportsTheFigureIsNotWhatItMeasures() {
        List<ExtractedClaim> cs = all("Figures for November showed exports down 2.3% to $95.6bn.");
        assertThat(cs.get(0).counted()).isEqualTo("pct fall in exports");
        assertThat(cs.get(1).counted()).isEqualTo("exports (US dollars)");
    }

    @Test
    void theVerbOfTheNounIsReadPastARelativeClause() {
        assertThat(only("About 80 people who live in the tower were buried under the rubble.").counted()).startsWith("people buried");
        assertThat(only("Four bolts which are meant to hold the panel in place were missing, investigators said.").counted())
                .isEqualTo("bolts missing");
    }

    @Test
    void aFigureHyphenedToStrongIsTheStrengthOfTheBody() {
        assertThat(only("Government troops routed a 5,000-strong rebel force near the oasis.").counted()).isEqualTo("rebel force strength");
    }

    @Test
    void aCountOfOnePersonCountsPeopleAsEveryOtherCount() {
        assertThat(only("One person was killed when a wall collapsed in the storm.").counted()).startsWith("people killed");
    }

    @Test
    void partitiveOfDeterminerCountsTheNounAfterIt() {
        assertThat(only("A resident of the village lost two of her cousins in the attack.").counted()).startsWith("cousins");
        assertThat(only("Two of the deceased were found in the bedroom, police said.").counted()).isEqualTo("deceased found in the bedroom");
        assertThat(only("Some 30% of those highly sought-after jobs are reserved for relatives of veterans.").counted())
                .startsWith("highly sought-after jobs reserved for relatives");
    }

    @Test
    void verbObjectKeepsTheBareObjectOfAnActiveVerb() {
        assertThat(only("Two other children suffered stab wounds in the attack.").counted()).isEqualTo("other children suffered stab wounds in the attack");
        assertThat(only("Some 15,000 people sought shelter in relief camps.").counted()).isEqualTo("people sought shelter in relief camps");
        // not a time, nor the object of a reporting verb
        assertThat(only("Five people died Saturday in the floods.").counted()).doesNotContain("Saturday");
        assertThat(only("More than 13,500 customers reported outages.").counted()).isEqualTo("customers reported");
    }

    @Test
    void adverbBeforePlaceKeepsThePlace() {
        assertThat(only("More than 3,000 migrants arrived irregularly in the Canary Islands.").counted())
                .isEqualTo("migrants arrived irregularly in the Canary Islands");
    }

    @Test
    void longPlaceBeforeAuxReachesTheVerb() {
        assertThat(all("Over 2 million people across 400,000 households will be impacted by flooding.").get(0).counted()).startsWith("people impacted");
        // not past "and" to another clause's verb
        assertThat(only("The wildfire has scorched more than 280,000 acres in eastern Oregon and another blaze has exploded.").counted())
                .doesNotContain("exploded");
    }

    @Test
    void whoAuxParticipleKeepsTheRelativeClause() {
        assertThat(only("Aid agencies are helping some 650,000 Afghans who have returned to the country.").counted())
                .startsWith("Afghans who have returned");
        assertThat(only("There were more than 30 people who were hit by the blast, a witness said.").counted()).startsWith("people who were hit");
    }

    @Test
    void agentAfterParticipleKeepsWhoDidIt() {
        assertThat(only("Officials said 40 homes were destroyed by the wildfire.").counted()).isEqualTo("homes destroyed by the wildfire");
        // not a time after "by"
        assertThat(only("At least 12 civilians were killed by late morning.").counted()).isEqualTo("civilians killed");
    }
}
