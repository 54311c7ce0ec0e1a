package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person's age told with "was" ({@link NumberRule#AGE_OF_PERSON}), a salute's guns ({@link NumberRule#KIND_COMPOUND}),
 * the base of "N of every M" ({@link NumberRule#RATE_BASE}), a count over a span of time that is no rate
 * ({@link NumberRule#RATIO}), a lone "one" that closes a toll ({@link NumberRule#ONE_IN_A_TOLL}) and fixed phrases
 * ({@link NumberRule#IDIOM}: "a trick or two", "we are one body").
 */
class AgesRatesAndTollsTest {

    @Test
    void aBareNumberAfterHeWasIsAnAge() {
        assertThat(mentions("The painter died on Monday. She was 87.")).isEmpty();
        assertThat(mentions("His family left Lisbon when he was nine, a cousin said.")).isEmpty();
        assertThat(mentions("I was only 14 when the mill closed.")).isEmpty();
        // a number that heads a noun or a unit, or a lone "one of", stays what it was
        assertThat(mentions("He was 40 metres from the door.")).extracting(m -> m.value.intValue()).containsExactly(40);
        assertThat(mentions("She was one of 12 nurses on the ward.")).extracting(m -> m.value.intValue()).containsExactly(12);
        assertThat(mentions("The toll was 91.")).extracting(m -> m.value.intValue()).containsExactly(91);
    }

    @Test
    void underOrOverAfterPeopleAndAtAfterRetireAreAges() {
        assertThat(mentions("The law bars the sale to anyone under 16 in the county.")).isEmpty();
        assertThat(mentions("He cannot be named as he is under 18, the judge said.")).isEmpty();
        assertThat(mentions("Nurses can retire at 60 and draw a pension.")).isEmpty();
        assertThat(mentions("The singer will turn 70 on Friday.")).isEmpty();
        // a share of the people of an age keeps its own figure; a count after "over" stays a count
        assertThat(mentions("Turnout was 41% among people under 30.")).extracting(m -> m.value.intValue()).containsExactly(41);
        assertThat(mentions("The storm killed over 30 people.")).extracting(m -> m.value.intValue()).containsExactly(30);
        assertThat(mentions("Police found the men at 12 sites.")).extracting(m -> m.value.intValue()).containsExactly(12);
    }

    @Test
    void theGunsOfASaluteNameItsKind() {
        assertThat(mentions("The coffin was met by a 19-gun salute.")).isEmpty();
        assertThat(mentions("Troops seized 19 guns at the border.")).extracting(m -> m.value.intValue()).containsExactly(19);
    }

    @Test
    void theBaseOfNOfEveryMIsNoCount() {
        assertThat(mentions("Three of every four tenants said the rent was too high.")).extracting(m -> m.value.intValue())
                .containsExactly(3);
    }

    @Test
    void aCountOverASpanOfTimeIsNoRate() {
        assertThat(mentions("The chain shut 14 in 20 months.")).extracting(m -> m.value.intValue()).containsExactly(14);
        // a rate's two terms stay no counts
        assertThat(mentions("Three in ten voters backed the plan.")).isEmpty();
    }

    @Test
    void aLoneOneClosesAToll() {
        assertThat(mentions("The crash left nine injured and one dead.")).extracting(m -> m.value.intValue()).containsExactly(9, 1);
        assertThat(mentions("Rescuers found 22 trapped, one missing.")).extracting(m -> m.value.intValue()).containsExactly(22, 1);
        // a lone "one" that is no term of a toll stays no figure
        assertThat(mentions("Six were charged and one of them was freed.")).extracting(m -> m.value.intValue()).containsExactly(6);
    }

    @Test
    void aWordOrTwoAndOneBodyCountNothing() {
        // NumberRule.IDIOM: "*" in numbers-idioms.txt takes any one word
        assertThat(mentions("The old sailor could teach them a trick or two.")).isEmpty();
        assertThat(mentions("\"The villagers are one body,\" the elder said.")).isEmpty();
        assertThat(mentions("Divers recovered one body and two boats.")).extracting(m -> m.value.intValue()).containsExactly(1, 2);
    }

    @Test
    void aYardLineNamesAPlaceOnTheField() {
        // NumberRule.KIND_COMPOUND (numbers-kind-compounds.txt: "yard line")
        assertThat(mentions("The talks are inside the 20-yard line, an aide said.")).isEmpty();
        assertThat(mentions("The flood moved the fence 20 yards.")).extracting(m -> m.value.intValue()).containsExactly(20);
    }

    @Test
    void aFullPercentageBeforeAnAdjectiveOrAfterItsObjectIsADegree() {
        // NumberRule.INTENSIFIER
        assertThat(mentions("The coach said he was 100% sure of the team.")).isEmpty();
        assertThat(mentions("The panel's report backed her 100 percent.")).isEmpty();
        // a full share of something stays a figure
        assertThat(mentions("Markets now price a 100% chance of a cut.")).extracting(m -> m.value.intValue()).containsExactly(100);
        assertThat(mentions("Costs rose 100% in a year.")).extracting(m -> m.value.intValue()).containsExactly(100);
        assertThat(mentions("The board agreed to pay them 100% now.")).extracting(m -> m.value.intValue()).containsExactly(100);
    }
}
