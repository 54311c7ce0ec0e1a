package io.claimwatch.extract.domain;

import static io.claimwatch.extract.domain.Fixtures.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes and ages that are no claims, and counts the number rules must keep: an age after a noun of people and a bound or
 * after "who at" ({@link NumberRule#AGE_OF_PERSON}), places counted in doors and a household's stock size
 * ({@link NumberRule#IDIOM}), "half of what" ({@link NumberRule#HALF_OF_WHAT}), a person's possessive before a small
 * number, "several dozen", a scale word joined to its noun, a time unit that opens a compound with a gerund, and the
 * number after "No.".
 */
class SizesAndAgesTest {

    private static List<Integer> values(String s) {
        return mentions(s).stream().map(m -> m.value.intValue()).toList();
    }

    @Test
    void anAgeAfterPeopleAndABoundMayHaveAVerbAfterIt() {
        assertThat(values("Claims by job seekers under 30 fell 1,200 in May.")).containsExactly(1200);
        assertThat(values("Pensioners say workers over 60 also struggle to find posts.")).isEmpty();
        // a noun or a unit after the bound keeps the figure
        assertThat(values("Turnout among voters over 40 percent of the rolls was a record.")).containsExactly(40);
        assertThat(values("The flood cut off residents over 20 miles from town.")).containsExactly(20);
    }

    @Test
    void whoAtANumberBeforeAVerbIsAnAge() {
        assertThat(values("Marta Ruiz, who at 39 will be the city's youngest mayor, spoke on Monday.")).isEmpty();
        assertThat(values("The firm, which at 12 sites employs staff, expanded.")).containsExactly(12);
    }

    @Test
    void doorsAwayAndAFamilyOfFiveCountNothing() {
        assertThat(values("A neighbour who lived three doors away heard the shots.")).isEmpty();
        assertThat(values("The minimum wage is too low to feed a family of four.")).isEmpty();
        assertThat(values("Among those rescued were Ana Diaz and her family of seven.")).containsExactly(7);
    }

    @Test
    void halfOfWhatIsNoShare() {
        assertThat(values("The pension is barely half of what retirees need.")).isEmpty();
        assertThat(mentions("Officials closed half of the schools.")).hasSize(1);
    }

    @Test
    void aPersonsPossessiveBeforeASmallNumberCounts() {
        assertThat(values("The gunman killed his wife and his three sons.")).containsExactly(3);
        assertThat(values("She fled with her two daughters.")).containsExactly(2);
        // a definite determiner still refers back
        assertThat(values("The two sides met in Geneva.")).isEmpty();
    }

    @Test
    void aLoneOneAfterATollsVerbCounts() {
        assertThat(values("The avalanche killed one climber near the summit.")).containsExactly(1);
        assertThat(values("A fire swept the depot, killing at least one.")).containsExactly(1);
        // a pronoun stays one
        assertThat(values("The rivals nearly killed one another.")).isEmpty();
        assertThat(values("He bought one ticket.")).isEmpty();
    }

    @Test
    void itsHoldingsInAPlaceAreCounted() {
        assertThat(values("The brewer shut its three plants in Leeds.")).containsExactly(3);
        assertThat(values("The brewer shut its three Leeds plants.")).containsExactly(3);
        assertThat(values("The sequel beat its two predecessors.")).isEmpty();
    }

    @Test
    void severalDozenIsDozens() {
        Mention m = mentions("Doctors reported several dozen cases of the fever.").get(0);
        assertThat(m.low.intValue()).isEqualTo(24);
        assertThat(m.high.intValue()).isEqualTo(99);
    }

    @Test
    void aVagueCountOfHundredsBeforeAScaleAndAndAHalfScale() {
        Mention m = mentions("The repairs will cost several hundred million dollars.").get(0);
        assertThat(m.low.longValue()).isEqualTo(200_000_000L);
        assertThat(m.high.longValue()).isEqualTo(999_000_000L);
        assertThat(mentions("Some two-and-a-half million tenants face higher rents.")).extracting(x -> x.value.longValue())
                .containsExactly(2_500_000L);
        assertThat(values("The talks ran two-and-a-half hours.")).isEmpty();
    }

    @Test
    void anAgeAfterRetireAtMayHaveAnAdverbAfterIt() {
        assertThat(values("Teachers will be retiring at 67 eventually, the minister said.")).isEmpty();
        assertThat(values("Three miners died at 12 sites.")).containsExactly(3, 12);
    }

    @Test
    void aScaleWordJoinedToItsNounScalesTheDigits() {
        assertThat(mentions("The state's 2.4 million-strong workforce went unpaid.")).extracting(m -> m.value.longValue())
                .containsExactly(2_400_000L);
        Mention range = mentions("Another 2.5 million-3 million people lack water.").get(0);
        assertThat(range.value.longValue()).isEqualTo(2_500_000L);
        assertThat(range.high.longValue()).isEqualTo(3_000_000L);
    }

    @Test
    void aTimeUnitOpeningACompoundWithAGerundNamesAKind() {
        assertThat(values("Police shut three night trading stalls.")).containsExactly(3);
        assertThat(values("The shooting spree hit two day-trading firms.")).containsExactly(2);
        // a duration stays one
        assertThat(values("Talks lasted two days and ended on a three day strike.")).isEmpty();
    }

    @Test
    void theNumberAfterNoGoesWithIt() {
        String text = "The surprise was the Green Alliance, the No. 4 party that won 9 percent of the vote.\n";
        List<Sentences.Sentence> ss = Sentences.load().split(text);
        assertThat(ss).hasSize(1);
        assertThat(Fixtures.all(text, java.time.LocalDate.of(2021, 5, 3))).extracting(c -> c.low().intValue()).containsExactly(9);
    }

    @Test
    void agesAfterAKinNounOrBeforeAndAParticipleAreNoCounts() {
        assertThat(values("Maria Lopez, 51, her husband, 54, and their son, 19, died in the fire.")).isEmpty();
        assertThat(values("Tom Reyes Jr., 44 and working in Denver, runs the firm.")).isEmpty();
        // no possessive before the noun: a count
        assertThat(values("The son, 19 cousins and 3 aunts came.")).containsExactly(19, 3);
    }

    @Test
    void theSizeOfAMostWantedListIsNoCount() {
        assertThat(values("The suspect, one of the agency's 10 most-wanted fugitives, fled.")).isEmpty();
        assertThat(values("Her name joined the bureau's 10 Most Wanted list in May and 12 agents searched.")).containsExactly(12);
    }

    @Test
    void aSingleOpeningASentenceCountsOne() {
        assertThat(values("A single tanker reached the port on Monday.")).containsExactly(1);
        assertThat(values("The port said: A single crane works.")).containsExactly(1);
        // inside a clause, "a single" stresses one and counts nothing
        assertThat(values("The town got its yearly rain in a single day.")).isEmpty();
        assertThat(values("A single-engine plane crashed.")).isEmpty();
    }
}
