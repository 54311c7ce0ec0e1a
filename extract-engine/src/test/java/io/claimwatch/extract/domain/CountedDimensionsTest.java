package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.CountedPhraseRulesTest.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * counted.dimension ({@link CountedDimensions}): a figure in a unit of size is the size of a thing, in the dimension
 * the words name. Phrasings written for these tests, none taken from the eval articles or corpora.
 */
class CountedDimensionsTest {

    private static List<String> counted(String text) {
        return all(text).stream().map(ExtractedClaim::counted).toList();
    }

    @Test
    void aWordAfterTheUnitNamesTheDimensionOfTheSubject() {
        assertThat(counted("The probe is located 2.1 billion light years away, the team said.")).containsExactly("distance of probe (light years)");
        assertThat(counted("The tower, standing over 300 feet tall, was finished in 1990.")).containsExactly("height of tower (feet)");
        assertThat(counted("Adult males can reach 6 to 7 feet in height.")).containsExactly("height of Adult males (feet)");
    }

    @Test
    void aSizeBeforeItsNounIsThatNounsSize() {
        assertThat(counted("The 120 meter (390 foot) long tanker hit the pier."))
                .containsExactly("length of tanker (meter)", "length of tanker (foot)");
        assertThat(counted("The 2,000-tonne ferry sank off the cape.")).containsExactly("weight of ferry (tonnes)");
        assertThat(counted("Crews sank a 40cm-diameter shaft behind the depot.")).containsExactly("diameter of shaft (centimetres)");
        assertThat(counted("Engineers fitted a 2-metre-diameter duct.")).containsExactly("diameter of duct (metres)");
    }

    @Test
    void aWeightIsAWeightAfterWeighOrBe() {
        assertThat(counted("Each parcel weighs 3 kg.")).containsExactly("weight of parcel (kg)");
        assertThat(counted("Keepers said it was an animal that's over 600 pounds.")).containsExactly("weight of animal (pounds)");
    }

    @Test
    void notAMatterCountedNorALengthWithNoDimensionWord() {
        assertThat(counted("The team hauled 40 tonnes of aid to the camp.").get(0)).doesNotContain("weight");
        assertThat(counted("The village lies 20 km from the coast.").get(0)).doesNotContain("distance");
        assertThat(counted("Wheat exports were 2 million tonnes last year.").get(0)).doesNotContain("weight");
        assertThat(counted("Shaking was felt in towns more than 100 miles away.").get(0)).doesNotContain("distance");
    }
}
